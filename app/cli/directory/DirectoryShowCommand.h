// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryShowCommand: `firebreak-cli directory show`: show a team with its contacts and warnings.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DirectoryShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    DirectoryShowCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

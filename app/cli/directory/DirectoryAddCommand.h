// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryAddCommand: `firebreak-cli directory add`: add a team (or a person) to the contact directory.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DirectoryAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    DirectoryAddCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

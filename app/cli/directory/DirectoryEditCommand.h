// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryEditCommand: `firebreak-cli directory edit`: change a team in the directory.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DirectoryEditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    DirectoryEditCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

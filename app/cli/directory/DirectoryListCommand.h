// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryListCommand: `firebreak-cli directory list`: list the teams (and people) of the directory.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DirectoryListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    DirectoryListCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryStaleCommand: `firebreak-cli directory stale`: list entries not verified for a while.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DirectoryStaleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    DirectoryStaleCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

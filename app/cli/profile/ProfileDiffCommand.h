// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileDiffCommand: `firebreak-cli profile diff`: show what changed between two versions.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class ProfileDiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileCommands)

public:
    ProfileDiffCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileLintCommand: `firebreak-cli profile lint`: check the profile before signing.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class ProfileLintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileCommands)

public:
    ProfileLintCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileEditCommand: `firebreak-cli profile edit`: edit the team's RFC 2350 profile by section number, from a file or
// the .
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class ProfileEditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileCommands)

public:
    ProfileEditCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

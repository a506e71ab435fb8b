// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileSignCommand: `firebreak-cli profile sign`: sign the profile with the team key and keep it as a new version.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class ProfileSignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishCommands)

public:
    ProfileSignCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

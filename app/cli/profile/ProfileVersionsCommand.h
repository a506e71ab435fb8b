// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileVersionsCommand: `firebreak-cli profile versions`: list the published versions of the profile.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class ProfileVersionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileCommands)

public:
    ProfileVersionsCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

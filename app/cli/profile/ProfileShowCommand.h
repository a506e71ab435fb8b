// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileShowCommand: `firebreak-cli profile show`: show the profile draft, or another team's import.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class ProfileShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileCommands)

public:
    ProfileShowCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

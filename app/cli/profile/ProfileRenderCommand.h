// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileRenderCommand: `firebreak-cli profile render`: render the profile as text, HTML or PDF.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class ProfileRenderCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileCommands)

public:
    ProfileRenderCommand();
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;
};

} // namespace fb

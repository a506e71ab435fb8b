// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionListListCommand: `firebreak-cli directory dlist list`: list the distribution lists.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DistributionListListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DistributionListCommands)

public:
    DistributionListListCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionListAddCommand: `firebreak-cli directory dlist add`: create a distribution list.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DistributionListAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DistributionListCommands)

public:
    DistributionListAddCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

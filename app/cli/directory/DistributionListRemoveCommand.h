// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionListRemoveCommand: `firebreak-cli directory dlist remove`: delete a distribution list.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DistributionListRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DistributionListCommands)

public:
    DistributionListRemoveCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionListShowCommand: `firebreak-cli directory dlist show`: show a distribution list with its members and
// recipients.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DistributionListShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DistributionListCommands)

public:
    DistributionListShowCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionListMembersCommand: `firebreak-cli directory dlist member-add`: put teams and people on a distribution
// list.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DistributionListMembersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DistributionListCommands)

public:
    explicit DistributionListMembersCommand(bool add);
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    bool m_add;
};

} // namespace fb

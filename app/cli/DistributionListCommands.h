// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionListCommands: `firebreak-cli directory dlist add|remove|show|list|member-add|member-remove`: the
// directory's distribution lists (an advisory's audience) and the TLP label each member may receive.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class DistributionListCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::DistributionListCommands)

public:
    static QList<Command> commands();

private:
    static Status run(CliContext& context, const QStringList& arguments);
    static Status add(CliContext& context, const QStringList& arguments);
    static Status remove(CliContext& context, const QStringList& arguments);
    static Status show(CliContext& context, const QStringList& arguments);
    static Status list(CliContext& context, const QStringList& arguments);
    static Status members(CliContext& context, const QStringList& arguments, bool add);
};

} // namespace fb

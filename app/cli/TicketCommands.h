// SPDX-License-Identifier: GPL-3.0-or-later
// TicketCommands: `firebreak-cli ticket ...`: create, list, show, change, link, merge and search tickets.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class TicketCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    static QList<Command> commands();

private:
    static Status create(CliContext& context, const QStringList& arguments);
    static Status list(CliContext& context, const QStringList& arguments);
    static Status show(CliContext& context, const QStringList& arguments);
    static Status set(CliContext& context, const QStringList& arguments);
    static Status transition(CliContext& context, const QStringList& arguments);
    static Status link(CliContext& context, const QStringList& arguments, bool unlink);
    static Status merge(CliContext& context, const QStringList& arguments);
    static Status tag(CliContext& context, const QStringList& arguments, bool remove);
    static Status observe(CliContext& context, const QStringList& arguments);
    static Status search(CliContext& context, const QStringList& arguments);
    static Status history(CliContext& context, const QStringList& arguments);
};

} // namespace fb

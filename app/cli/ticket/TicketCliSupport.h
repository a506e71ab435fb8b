// SPDX-License-Identifier: GPL-3.0-or-later
// TicketCliSupport: what the ticket commands share: the store over the open workspace, reading a description,
// RSIT keys, ticket numbers from arguments and the report after a change.
#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "app/cli/CommandCall.h"
#include "core/base/Result.h"
#include "core/tickets/TicketStores.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace fb {

// A ticket command whose first argument is a ticket number: check() reads it (before a passphrase is asked for)
// into m_id. A command that checks more calls TicketIdCommand::check() first.
class TicketIdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    using Command::Command;
    // A command on one ticket: spec with its one ID argument declared.
    static CommandSpec onOneTicket(CommandSpec spec)
    {
        spec.synopsis = QStringLiteral("ID");
        spec.arguments = {{spec.synopsis, tr("The ticket number.")}};
        spec.minArguments = 1;
        spec.maxArguments = 1;
        return spec;
    }
    Status check(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto id, CliContext::parseTicketId(call.positional(0)));
        m_id = id;
        return {};
    }

protected:
    qint64 m_id = 0;
};

class TicketCliSupport
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    // The stores that change tickets in the open workspace, recording the caller's actor.
    static std::unique_ptr<TicketStores> store(const CommandCall& call);
    // The text of a file, or of standard input for "-".
    static Result<QString> readText(const QString& path);
    // The text given as the positional argument at `index` or read from --file: exactly one of the two, else a
    // usage error saying `oneOfTwo`.
    static Result<QString> textArgument(const CommandCall& call, qsizetype index, const QString& oneOfTwo);
    // "malicious-code/c2-server" or a machine tag, checked against the RSIT.
    static Result<std::pair<QString, QString>> parseRsit(const QString& text);
    // The first `count` positional arguments as ticket numbers.
    static Result<QList<qint64>> ticketIds(const QStringList& positional, int count);
    // After a change: the ticket as JSON with --json, else one line for people.
    static Status reportChange(CommandCall& call, TicketRepository& store, qint64 id, const QString& message);
};

} // namespace fb

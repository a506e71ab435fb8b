// SPDX-License-Identifier: GPL-3.0-or-later
// TicketCliSupport: what the ticket commands share: the store over the open workspace, reading a description,
// RSIT keys, ticket numbers from arguments and the report after a change.
#pragma once

#include "app/cli/CommandCall.h"
#include "core/base/Result.h"
#include "core/tickets/TicketStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace fb {

class TicketCliSupport
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    // The store that changes tickets in the open workspace, recording the caller's actor.
    static std::unique_ptr<TicketStore> store(const CommandCall& call);
    // The text of a file, or of standard input for "-".
    static Result<QString> readText(const QString& path);
    // "malicious-code/c2-server" or a machine tag, checked against the RSIT.
    static Result<std::pair<QString, QString>> parseRsit(const QString& text);
    // The first `count` positional arguments as ticket numbers.
    static Result<QList<qint64>> ticketIds(const QStringList& positional, int count);
    // After a change: the ticket as JSON with --json, else one line for people.
    static Status reportChange(CommandCall& call, TicketStore& store, qint64 id, const QString& message);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// TicketView: how firebreak-cli shows tickets, their history and observable hits, as text tables or JSON.
#pragma once

#include "app/cli/MailView.h"
#include "core/history/History.h"
#include "core/tickets/SlaPolicy.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketComment.h"
#include "core/tickets/TicketTask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace fb {

class CliContext;

// What `ticket show` prints besides the ticket itself.
struct TicketDetails
{
    Ticket ticket;
    QList<qint64> incidents; // the incidents this ticket belongs to
    QList<qint64> children;  // for an incident: its reports, investigations and countermeasures
    QList<HistoryEntry> history;
    QList<TicketComment> comments; // oldest first
    QList<TicketTask> tasks;       // oldest first
    Correspondence correspondence; // the ticket's messages, oldest first
};

class TicketView
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketView)

public:
    // "class/type", "class" or empty.
    static QString rsitText(const Ticket& ticket);
    static SlaStatus slaStatus(const Ticket& ticket, const QDateTime& now);

    // The fields of a ticket; tags and observables only when `full` (TicketSearch::list leaves them out).
    static QJsonObject toJson(const Ticket& ticket, const QDateTime& now, bool full);
    static QJsonObject toJson(const HistoryEntry& entry);

    // A list of tickets as a table (or a JSON array with --json).
    static void printList(CliContext& context, const QList<Ticket>& tickets);
    // Every field, tags, observables, links, correspondence and history (or one JSON object with --json).
    static void printDetails(CliContext& context, const TicketDetails& details);
    static void printHistory(CliContext& context, const QList<HistoryEntry>& history);
};

} // namespace fb

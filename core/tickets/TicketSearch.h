// SPDX-License-Identifier: GPL-3.0-or-later
// TicketSearch: reads tickets in pages for queues, full-text search (FTS4) and search by observable,
// including every address inside a network.
#pragma once

#include "core/base/Result.h"
#include "core/observables/IpRange.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketSearchQuery.h"

#include <QCoreApplication>

#include <optional>

namespace fb {

class Vault;

enum class TicketOrder { Id, Due, Created, Updated, Severity, Title, State, Tlp, RsitClass, Owner };

struct TicketQuery
{
    std::optional<TicketKind> kind;
    QStringList states;      // any of these; empty: all
    bool activeOnly = false; // only states that count as open work for the kind
    QString owner;
    std::optional<TlpLevel> tlp;
    QString rsitClass;
    QString openTaskOwner; // only tickets with an open task of this owner
    bool includeMerged = false;
    // Only these tickets (e.g. the hits of a full-text or observable search); empty list: none at all.
    std::optional<QList<qint64>> ids;
    TicketOrder order = TicketOrder::Id;
    bool descending = false;
    int limit = 100;
    int offset = 0;
};

// Open work of one kind: active tickets and, of those, the ones past a due date.
struct QueueCount
{
    TicketKind kind = TicketKind::Report;
    qint64 active = 0;
    qint64 breached = 0;
};

struct ObservableHit
{
    qint64 ticketId = 0;
    Observable observable;
};

class TicketSearch
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketSearch)

public:
    explicit TicketSearch(Vault& vault);

    // One page of tickets (without tags and observables), in the asked order.
    Result<QList<Ticket>> list(const TicketQuery& query);
    Result<qint64> count(const TicketQuery& query);
    // Everyone who owns a ticket (merged ones too), sorted, without duplicates or blanks.
    Result<QStringList> owners();
    // Active and SLA-breached (as SlaPolicy::status() sees active tickets) counts for all four kinds, in one query.
    Result<QList<QueueCount>> queueCounts(const QDateTime& now);
    // Tickets whose title or description match the words (every word, any order; `word*` for prefixes).
    Result<QList<qint64>> fullText(const QString& words, int limit = 1000);
    // Tickets carrying this exact observable value.
    Result<QList<ObservableHit>> byObservable(const Observable& observable, int limit = 1000);
    // Tickets with an address or network inside `range` (e.g. every address in 192.0.2.0/24).
    Result<QList<ObservableHit>> inRange(const IpRange& range, int limit = 1000);
    // Parses a user's value (defanged forms too): an address or network gives inRange, anything else byObservable.
    Result<QList<ObservableHit>> byValue(const QString& value, int limit = 1000);
    // `base` narrowed by a parsed search: its typed fields, and the ids of the tickets that match every
    // observable and all the free words (at most `hitLimit` hits each).
    Result<TicketQuery> resolve(const TicketSearchQuery& search, TicketQuery base, int hitLimit = 10000);

private:
    Vault& m_vault;
};

} // namespace fb

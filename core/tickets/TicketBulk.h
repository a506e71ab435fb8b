// SPDX-License-Identifier: GPL-3.0-or-later
// TicketBulk: one change to many tickets at once (the queue's multi-selection, `ticket bulk`): a state change, a
// field, or a link to an incident. All or nothing: every ticket is tried with the same rules and refusals as one
// at a time, and unless all of them can take it, nothing is kept and every refusal is reported.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/TicketWorkflow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fb {

class TicketStores;

struct BulkChange
{
    enum class Kind { Transition, SetField, Link };
    Kind kind = Kind::Transition;
    QString state;             // Transition: the state to move to
    TransitionDetails details; // Transition: resolution, lessons learned
    QString field;             // SetField: as TicketEditor names it
    QString value;             // SetField
    qint64 incidentId = 0;     // Link
};

struct BulkRefusal
{
    qint64 ticketId = 0;
    Error error;
};

struct BulkOutcome
{
    QList<qint64> changed;       // all of them, when applied
    QList<BulkRefusal> refusals; // none, when applied
    bool applied() const { return refusals.isEmpty(); }
};

class TicketBulk
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketBulk)

public:
    static constexpr qsizetype kMaxTickets = 10000;

    explicit TicketBulk(TicketStores& stores);

    // Applies `change` to every ticket of `ids` (duplicates once) in one change, or to none. An error (not a
    // refusal) when the change cannot be tried at all: no tickets, too many, or the store failed.
    Result<BulkOutcome> apply(const QList<qint64>& ids, const BulkChange& change);

private:
    TicketStores& m_stores;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// TicketWorkflow: opens tickets and moves them the way RTIR runs them: lifecycle transitions, links between
// incidents and their reports, investigations and countermeasures, merges of reports, and the mapping of an
// incident's children when it closes (the rules are data in Lifecycle). Each operation is one transaction
// with its history rows.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class SlaPolicyStore;
class TicketRepository;

struct TransitionDetails
{
    QString resolution;
    QString lessonsLearned; // required (here or already on the ticket) to resolve an incident
};

class TicketWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketWorkflow)

public:
    TicketWorkflow(TicketRepository& tickets, SlaPolicyStore& sla);

    // A new ticket in its kind's initial state, with its due dates, tags, observables and incident link.
    Result<qint64> create(const NewTicket& ticket);
    Status transition(qint64 id, const QString& toState, const TransitionDetails& details = {});
    Status link(qint64 childId, qint64 incidentId);
    Status unlink(qint64 childId, qint64 incidentId);
    // Moves everything of report `fromId` into report `intoId`; the merged report is kept, marked.
    Status merge(qint64 intoId, qint64 fromId);

    Result<QList<qint64>> incidentsOf(qint64 childId);
    Result<QList<qint64>> childrenOf(qint64 incidentId);

private:
    Status changeState(const Ticket& ticket, const QString& to, const QString& action);
    Status insertLink(const Ticket& child, const Ticket& incident);
    Status mapChildren(const Ticket& incident, const QString& outcome);

    TicketRepository& m_tickets;
    SlaPolicyStore& m_sla;
};

} // namespace fb

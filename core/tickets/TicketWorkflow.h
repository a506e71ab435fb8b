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
class TaskStore;
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
    TicketWorkflow(TicketRepository& tickets, SlaPolicyStore& sla, TaskStore& tasks);

    // A new ticket in its kind's initial state, with its due dates, tags, observables and incident link; an
    // incident gets the tasks of the playbook that matches its classification (TaskStore::applyMatching).
    Result<qint64> create(const NewTicket& ticket);
    Status transition(qint64 id, const QString& toState, const TransitionDetails& details = {});
    Status link(qint64 childId, qint64 incidentId);
    Status unlink(qint64 childId, qint64 incidentId);
    // Moves everything of report `fromId` into report `intoId`; the merged report is kept, marked.
    Status merge(qint64 intoId, qint64 fromId);
    // Puts a ticket back into the state it had before a change that is being undone (Triage): `from` must be its
    // state now, `to` one of its kind's states. Outside the lifecycle's transitions, so recorded apart, as action
    // "undo"; Conflict when the ticket is no longer in `from`. The first response goes back to `firstResponse`
    // (invalid: none yet), so an undone rejection does not count as the team's answer.
    Status undoState(qint64 id, const QString& from, const QString& to, const QDateTime& firstResponse);

    Result<QList<qint64>> incidentsOf(qint64 childId);
    Result<QList<qint64>> childrenOf(qint64 incidentId);

private:
    Status changeState(const Ticket& ticket, const QString& to, const QString& action);
    Status insertLink(const Ticket& child, const Ticket& incident);
    Status mapChildren(const Ticket& incident, const QString& outcome);

    TicketRepository& m_tickets;
    SlaPolicyStore& m_sla;
    TaskStore& m_tasks;
};

} // namespace fb

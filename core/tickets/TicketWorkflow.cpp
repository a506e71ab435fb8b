// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketWorkflow.h"

#include "core/tickets/Lifecycle.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TaskStore.h"
#include "core/tickets/TicketEditor.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb {

TicketWorkflow::TicketWorkflow(TicketRepository& tickets, SlaPolicyStore& sla, TaskStore& tasks)
    : m_tickets(tickets)
    , m_sla(sla)
    , m_tasks(tasks)
{
}

Result<qint64> TicketWorkflow::create(const NewTicket& ticket)
{
    FB_TRY(TicketEditor::validate(ticket));
    std::optional<Ticket> incident;
    if (ticket.incidentId) {
        FB_TRY_ASSIGN(auto parent, m_tickets.get(*ticket.incidentId));
        if (parent.kind != TicketKind::Incident)
            return fail(ErrorCode::BadInput, tr("Ticket %1 is not an incident.").arg(ticketRef(parent.id)),
                        QStringLiteral("incident"));
        incident = parent;
    }
    FB_TRY_ASSIGN(auto sla, m_sla.slaPolicy());

    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    const QDateTime now = m_tickets.clock().nowUtc();
    const QDateTime created = ticket.createdAt.isValid() ? ticket.createdAt.toUTC() : now;
    const QString state = Lifecycle::of(ticket.kind).initialState();
    FB_TRY_ASSIGN(auto inserted, m_tickets.insert(ticket, state, created, sla.responseDue(created, ticket.severity),
                                                  sla.resolveDue(created, ticket.severity)));
    const qint64 id = inserted;

    QJsonObject initial{
        {QStringLiteral("kind"), TicketEnums::key(ticket.kind)}, {QStringLiteral("state"), state},
        {QStringLiteral("title"), ticket.title.trimmed()},       {QStringLiteral("tlp"), Tlp::key(ticket.tlp)},
        {QStringLiteral("severity"), ticket.severity},           {QStringLiteral("created"), isoOrEmpty(created)}};
    if (!ticket.owner.isEmpty())
        initial.insert(QStringLiteral("owner"), ticket.owner.trimmed());
    if (!ticket.rsitClass.isEmpty())
        initial.insert(QStringLiteral("rsit"), QString(ticket.rsitClass + QLatin1Char('/') + ticket.rsitType));
    if (!ticket.reporter.isEmpty())
        initial.insert(QStringLiteral("reporter"), ticket.reporter);

    for (const QString& tag : ticket.tags) {
        FB_TRY(m_tickets.insertTag(id, tag.trimmed()));
    }
    if (!ticket.tags.isEmpty())
        initial.insert(QStringLiteral("tags"), QJsonArray::fromStringList(ticket.tags));
    QJsonArray observables;
    for (const Observable& observable : ticket.observables) {
        FB_TRY(m_tickets.insertObservable(id, observable));
        observables.append(QString(observableTypeKey(observable.type) + QLatin1Char(':') + observable.value));
    }
    if (!observables.isEmpty())
        initial.insert(QStringLiteral("observables"), observables);
    FB_TRY(m_tickets.record(id, QStringLiteral("create"), {}, std::nullopt,
                            QString::fromUtf8(QJsonDocument(initial).toJson(QJsonDocument::Compact))));

    if (incident) {
        FB_TRY_ASSIGN(auto child, m_tickets.get(id));
        FB_TRY(insertLink(child, *incident));
    }
    if (ticket.kind == TicketKind::Incident) {
        FB_TRY_ASSIGN(auto stored, m_tickets.get(id));
        FB_TRY(m_tasks.applyMatching(stored, created));
    }
    FB_TRY(change->commit());
    return id;
}

Status TicketWorkflow::changeState(const Ticket& ticket, const QString& to, const QString& action)
{
    const Lifecycle& lifecycle = Lifecycle::of(ticket.kind);
    if (auto status = lifecycle.check(ticket.state, to); !status)
        return status;
    if (auto status = m_tickets.updateState(ticket.id, to, !lifecycle.isActive(to)); !status)
        return status;
    return m_tickets.record(ticket.id, action, QStringLiteral("state"), ticket.state, to);
}

Status TicketWorkflow::transition(qint64 id, const QString& toState, const TransitionDetails& details)
{
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    const QString to = toState.trimmed().toLower();
    const Lifecycle& lifecycle = Lifecycle::of(ticket.kind);
    if (auto status = lifecycle.check(ticket.state, to); !status)
        return status;
    if (lifecycle.needsLessonsLearned(to) && details.lessonsLearned.trimmed().isEmpty() &&
        ticket.lessonsLearned.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("Resolving incident %1 needs its lessons learned.").arg(ticketRef(id)),
                    QStringLiteral("lessons-learned"));

    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    if (!details.resolution.trimmed().isEmpty()) {
        if (auto status = m_tickets.updateText(id, TicketColumn::Resolution, details.resolution.trimmed()); !status)
            return status;
        if (auto status = m_tickets.record(id, QStringLiteral("set"), QStringLiteral("resolution"), ticket.resolution,
                                           details.resolution.trimmed());
            !status)
            return status;
    }
    if (!details.lessonsLearned.trimmed().isEmpty()) {
        if (auto status = m_tickets.updateText(id, TicketColumn::LessonsLearned, details.lessonsLearned.trimmed());
            !status)
            return status;
        if (auto status = m_tickets.record(id, QStringLiteral("set"), QStringLiteral("lessons-learned"),
                                           ticket.lessonsLearned, details.lessonsLearned.trimmed());
            !status)
            return status;
    }
    if (auto status = changeState(ticket, to, QStringLiteral("transition")); !status)
        return status;
    if (lifecycle.mapsChildrenOn(to)) {
        if (auto status = mapChildren(ticket, to); !status)
            return status;
    }
    return change->commit();
}

Status TicketWorkflow::mapChildren(const Ticket& incident, const QString& outcome)
{
    FB_TRY_ASSIGN(auto children, childrenOf(incident.id));
    for (qint64 childId : children) {
        FB_TRY_ASSIGN(auto child, m_tickets.get(childId));
        if (child.mergedInto || !Lifecycle::of(child.kind).isActive(child.state))
            continue;
        // A child that still serves another open incident keeps its state.
        FB_TRY_ASSIGN(auto parents, incidentsOf(childId));
        bool servesAnother = false;
        for (qint64 parentId : parents) {
            if (parentId == incident.id)
                continue;
            FB_TRY_ASSIGN(auto parent, m_tickets.get(parentId));
            servesAnother = servesAnother || Lifecycle::of(TicketKind::Incident).isActive(parent.state);
        }
        if (servesAnother)
            continue;

        const QString target = Lifecycle::of(incident.kind).childTarget(outcome, child.kind, child.state);
        if (target.isEmpty() || target == child.state)
            continue;
        if (auto status = changeState(child, target, QStringLiteral("cascade")); !status)
            return status;
    }
    return {};
}

Status TicketWorkflow::insertLink(const Ticket& child, const Ticket& incident)
{
    if (incident.kind != TicketKind::Incident)
        return fail(ErrorCode::BadInput, tr("Ticket %1 is not an incident.").arg(ticketRef(incident.id)),
                    QStringLiteral("incident"));
    if (child.kind == TicketKind::Incident)
        return fail(ErrorCode::BadInput,
                    tr("Incident %1 cannot be linked under another incident.").arg(ticketRef(child.id)),
                    QStringLiteral("ticket"));
    FB_TRY_ASSIGN(auto parents, incidentsOf(child.id));
    if (parents.contains(incident.id))
        return fail(ErrorCode::Conflict,
                    tr("Ticket %1 is already linked to incident %2.").arg(ticketRef(child.id), ticketRef(incident.id)),
                    QStringLiteral("incident"));
    if (child.kind != TicketKind::Report && !parents.isEmpty())
        return fail(ErrorCode::Conflict,
                    tr("%1 %2 already belongs to incident %3; it can belong to one incident only.")
                        .arg(TicketEnums::displayName(child.kind), ticketRef(child.id), ticketRef(parents.first())),
                    QStringLiteral("incident"));

    FB_TRY(m_tickets.insertLink(incident.id, child.id));
    if (auto status = m_tickets.record(child.id, QStringLiteral("link"), QStringLiteral("incident"), std::nullopt,
                                       ticketRef(incident.id));
        !status)
        return status;
    if (auto status = m_tickets.record(incident.id, QStringLiteral("link"), QStringLiteral("child"), std::nullopt,
                                       ticketRef(child.id));
        !status)
        return status;
    // A report becomes open when an incident takes it on (Lifecycle says which state to which).
    const QString linked = Lifecycle::of(child.kind).stateWhenLinked(child.state);
    if (!linked.isEmpty())
        return changeState(child, linked, QStringLiteral("cascade"));
    return {};
}

Status TicketWorkflow::link(qint64 childId, qint64 incidentId)
{
    FB_TRY_ASSIGN(auto child, m_tickets.getForChange(childId));
    FB_TRY_ASSIGN(auto incident, m_tickets.getForChange(incidentId));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    if (auto status = insertLink(child, incident); !status)
        return status;
    return change->commit();
}

Status TicketWorkflow::unlink(qint64 childId, qint64 incidentId)
{
    FB_TRY_ASSIGN(auto child, m_tickets.getForChange(childId));
    FB_TRY_ASSIGN(auto parents, incidentsOf(childId));
    if (!parents.contains(incidentId))
        return fail(ErrorCode::NotFound,
                    tr("Ticket %1 is not linked to incident %2.").arg(ticketRef(childId), ticketRef(incidentId)),
                    QStringLiteral("incident"));
    if (child.kind == TicketKind::Countermeasure && parents.size() == 1)
        return fail(ErrorCode::Conflict,
                    tr("Countermeasure %1 must stay linked to an incident; link it to another one first.")
                        .arg(ticketRef(childId)),
                    QStringLiteral("incident"));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.deleteLink(incidentId, childId));
    if (auto status = m_tickets.record(childId, QStringLiteral("unlink"), QStringLiteral("incident"),
                                       ticketRef(incidentId), std::nullopt);
        !status)
        return status;
    if (auto status = m_tickets.record(incidentId, QStringLiteral("unlink"), QStringLiteral("child"),
                                       ticketRef(childId), std::nullopt);
        !status)
        return status;
    return change->commit();
}

Status TicketWorkflow::merge(qint64 intoId, qint64 fromId)
{
    if (intoId == fromId)
        return fail(ErrorCode::BadInput, tr("A ticket cannot be merged into itself."), QStringLiteral("ticket"));
    FB_TRY_ASSIGN(auto into, m_tickets.getForChange(intoId));
    FB_TRY_ASSIGN(auto from, m_tickets.getForChange(fromId));
    if (into.kind != TicketKind::Report || from.kind != TicketKind::Report)
        return fail(ErrorCode::BadInput,
                    tr("Only incident reports are merged; %1 and %2 are not both reports.")
                        .arg(ticketRef(intoId), ticketRef(fromId)),
                    QStringLiteral("ticket"));

    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    const QDateTime now = m_tickets.clock().nowUtc();
    for (const Observable& observable : from.observables) {
        if (auto status = m_tickets.insertObservable(intoId, observable); !status)
            return status;
    }
    for (const QString& tag : from.tags) {
        if (auto status = m_tickets.insertTag(intoId, tag); !status)
            return status;
    }
    FB_TRY_ASSIGN(auto fromParents, incidentsOf(fromId));
    FB_TRY_ASSIGN(auto intoParents, incidentsOf(intoId));
    for (qint64 incidentId : fromParents) {
        if (intoParents.contains(incidentId))
            continue;
        FB_TRY_ASSIGN(auto incident, m_tickets.get(incidentId));
        FB_TRY_ASSIGN(auto current, m_tickets.get(intoId));
        if (auto status = insertLink(current, incident); !status)
            return status;
    }
    if (!from.description.trimmed().isEmpty()) {
        const QString merged = into.description + (into.description.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                               tr("--- Merged from %1: %2 ---").arg(ticketRef(fromId), from.title) + QLatin1Char('\n') +
                               from.description;
        if (auto status = m_tickets.updateText(intoId, TicketColumn::Description, merged); !status)
            return status;
        if (auto status = m_tickets.reindexText(intoId, into.title, merged); !status)
            return status;
    }
    if (auto status = m_tickets.markMerged(fromId, intoId, now); !status)
        return status;
    if (auto status =
            m_tickets.record(intoId, QStringLiteral("merge"), QStringLiteral("from"), std::nullopt, ticketRef(fromId));
        !status)
        return status;
    if (auto status =
            m_tickets.record(fromId, QStringLiteral("merge"), QStringLiteral("into"), std::nullopt, ticketRef(intoId));
        !status)
        return status;
    return change->commit();
}

Status TicketWorkflow::undoState(qint64 id, const QString& from, const QString& to, const QDateTime& firstResponse)
{
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    const Lifecycle& lifecycle = Lifecycle::of(ticket.kind);
    if (!lifecycle.states().contains(to))
        return fail(ErrorCode::BadInput,
                    tr("'%1' is not a state of %2.").arg(to, TicketEnums::displayName(ticket.kind)),
                    QStringLiteral("state"));
    if (ticket.state != from)
        return fail(ErrorCode::Conflict,
                    tr("Ticket %1 is %2 now, not %3; nothing was undone.")
                        .arg(ticketRef(id), Lifecycle::displayState(ticket.state), Lifecycle::displayState(from)),
                    QStringLiteral("state"));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.updateState(id, to, !lifecycle.isActive(to)));
    if (firstResponse != ticket.firstResponseAt)
        FB_TRY(m_tickets.updateFirstResponse(id, firstResponse));
    FB_TRY(m_tickets.record(id, QStringLiteral("undo"), QStringLiteral("state"), from, to));
    return change->commit();
}

Result<QList<qint64>> TicketWorkflow::incidentsOf(qint64 childId)
{
    return m_tickets.incidentsOf(childId);
}

Result<QList<qint64>> TicketWorkflow::childrenOf(qint64 incidentId)
{
    return m_tickets.childrenOf(incidentId);
}

} // namespace fb

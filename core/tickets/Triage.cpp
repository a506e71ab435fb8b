// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/Triage.h"

#include "core/tickets/TicketStores.h"
#include "core/tickets/TicketTime.h"

namespace fb {

namespace {

// The undo of a decision that put the report under an incident: its link, and its state and first response.
TriageUndo linkUndo(TriageUndo::Kind kind, const Ticket& before, const Ticket& after, qint64 incidentId,
                    QString summary)
{
    TriageUndo undo;
    undo.kind = kind;
    undo.reportId = before.id;
    undo.incidentId = incidentId;
    undo.stateBefore = before.state;
    undo.stateAfter = after.state;
    undo.firstResponse = before.firstResponseAt;
    undo.summary = std::move(summary);
    return undo;
}

} // namespace

Triage::Triage(TicketStores& stores)
    : m_stores(stores)
{
}

QString Triage::fieldValue(const Ticket& ticket, const QString& field)
{
    if (field == QLatin1String("tlp"))
        return Tlp::key(ticket.tlp);
    if (field == QLatin1String("severity"))
        return QString::number(ticket.severity);
    if (field == QLatin1String("rsit"))
        return ticket.rsitClass.isEmpty() ? QString() : ticket.rsitClass + QLatin1Char('/') + ticket.rsitType;
    if (field == QLatin1String("resolution"))
        return ticket.resolution;
    if (field == QLatin1String("owner"))
        return ticket.owner;
    return {};
}

Result<TriageUndo> Triage::setField(qint64 reportId, const QString& field, const QString& value)
{
    FB_TRY_ASSIGN(auto before, m_stores.tickets.getForChange(reportId));
    FB_TRY(m_stores.editor.setField(reportId, field, value));
    FB_TRY_ASSIGN(auto after, m_stores.tickets.get(reportId));
    TriageUndo undo;
    undo.kind = TriageUndo::Kind::Field;
    undo.reportId = reportId;
    undo.field = field;
    undo.before = fieldValue(before, field);
    undo.after = fieldValue(after, field);
    if (undo.before == undo.after)
        return TriageUndo{}; // nothing changed, nothing to undo
    undo.summary = tr("Report %1: %2 set.").arg(ticketRef(reportId), field);
    return undo;
}

Result<TriageUndo> Triage::reject(qint64 reportId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("Say why the report is rejected."), QStringLiteral("reason"));
    FB_TRY_ASSIGN(auto before, m_stores.tickets.getForChange(reportId));
    FB_TRY(m_stores.workflow.transition(reportId, QStringLiteral("rejected"), TransitionDetails{reason.trimmed(), {}}));
    TriageUndo undo;
    undo.kind = TriageUndo::Kind::Reject;
    undo.reportId = reportId;
    undo.field = QStringLiteral("resolution");
    undo.before = before.resolution;
    undo.after = reason.trimmed();
    undo.stateBefore = before.state;
    undo.stateAfter = QStringLiteral("rejected");
    undo.firstResponse = before.firstResponseAt;
    undo.summary = tr("Report %1 rejected.").arg(ticketRef(reportId));
    return undo;
}

Result<TriageUndo> Triage::newIncident(qint64 reportId, const QString& title, const QString& owner)
{
    FB_TRY_ASSIGN(auto report, m_stores.tickets.getForChange(reportId));
    NewTicket incident;
    incident.kind = TicketKind::Incident;
    incident.title = title.trimmed();
    incident.description = report.description;
    incident.tlp = report.tlp;
    incident.rsitClass = report.rsitClass;
    incident.rsitType = report.rsitType;
    incident.severity = report.severity;
    incident.constituency = report.constituency;
    incident.owner = owner;
    incident.observables = report.observables;
    FB_TRY_ASSIGN(auto change, m_stores.tickets.beginChange());
    FB_TRY_ASSIGN(auto created, m_stores.workflow.create(incident));
    FB_TRY(m_stores.workflow.link(reportId, created));
    FB_TRY_ASSIGN(auto linked, m_stores.tickets.get(reportId));
    FB_TRY(change->commit());
    return linkUndo(TriageUndo::Kind::NewIncident, report, linked, created,
                    tr("Report %1 is now part of the new incident %2.").arg(ticketRef(reportId), ticketRef(created)));
}

Result<TriageUndo> Triage::link(qint64 reportId, qint64 incidentId)
{
    FB_TRY_ASSIGN(auto report, m_stores.tickets.getForChange(reportId));
    FB_TRY(m_stores.workflow.link(reportId, incidentId));
    FB_TRY_ASSIGN(auto linked, m_stores.tickets.get(reportId));
    return linkUndo(TriageUndo::Kind::Link, report, linked, incidentId,
                    tr("Report %1 linked to incident %2.").arg(ticketRef(reportId), ticketRef(incidentId)));
}

Status Triage::undo(const TriageUndo& undo)
{
    if (!undo)
        return fail(ErrorCode::NotFound, tr("There is nothing to undo."));
    FB_TRY_ASSIGN(auto report, m_stores.tickets.getForChange(undo.reportId));
    const auto changedSince = [&]() {
        return fail(ErrorCode::Conflict,
                    tr("Report %1 was changed since; its history shows what happened. Nothing was undone.")
                        .arg(ticketRef(undo.reportId)),
                    QStringLiteral("undo"));
    };
    FB_TRY_ASSIGN(auto change, m_stores.tickets.beginChange());
    switch (undo.kind) {
    case TriageUndo::Kind::None:
        break;
    case TriageUndo::Kind::Field:
        if (fieldValue(report, undo.field) != undo.after)
            return changedSince();
        FB_TRY(m_stores.editor.setField(undo.reportId, undo.field, undo.before));
        break;
    case TriageUndo::Kind::Reject:
        if (report.state != undo.stateAfter || report.resolution != undo.after)
            return changedSince();
        FB_TRY(m_stores.workflow.undoState(undo.reportId, undo.stateAfter, undo.stateBefore, undo.firstResponse));
        FB_TRY(m_stores.editor.setField(undo.reportId, undo.field, undo.before));
        break;
    case TriageUndo::Kind::Link:
    case TriageUndo::Kind::NewIncident: {
        FB_TRY_ASSIGN(auto incidents, m_stores.workflow.incidentsOf(undo.reportId));
        if (report.state != undo.stateAfter || !incidents.contains(undo.incidentId))
            return changedSince();
        if (undo.kind == TriageUndo::Kind::NewIncident) {
            FB_TRY_ASSIGN(auto children, m_stores.workflow.childrenOf(undo.incidentId));
            FB_TRY_ASSIGN(auto incident, m_stores.tickets.get(undo.incidentId));
            if (children != QList<qint64>{undo.reportId} || incident.state != QLatin1String("open"))
                return fail(ErrorCode::Conflict,
                            tr("Incident %1 was worked on since it was made; it stays. Nothing was undone.")
                                .arg(ticketRef(undo.incidentId)),
                            QStringLiteral("undo"));
        }
        FB_TRY(m_stores.workflow.unlink(undo.reportId, undo.incidentId));
        if (undo.stateBefore != undo.stateAfter)
            FB_TRY(m_stores.workflow.undoState(undo.reportId, undo.stateAfter, undo.stateBefore, undo.firstResponse));
        if (undo.kind == TriageUndo::Kind::NewIncident)
            FB_TRY(m_stores.workflow.transition(
                undo.incidentId, QStringLiteral("abandoned"),
                TransitionDetails{tr("Made in triage by mistake; undone (report %1).").arg(ticketRef(undo.reportId)),
                                  {}}));
        break;
    }
    }
    return change->commit();
}

} // namespace fb

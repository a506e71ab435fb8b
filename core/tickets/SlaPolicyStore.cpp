// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/SlaPolicyStore.h"

#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"

#include <QStringList>

namespace fb {

SlaPolicyStore::SlaPolicyStore(TicketRepository& tickets)
    : m_tickets(tickets)
{
}

Result<SlaPolicy> SlaPolicyStore::slaPolicy()
{
    if (m_sla)
        return *m_sla;
    FB_TRY_ASSIGN(auto policy, m_tickets.loadSlaPolicy());
    m_sla = policy;
    return policy;
}

Status SlaPolicyStore::setSlaPolicy(const SlaPolicy& policy)
{
    for (int severity = 1; severity <= 4; ++severity) {
        const SlaTargets targets = policy.targets(severity);
        if (targets.responseMinutes <= 0 || targets.resolveMinutes <= 0)
            return fail(ErrorCode::BadInput, tr("SLA times must be positive (severity %1).").arg(severity),
                        QStringLiteral("sla"));
    }
    QStringList summary;
    for (int severity = 1; severity <= 4; ++severity)
        summary.append(QStringLiteral("%1:%2/%3")
                           .arg(severity)
                           .arg(policy.targets(severity).responseMinutes)
                           .arg(policy.targets(severity).resolveMinutes));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.saveSlaPolicy(policy));
    FB_TRY(m_tickets.record(std::nullopt, QStringLiteral("sla"), QStringLiteral("policy"), std::nullopt,
                            summary.join(QLatin1Char(' '))));
    FB_TRY(change->commit());
    m_sla = policy;
    return {};
}

Status SlaPolicyStore::setDueDates(const Ticket& ticket, int severity)
{
    FB_TRY_ASSIGN(auto sla, slaPolicy());
    const QDateTime responseDue = sla.responseDue(ticket.createdAt, severity);
    const QDateTime resolveDue = sla.resolveDue(ticket.createdAt, severity);
    if (auto status = m_tickets.updateDues(ticket.id, responseDue, resolveDue); !status)
        return status;
    if (auto status = m_tickets.record(ticket.id, QStringLiteral("set"), QStringLiteral("response-due"),
                                       isoOrEmpty(ticket.responseDue), isoOrEmpty(responseDue));
        !status)
        return status;
    return m_tickets.record(ticket.id, QStringLiteral("set"), QStringLiteral("resolve-due"),
                            isoOrEmpty(ticket.resolveDue), isoOrEmpty(resolveDue));
}

} // namespace fb

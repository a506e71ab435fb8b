// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/SlaPolicyStore.h"

#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

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
    FB_TRY_ASSIGN(auto q,
                  m_tickets.vault().query("SELECT severity, response_minutes, resolve_minutes FROM sla_policy"));
    SlaPolicy policy = SlaPolicy::defaults();
    FB_TRY(q.forEachRow([&](const Query& row) {
        policy.setTargets(int(row.int64(0)), SlaTargets{int(row.int64(1)), int(row.int64(2))});
    }));
    m_sla = policy;
    return policy;
}

Status SlaPolicyStore::setSlaPolicy(const SlaPolicy& policy)
{
    Vault& vault = m_tickets.vault();
    Transaction transaction(vault);
    if (!transaction.status())
        return transaction.status();
    for (int severity = 1; severity <= 4; ++severity) {
        const SlaTargets targets = policy.targets(severity);
        if (targets.responseMinutes <= 0 || targets.resolveMinutes <= 0)
            return fail(ErrorCode::BadInput, tr("SLA times must be positive (severity %1).").arg(severity),
                        QStringLiteral("sla"));
        FB_TRY_ASSIGN(auto q,
                      vault.query("INSERT OR REPLACE INTO sla_policy (severity, response_minutes, resolve_minutes) "
                                  "VALUES (?1, ?2, ?3)"));
        if (auto status = q.bind(1, severity).bind(2, targets.responseMinutes).bind(3, targets.resolveMinutes).exec();
            !status)
            return status;
    }
    QStringList summary;
    for (int severity = 1; severity <= 4; ++severity)
        summary.append(QStringLiteral("%1:%2/%3")
                           .arg(severity)
                           .arg(policy.targets(severity).responseMinutes)
                           .arg(policy.targets(severity).resolveMinutes));
    if (auto status = m_tickets.record(std::nullopt, QStringLiteral("sla"), QStringLiteral("policy"), std::nullopt,
                                       summary.join(QLatin1Char(' ')));
        !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ExchangeExport.h"

#include "core/exchange/ExchangeStore.h"
#include "core/tickets/TicketStores.h"
#include "core/tickets/TicketTime.h"

#include <QSet>

namespace fb {

ExchangeExport::ExchangeExport(const ChangeContext& change)
    : m_change(change)
{
}

Result<ExchangeContent> ExchangeExport::collect(qint64 id, const ExchangeRecipient& recipient)
{
    TicketStores stores(m_change);
    ExchangeStore exchange(m_change);
    FB_TRY_ASSIGN(auto ticket, stores.tickets.getForChange(id));

    ExchangeContent content;
    content.tickets.append(id);
    content.observables = ticket.observables;
    QSet<Observable> seen(content.observables.cbegin(), content.observables.cend());
    content.tlp = ticket.tlp;
    if (ticket.kind == TicketKind::Incident) {
        FB_TRY_ASSIGN(auto children, stores.workflow.childrenOf(id));
        for (qint64 childId : std::as_const(children)) {
            FB_TRY_ASSIGN(auto child, stores.tickets.get(childId));
            content.tickets.append(childId);
            content.tlp = std::max(content.tlp, child.tlp);
            for (const Observable& o : std::as_const(child.observables)) {
                if (!seen.contains(o)) {
                    seen.insert(o);
                    content.observables.append(o);
                }
            }
        }
    }
    if (!Tlp::mayReceive(content.tlp, recipient.clearance)) {
        const QString who = recipient.name.isEmpty() ? tr("the recipient") : recipient.name;
        const QString cleared = recipient.clearance ? tr("cleared up to %1").arg(Tlp::label(*recipient.clearance))
                                                    : tr("no TLP level known");
        return fail(ErrorCode::Conflict,
                    tr("Not exported: ticket %1 (with its children) is %2, and %3 may not receive it (%4). Name a "
                       "recipient who may, or lower the tickets' labels.")
                        .arg(ticketRef(id), Tlp::label(content.tlp), who, cleared),
                    QStringLiteral("tlp"));
    }

    FB_TRY_ASSIGN(auto uuid, exchange.ticketUuid(id));
    if (!uuid) {
        FB_TRY_ASSIGN(auto scope, stores.tickets.beginChange());
        uuid = QUuid::createUuid();
        FB_TRY(exchange.assignUuid(id, *uuid));
        FB_TRY(stores.tickets.record(id, QStringLiteral("uuid"), QStringLiteral("uuid"), std::nullopt,
                                     ExchangeStore::text(*uuid)));
        FB_TRY(scope->commit());
    }
    content.uuid = *uuid;
    content.ticket = std::move(ticket);
    return content;
}

} // namespace fb

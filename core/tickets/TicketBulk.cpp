// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketBulk.h"

#include "core/tickets/TicketStores.h"

namespace fb {

TicketBulk::TicketBulk(TicketStores& stores)
    : m_stores(stores)
{
}

Result<BulkOutcome> TicketBulk::apply(const QList<qint64>& ids, const BulkChange& change)
{
    QList<qint64> unique;
    for (qint64 id : ids) {
        if (!unique.contains(id))
            unique.append(id);
    }
    if (unique.isEmpty())
        return fail(ErrorCode::Usage, tr("Choose at least one ticket."), QStringLiteral("tickets"));
    if (unique.size() > kMaxTickets)
        return fail(
            ErrorCode::BadInput,
            tr("At most %L1 tickets can be changed at once; %L2 were chosen.").arg(kMaxTickets).arg(unique.size()),
            QStringLiteral("tickets"));

    BulkOutcome outcome;
    FB_TRY_ASSIGN(auto scope, m_stores.tickets.beginChange());
    for (qint64 id : std::as_const(unique)) {
        Status status;
        switch (change.kind) {
        case BulkChange::Kind::Transition:
            status = m_stores.workflow.transition(id, change.state, change.details);
            break;
        case BulkChange::Kind::SetField:
            status = m_stores.editor.setField(id, change.field, change.value);
            break;
        case BulkChange::Kind::Link:
            status = m_stores.workflow.link(id, change.incidentId);
            break;
        }
        if (status)
            outcome.changed.append(id);
        else
            outcome.refusals.append({id, status.error()});
    }
    if (!outcome.applied()) {
        outcome.changed.clear(); // the scope goes uncommitted: nothing of the lot is kept
        return outcome;
    }
    FB_TRY(scope->commit());
    return outcome;
}

} // namespace fb

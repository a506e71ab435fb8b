// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TagStore.h"

#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"

namespace fb {

TagStore::TagStore(TicketRepository& tickets)
    : m_tickets(tickets)
{
}

Status TagStore::addTag(qint64 id, const QString& rawTag)
{
    const QString tag = rawTag.trimmed();
    if (tag.isEmpty())
        return fail(ErrorCode::BadInput, tr("A tag cannot be empty."), QStringLiteral("tag"));
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    if (ticket.tags.contains(tag))
        return {};
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.insertTag(id, tag));
    FB_TRY(m_tickets.record(id, QStringLiteral("tag"), QStringLiteral("tags"), std::nullopt, tag));
    return change->commit();
}

Status TagStore::removeTag(qint64 id, const QString& rawTag)
{
    const QString tag = rawTag.trimmed();
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    if (!ticket.tags.contains(tag))
        return fail(ErrorCode::NotFound, tr("Ticket %1 has no tag '%2'.").arg(ticketRef(id), tag),
                    QStringLiteral("tag"));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.deleteTag(id, tag));
    FB_TRY(m_tickets.record(id, QStringLiteral("untag"), QStringLiteral("tags"), tag, std::nullopt));
    return change->commit();
}

} // namespace fb

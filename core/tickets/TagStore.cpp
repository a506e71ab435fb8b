// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TagStore.h"

#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

namespace fb {

TagStore::TagStore(TicketRepository& tickets)
    : m_tickets(tickets)
{
}

Status TagStore::insertTag(qint64 id, const QString& tag)
{
    FB_TRY_ASSIGN(auto q,
                  m_tickets.vault().query("INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?1, ?2)"));
    return q.bind(1, id).bind(2, tag).exec();
}

Status TagStore::addTag(qint64 id, const QString& rawTag)
{
    const QString tag = rawTag.trimmed();
    if (tag.isEmpty())
        return fail(ErrorCode::BadInput, tr("A tag cannot be empty."), QStringLiteral("tag"));
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    if (ticket.tags.contains(tag))
        return {};
    Transaction transaction(m_tickets.vault());
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto q, m_tickets.vault().query("INSERT INTO ticket_tags (ticket_id, tag) VALUES (?1, ?2)"));
    if (auto status = q.bind(1, id).bind(2, tag).exec(); !status)
        return status;
    if (auto status = m_tickets.record(id, QStringLiteral("tag"), QStringLiteral("tags"), std::nullopt, tag); !status)
        return status;
    return transaction.commit();
}

Status TagStore::removeTag(qint64 id, const QString& rawTag)
{
    const QString tag = rawTag.trimmed();
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    if (!ticket.tags.contains(tag))
        return fail(ErrorCode::NotFound, tr("Ticket %1 has no tag '%2'.").arg(ticketRef(id), tag),
                    QStringLiteral("tag"));
    Transaction transaction(m_tickets.vault());
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto q, m_tickets.vault().query("DELETE FROM ticket_tags WHERE ticket_id = ?1 AND tag = ?2"));
    if (auto status = q.bind(1, id).bind(2, tag).exec(); !status)
        return status;
    if (auto status = m_tickets.record(id, QStringLiteral("untag"), QStringLiteral("tags"), tag, std::nullopt); !status)
        return status;
    return transaction.commit();
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ExchangeStore.h"

#include "core/tickets/TicketTime.h"
#include "core/vault/Vault.h"

namespace fb {

ExchangeStore::ExchangeStore(const ChangeContext& change)
    : m_change(change)
{
}

QString ExchangeStore::text(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toLower();
}

Result<std::optional<QUuid>> ExchangeStore::ticketUuid(qint64 ticketId)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT uuid FROM ticket_uuids WHERE ticket_id = ?1"));
    q.bind(1, ticketId);
    FB_TRY_ASSIGN(const bool found, q.next());
    if (!found)
        return std::optional<QUuid>();
    return std::optional<QUuid>(QUuid::fromString(q.text(0)));
}

Result<std::optional<qint64>> ExchangeStore::ticketWithUuid(const QUuid& uuid)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT ticket_id FROM ticket_uuids WHERE uuid = ?1"));
    q.bind(1, text(uuid));
    FB_TRY_ASSIGN(const bool found, q.next());
    if (!found)
        return std::optional<qint64>();
    return std::optional<qint64>(q.int64(0));
}

Status ExchangeStore::assignUuid(qint64 ticketId, const QUuid& uuid)
{
    FB_TRY_ASSIGN(auto mine, ticketUuid(ticketId));
    if (mine)
        return fail(ErrorCode::Conflict, tr("Ticket %1 has a UUID already.").arg(ticketRef(ticketId)),
                    QStringLiteral("uuid"));
    FB_TRY_ASSIGN(auto holder, ticketWithUuid(uuid));
    if (holder)
        return fail(ErrorCode::Conflict,
                    tr("The UUID %1 belongs to ticket %2 already.").arg(text(uuid), ticketRef(*holder)),
                    QStringLiteral("uuid"));
    FB_TRY_ASSIGN(auto q, m_change.vault.query("INSERT INTO ticket_uuids (ticket_id, uuid) VALUES (?1, ?2)"));
    return q.bind(1, ticketId).bind(2, text(uuid)).exec();
}

Result<std::optional<qint64>> ExchangeStore::importedInto(const QString& format, const QUuid& eventUuid)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT ticket_id FROM exchange_imports WHERE format = ?1 AND "
                                               "event_uuid = ?2 ORDER BY id DESC LIMIT 1"));
    q.bind(1, format).bind(2, text(eventUuid));
    FB_TRY_ASSIGN(const bool found, q.next());
    if (!found)
        return std::optional<qint64>();
    return std::optional<qint64>(q.int64(0));
}

Status ExchangeStore::recordImport(const QString& format, const QUuid& eventUuid, qint64 ticketId,
                                   const QString& source)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("INSERT INTO exchange_imports (format, event_uuid, ticket_id, source, "
                                               "imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    q.bind(1, format).bind(2, text(eventUuid)).bind(3, ticketId).bind(4, source);
    q.bind(5, m_change.clock.nowUtc().toMSecsSinceEpoch()).bind(6, m_change.actor);
    return q.exec();
}

} // namespace fb

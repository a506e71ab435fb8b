// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteTicketRepository: what hangs off a ticket row — links, tags, observables, comments — and the SLA policy.
#include "core/tickets/sqlite/SqliteTicketRepository.h"

#include "core/observables/IpRange.h"
#include "core/tickets/TicketTime.h"
#include "core/vault/UtcTime.h"
#include "core/vault/Vault.h"

namespace fb {

namespace {

Result<QList<qint64>> idList(Result<Query> q, qint64 id)
{
    if (!q)
        return fail(q.error());
    QList<qint64> ids;
    FB_TRY(q->bind(1, id).forEachRow([&](const Query& row) { ids.append(row.int64(0)); }));
    return ids;
}

} // namespace

Status SqliteTicketRepository::insertLink(qint64 incidentId, qint64 childId)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query(
                              "INSERT INTO ticket_links (incident_id, child_id, created_at) VALUES (?1, ?2, ?3)"));
    return q.bind(1, incidentId).bind(2, childId).bind(3, epochMs(m_change.clock.nowUtc())).exec();
}

Status SqliteTicketRepository::deleteLink(qint64 incidentId, qint64 childId)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("DELETE FROM ticket_links WHERE incident_id = ?1 AND child_id = ?2"));
    FB_TRY(q.bind(1, incidentId).bind(2, childId).exec());
    if (m_change.vault.changes() == 0)
        return fail(ErrorCode::NotFound,
                    tr("Ticket %1 is not linked to incident %2.").arg(ticketRef(childId), ticketRef(incidentId)),
                    QStringLiteral("incident"));
    return {};
}

Result<QList<qint64>> SqliteTicketRepository::incidentsOf(qint64 childId)
{
    return idList(m_change.vault.query("SELECT incident_id FROM ticket_links WHERE child_id = ?1 ORDER BY incident_id"),
                  childId);
}

Result<QList<qint64>> SqliteTicketRepository::childrenOf(qint64 incidentId)
{
    return idList(m_change.vault.query("SELECT child_id FROM ticket_links WHERE incident_id = ?1 ORDER BY child_id"),
                  incidentId);
}

Status SqliteTicketRepository::insertTag(qint64 id, const QString& tag)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?1, ?2)"));
    return q.bind(1, id).bind(2, tag).exec();
}

Status SqliteTicketRepository::deleteTag(qint64 id, const QString& tag)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("DELETE FROM ticket_tags WHERE ticket_id = ?1 AND tag = ?2"));
    return q.bind(1, id).bind(2, tag).exec();
}

Status SqliteTicketRepository::insertObservable(qint64 id, const Observable& observable)
{
    const QString type = observableTypeKey(observable.type);
    FB_TRY_ASSIGN(auto value, observableValue(type, observable));
    FB_TRY_ASSIGN(
        auto q,
        m_change.vault.query("INSERT OR IGNORE INTO ticket_observables (ticket_id, value_id, created_at, address_type, "
                             "ip_low, ip_high) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    q.bind(1, id).bind(2, value.id).bind(3, epochMs(m_change.clock.nowUtc()));
    q.bindBlob(5, value.low).bindBlob(6, value.high);
    if (value.low.isNull())
        q.bindNull(4); // not an address
    else
        q.bind(4, type);
    return q.exec();
}

Status SqliteTicketRepository::deleteObservable(qint64 id, const Observable& observable)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("DELETE FROM ticket_observables WHERE ticket_id = ?1 AND value_id IN "
                                               "(SELECT id FROM observable_values WHERE type = ?2 AND value = ?3)"));
    return q.bind(1, id).bind(2, observableTypeKey(observable.type)).bind(3, observable.value).exec();
}

Result<SqliteTicketRepository::StoredValue> SqliteTicketRepository::observableValue(const QString& type,
                                                                                    const Observable& observable)
{
    Vault& vault = m_change.vault;
    // Mail imports add the same few hundred addresses again and again: the ids (never changed, never deleted)
    // are kept here, and dropped whenever this connection rolls back, which may undo rows they name.
    if (m_valueCacheEpoch != vault.rollbackCount() || m_valueCache.size() > kMaxCachedValues) {
        m_valueCache.clear();
        m_valueCacheEpoch = vault.rollbackCount();
    }
    const QString key = type + QLatin1Char('\n') + observable.value;
    if (const auto cached = m_valueCache.constFind(key); cached != m_valueCache.constEnd())
        return *cached;

    StoredValue value;
    if (isAddressType(observable.type)) {
        const auto range = IpRange::parse(observable.value);
        if (!range)
            return fail(ErrorCode::BadInput, tr("'%1' is not an IP address or network.").arg(observable.value),
                        QStringLiteral("observable"));
        value.low = range->low();
        value.high = range->high();
    }
    FB_TRY_ASSIGN(auto q, vault.query("SELECT id FROM observable_values WHERE type = ?1 AND value = ?2"));
    q.bind(1, type).bind(2, observable.value);
    FB_TRY_ASSIGN(auto row, q.next());
    if (row) {
        value.id = q.int64(0);
    } else {
        FB_TRY_ASSIGN(auto add, vault.query("INSERT INTO observable_values (type, value) VALUES (?1, ?2)"));
        FB_TRY(add.bind(1, type).bind(2, observable.value).exec());
        value.id = vault.lastInsertId();
    }
    m_valueCache.insert(key, value);
    return value;
}

// Comments are never changed or deleted, so their text index (external content, like message_fts) is only added to.
Result<qint64> SqliteTicketRepository::insertComment(qint64 id, const QString& body)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("INSERT INTO ticket_comments (ticket_id, author, created_at, body) "
                                               "VALUES (?1, ?2, ?3, ?4)"));
    FB_TRY(q.bind(1, id).bind(2, m_change.actor).bind(3, epochMs(m_change.clock.nowUtc())).bind(4, body).exec());
    const qint64 commentId = m_change.vault.lastInsertId();
    FB_TRY_ASSIGN(auto fts, m_change.vault.query("INSERT INTO comment_fts (docid, body) VALUES (?1, ?2)"));
    FB_TRY(fts.bind(1, commentId).bind(2, body).exec());
    return commentId;
}

Result<QList<TicketComment>> SqliteTicketRepository::comments(qint64 id)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT id, author, created_at, body FROM ticket_comments "
                                               "WHERE ticket_id = ?1 ORDER BY id"));
    QList<TicketComment> found;
    FB_TRY(q.bind(1, id).forEachRow([&](const Query& row) {
        found.append(TicketComment{row.int64(0), id, row.text(1), utcTimeOf(row, 2), row.text(3)});
    }));
    return found;
}

Result<SlaPolicy> SqliteTicketRepository::loadSlaPolicy()
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT severity, response_minutes, resolve_minutes FROM sla_policy"));
    SlaPolicy policy = SlaPolicy::defaults();
    FB_TRY(q.forEachRow([&](const Query& row) {
        policy.setTargets(int(row.int64(0)), SlaTargets{int(row.int64(1)), int(row.int64(2))});
    }));
    return policy;
}

Status SqliteTicketRepository::saveSlaPolicy(const SlaPolicy& policy)
{
    for (int severity = 1; severity <= 4; ++severity) {
        const SlaTargets targets = policy.targets(severity);
        FB_TRY_ASSIGN(auto q, m_change.vault.query(
                                  "INSERT OR REPLACE INTO sla_policy (severity, response_minutes, resolve_minutes) "
                                  "VALUES (?1, ?2, ?3)"));
        FB_TRY(q.bind(1, severity).bind(2, targets.responseMinutes).bind(3, targets.resolveMinutes).exec());
    }
    return {};
}

} // namespace fb

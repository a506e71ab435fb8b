// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteTicketRepository: evidence files of tickets, their content in chunks of evidence_chunks.
#include "core/tickets/sqlite/SqliteTicketRepository.h"

#include "core/tickets/TicketTime.h"
#include "core/vault/UtcTime.h"
#include "core/vault/Vault.h"

namespace fb {

namespace {

#define FB_EVIDENCE_COLUMNS                                                                                            \
    "id, ticket_id, name, size, sha256, media_type, description, added_at, added_by, removed_at, removed_by"

TicketEvidence evidenceOfRow(const Query& row)
{
    TicketEvidence evidence;
    evidence.id = row.int64(0);
    evidence.ticketId = row.int64(1);
    evidence.name = row.text(2);
    evidence.size = row.int64(3);
    evidence.sha256 = row.text(4);
    evidence.mediaType = row.text(5);
    evidence.description = row.text(6);
    evidence.addedAt = utcTimeOf(row, 7);
    evidence.addedBy = row.text(8);
    evidence.removedAt = utcTimeOf(row, 9);
    evidence.removedBy = row.text(10);
    return evidence;
}

} // namespace

Result<qint64> SqliteTicketRepository::insertEvidence(qint64 ticketId, const NewEvidence& evidence)
{
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("INSERT INTO ticket_evidence (ticket_id, name, size, sha256, media_type, "
                                       "description, added_at, added_by) "
                                       "VALUES (?1, ?2, 0, '', ?3, ?4, ?5, ?6)"));
    q.bind(1, ticketId).bind(2, evidence.name).bind(3, evidence.mediaType).bind(4, evidence.description);
    q.bind(5, epochMs(m_change.clock.nowUtc())).bind(6, m_change.actor);
    FB_TRY(q.exec());
    return m_change.vault.lastInsertId();
}

Status SqliteTicketRepository::insertEvidenceChunk(qint64 evidenceId, qint64 index, const QByteArray& data)
{
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("INSERT INTO evidence_chunks (evidence_id, seq, data) VALUES (?1, ?2, ?3)"));
    return q.bind(1, evidenceId).bind(2, index).bindBlob(3, data).exec();
}

Status SqliteTicketRepository::updateEvidenceDigest(qint64 evidenceId, qint64 size, const QString& sha256)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("UPDATE ticket_evidence SET size = ?2, sha256 = ?3 WHERE id = ?1"));
    return q.bind(1, evidenceId).bind(2, size).bind(3, sha256).exec();
}

Result<TicketEvidence> SqliteTicketRepository::evidence(qint64 evidenceId)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT " FB_EVIDENCE_COLUMNS " FROM ticket_evidence WHERE id = ?1"));
    q.bind(1, evidenceId);
    FB_TRY_ASSIGN(auto found, q.next());
    if (!found)
        return fail(ErrorCode::NotFound, tr("There is no evidence %1.").arg(evidenceId), QStringLiteral("evidence"));
    return evidenceOfRow(q);
}

Result<QList<TicketEvidence>> SqliteTicketRepository::evidenceOf(qint64 ticketId)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT " FB_EVIDENCE_COLUMNS
                                               " FROM ticket_evidence WHERE ticket_id = ?1 ORDER BY id"));
    QList<TicketEvidence> list;
    FB_TRY(q.bind(1, ticketId).forEachRow([&](const Query& row) { list.append(evidenceOfRow(row)); }));
    return list;
}

Result<std::optional<QByteArray>> SqliteTicketRepository::evidenceChunk(qint64 evidenceId, qint64 index)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT data FROM evidence_chunks WHERE evidence_id = ?1 AND seq = ?2"));
    q.bind(1, evidenceId).bind(2, index);
    FB_TRY_ASSIGN(auto found, q.next());
    if (!found)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.blob(0));
}

Status SqliteTicketRepository::removeEvidence(qint64 evidenceId)
{
    FB_TRY_ASSIGN(auto mark, m_change.vault.query("UPDATE ticket_evidence SET removed_at = ?2, removed_by = ?3 "
                                                  "WHERE id = ?1"));
    FB_TRY(mark.bind(1, evidenceId).bind(2, epochMs(m_change.clock.nowUtc())).bind(3, m_change.actor).exec());
    FB_TRY_ASSIGN(auto content, m_change.vault.query("DELETE FROM evidence_chunks WHERE evidence_id = ?1"));
    return content.bind(1, evidenceId).exec();
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/sqlite/SqliteTicketRepository.h"

#include "core/tickets/sqlite/TicketRows.h"

#include "core/tickets/TicketTime.h"
#include "core/vault/UtcTime.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultChangeScope.h"

namespace fb {

namespace {

// Single-row updates say UPDATE OR FAIL: for one row it fails exactly like the default ABORT (the constraints
// are checked before anything is written), but SQLite then needs no statement journal (see indexText).
const char* updateSql(TicketColumn column)
{
    switch (column) {
    case TicketColumn::Title:
        return "UPDATE OR FAIL tickets SET title = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::Description:
        return "UPDATE OR FAIL tickets SET description = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::Owner:
        return "UPDATE OR FAIL tickets SET owner = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::Tlp:
        return "UPDATE OR FAIL tickets SET tlp = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::RsitClass:
        return "UPDATE OR FAIL tickets SET rsit_class = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::RsitType:
        return "UPDATE OR FAIL tickets SET rsit_type = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::Severity:
        return "UPDATE OR FAIL tickets SET severity = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::Constituency:
        return "UPDATE OR FAIL tickets SET constituency = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::Reporter:
        return "UPDATE OR FAIL tickets SET reporter = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::HowReported:
        return "UPDATE OR FAIL tickets SET how_reported = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::ReporterType:
        return "UPDATE OR FAIL tickets SET reporter_type = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::Resolution:
        return "UPDATE OR FAIL tickets SET resolution = ?1, updated_at = ?2 WHERE id = ?3";
    case TicketColumn::LessonsLearned:
        return "UPDATE OR FAIL tickets SET lessons_learned = ?1, updated_at = ?2 WHERE id = ?3";
    }
    return nullptr;
}

} // namespace

SqliteTicketRepository::SqliteTicketRepository(const ChangeContext& change)
    : m_change(change)
    , m_history(change.vault)
{
}

Result<ChangeScopePtr> SqliteTicketRepository::beginChange()
{
    return VaultChangeScope::begin(m_change.vault);
}

Status SqliteTicketRepository::record(std::optional<qint64> ticketId, const QString& action, const QString& field,
                                      std::optional<QString> oldValue, std::optional<QString> newValue)
{
    HistoryEntry entry;
    entry.ticketId = ticketId;
    entry.at = m_change.clock.nowUtc();
    entry.actor = m_change.actor;
    entry.action = action;
    entry.field = field;
    entry.oldValue = std::move(oldValue);
    entry.newValue = std::move(newValue);
    return m_history.append(entry);
}

Result<Ticket> SqliteTicketRepository::get(qint64 id)
{
    Ticket ticket;
    {
        static const QByteArray select =
            QByteArray("SELECT ") + TicketRows::kColumns + QByteArray(" FROM tickets WHERE id = ?1");
        FB_TRY_ASSIGN(auto q, m_change.vault.query(select.constData()));
        q.bind(1, id);
        FB_TRY_ASSIGN(auto row, q.next());
        if (!row)
            return fail(ErrorCode::NotFound, tr("There is no ticket %1.").arg(ticketRef(id)), QStringLiteral("ticket"));
        ticket = TicketRows::ticketFrom(q);
    }
    FB_TRY_ASSIGN(auto tags, m_change.vault.query("SELECT tag FROM ticket_tags WHERE ticket_id = ?1 ORDER BY tag"));
    FB_TRY(tags.bind(1, id).forEachRow([&](const Query& row) { ticket.tags.append(row.text(0)); }));
    FB_TRY_ASSIGN(
        auto observables,
        m_change.vault.query("SELECT v.type, v.value FROM ticket_observables t "
                             "JOIN observable_values v ON v.id = t.value_id WHERE t.ticket_id = ?1 ORDER BY t.id"));
    FB_TRY(observables.bind(1, id).forEachRow([&](const Query& row) {
        if (const auto type = parseObservableType(row.text(0)))
            ticket.observables.append(Observable{*type, row.text(1)});
    }));
    return ticket;
}

Result<qint64> SqliteTicketRepository::insert(const NewTicket& ticket, const QString& state, const QDateTime& created,
                                              const QDateTime& responseDue, const QDateTime& resolveDue)
{
    FB_TRY_ASSIGN(
        auto insert,
        m_change.vault.query(
            "INSERT INTO tickets (kind, state, title, description, owner, tlp, rsit_class, rsit_type, severity, "
            "constituency, reporter, how_reported, reporter_type, created_at, updated_at, response_due, resolve_due, "
            "first_response_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15, ?16, "
            "?17)"));
    insert.bind(1, TicketEnums::key(ticket.kind)).bind(2, state).bind(3, ticket.title.trimmed());
    insert.bind(4, ticket.description).bind(5, ticket.owner.trimmed()).bind(6, Tlp::key(ticket.tlp));
    insert.bind(7, ticket.rsitClass).bind(8, ticket.rsitType).bind(9, ticket.severity);
    insert.bind(10, ticket.constituency).bind(11, ticket.reporter);
    insert.bind(12, TicketEnums::key(ticket.howReported)).bind(13, TicketEnums::key(ticket.reporterType));
    insert.bind(14, epochMs(created)).bind(15, epochMs(responseDue)).bind(16, epochMs(resolveDue));
    // The response clock runs for reports, which come from outside. An incident, investigation or
    // countermeasure is opened by the team itself: opening it is the response.
    insert.bind(17, ticket.kind == TicketKind::Report ? std::nullopt : std::optional<qint64>(epochMs(created)));
    FB_TRY(insert.exec());
    const qint64 id = m_change.vault.lastInsertId();
    FB_TRY(indexText(id, ticket.title.trimmed(), ticket.description));
    return id;
}

Status SqliteTicketRepository::updateText(qint64 id, TicketColumn column, const QString& value)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query(updateSql(column)));
    return q.bind(1, value).bind(2, epochMs(m_change.clock.nowUtc())).bind(3, id).exec();
}

Status SqliteTicketRepository::updateDue(qint64 id, bool response, const QDateTime& due)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query(
                              response ? "UPDATE OR FAIL tickets SET response_due = ?1, updated_at = ?2 WHERE id = ?3"
                                       : "UPDATE OR FAIL tickets SET resolve_due = ?1, updated_at = ?2 WHERE id = ?3"));
    return q.bind(1, epochMs(due)).bind(2, epochMs(m_change.clock.nowUtc())).bind(3, id).exec();
}

Status SqliteTicketRepository::updateDues(qint64 id, const QDateTime& responseDue, const QDateTime& resolveDue)
{
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("UPDATE OR FAIL tickets SET response_due = ?1, resolve_due = ?2 WHERE id = ?3"));
    return q.bind(1, epochMs(responseDue)).bind(2, epochMs(resolveDue)).bind(3, id).exec();
}

Status SqliteTicketRepository::updateState(qint64 id, const QString& state, bool closing)
{
    const QDateTime now = m_change.clock.nowUtc();
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("UPDATE OR FAIL tickets SET state = ?1, updated_at = ?2, closed_at = ?3, "
                                       "first_response_at = coalesce(first_response_at, ?2) WHERE id = ?4"));
    q.bind(1, state).bind(2, epochMs(now)).bind(3, closing ? std::optional<qint64>(epochMs(now)) : std::nullopt);
    return q.bind(4, id).exec();
}

Status SqliteTicketRepository::updateFirstResponse(qint64 id, const QDateTime& at)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("UPDATE OR FAIL tickets SET first_response_at = ?1 WHERE id = ?2"));
    return q.bind(1, at.isValid() ? std::optional<qint64>(epochMs(at)) : std::nullopt).bind(2, id).exec();
}

Status SqliteTicketRepository::markMerged(qint64 fromId, qint64 intoId, const QDateTime& at)
{
    FB_TRY_ASSIGN(auto mark,
                  m_change.vault.query("UPDATE tickets SET merged_into = ?1, updated_at = ?2 WHERE id = ?3"));
    return mark.bind(1, intoId).bind(2, epochMs(at)).bind(3, fromId).exec();
}

// The full-text index is kept here rather than by triggers: a statement that fires a trigger makes SQLite
// journal every page it touches for that statement, and SQLCipher encrypts each journalled page, which
// made batches of tickets more than twice as slow as on a plain file (docs/benchmarks.md). For the same
// reason single-row updates say UPDATE OR FAIL.
Status SqliteTicketRepository::indexText(qint64 id, const QString& title, const QString& description)
{
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("INSERT INTO ticket_fts (docid, title, description) VALUES (?1, ?2, ?3)"));
    return q.bind(1, id).bind(2, title).bind(3, description).exec();
}

Status SqliteTicketRepository::reindexText(qint64 id, const QString& title, const QString& description)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("UPDATE ticket_fts SET title = ?1, description = ?2 WHERE docid = ?3"));
    return q.bind(1, title).bind(2, description).bind(3, id).exec();
}

} // namespace fb

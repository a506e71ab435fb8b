// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/History.h"

#include "core/vault/Vault.h"

#include <QCryptographicHash>

namespace fb {

namespace {

const QByteArray kGenesis(32, '\0');

void appendField(QByteArray& out, const QByteArray& value)
{
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += ';';
}

void appendOptional(QByteArray& out, const std::optional<QString>& value)
{
    if (value)
        appendField(out, value->toUtf8());
    else
        out += "-;"; // distinct from the empty string "0:;"
}

Result<std::pair<qint64, QByteArray>> storedHead(Vault& vault)
{
    FB_TRY_ASSIGN(auto q,
                  vault.query("SELECT key, value FROM settings WHERE key IN ('history.head_id', 'history.head_hash')"));
    qint64 id = 0;
    QByteArray hash = kGenesis;
    while (true) {
        FB_TRY_ASSIGN(auto row, q.next());
        if (!row)
            break;
        if (q.text(0) == QLatin1String("history.head_id"))
            id = q.text(1).toLongLong();
        else
            hash = QByteArray::fromHex(q.text(1).toLatin1());
    }
    return std::pair{id, hash};
}

// Columns: id, ticket_id, at, actor, action, field, old_value, new_value (then whatever follows).
HistoryEntry entryFromRow(const Query& q)
{
    HistoryEntry e;
    e.id = q.int64(0);
    e.ticketId = q.optionalInt64(1);
    e.at = QDateTime::fromMSecsSinceEpoch(q.int64(2), Qt::UTC);
    e.actor = q.text(3);
    e.action = q.text(4);
    e.field = q.text(5);
    if (!q.isNull(6))
        e.oldValue = q.text(6);
    if (!q.isNull(7))
        e.newValue = q.text(7);
    return e;
}

// The rows of q, whose columns are entryFromRow()'s and then the hash.
Result<QList<HistoryEntry>> entriesWithHash(Query& q)
{
    QList<HistoryEntry> entries;
    FB_TRY(q.forEachRow([&](const Query& row) {
        HistoryEntry e = entryFromRow(row);
        e.hash = row.blob(8);
        entries.append(e);
    }));
    return entries;
}

} // namespace

History::History(Vault& vault)
    : m_vault(vault)
{
}

QByteArray History::canonical(const HistoryEntry& entry)
{
    QByteArray out("fb-history-1;");
    appendField(out, QByteArray::number(entry.id));
    appendField(out, entry.ticketId ? QByteArray::number(*entry.ticketId) : QByteArray());
    appendField(out, QByteArray::number(entry.at.toMSecsSinceEpoch()));
    appendField(out, entry.actor.toUtf8());
    appendField(out, entry.action.toUtf8());
    appendField(out, entry.field.toUtf8());
    appendOptional(out, entry.oldValue);
    appendOptional(out, entry.newValue);
    return out;
}

QByteArray History::chainHash(const QByteArray& previousHash, const HistoryEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(canonical(entry));
    return hash.result();
}

Status History::append(const HistoryEntry& entry)
{
    FB_TRY_ASSIGN(auto last, m_vault.query("SELECT id, hash FROM history ORDER BY id DESC LIMIT 1"));
    FB_TRY_ASSIGN(auto row, last.next());
    HistoryEntry stored = entry;
    QByteArray previousHash = kGenesis;
    stored.id = 1;
    if (row) {
        stored.id = last.int64(0) + 1;
        previousHash = last.blob(1);
    }
    stored.at = entry.at.toUTC();
    const QByteArray hash = chainHash(previousHash, stored);

    FB_TRY_ASSIGN(auto insert,
                  m_vault.query("INSERT INTO history (id, ticket_id, at, actor, action, field, old_value, new_value, "
                                "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    insert.bind(1, stored.id).bind(2, stored.ticketId).bind(3, stored.at.toMSecsSinceEpoch());
    insert.bind(4, stored.actor).bind(5, stored.action).bind(6, stored.field);
    stored.oldValue ? insert.bind(7, *stored.oldValue) : insert.bindNull(7);
    stored.newValue ? insert.bind(8, *stored.newValue) : insert.bindNull(8);
    insert.bindBlob(9, previousHash).bindBlob(10, hash);
    if (auto status = insert.exec(); !status)
        return status;

    // The head moves with every row: an UPDATE OR FAIL needs no statement journal (which SQLCipher would
    // encrypt page by page); only the very first row inserts the two settings.
    const QString headId = QString::number(stored.id);
    const QString headHash = QString::fromLatin1(hash.toHex());
    FB_TRY_ASSIGN(
        auto head,
        m_vault.query("UPDATE OR FAIL settings SET value = CASE key WHEN 'history.head_id' THEN ?1 ELSE ?2 END "
                      "WHERE key IN ('history.head_id', 'history.head_hash')"));
    if (auto status = head.bind(1, headId).bind(2, headHash).exec(); !status)
        return status;
    if (m_vault.changes() == 2)
        return {};
    FB_TRY_ASSIGN(auto first,
                  m_vault.query("INSERT OR REPLACE INTO settings (key, value) VALUES ('history.head_id', ?1), "
                                "('history.head_hash', ?2)"));
    return first.bind(1, headId).bind(2, headHash).exec();
}

Status History::appendChange(const QDateTime& at, const QString& actor, const QString& action, const QString& field,
                             std::optional<QString> oldValue, std::optional<QString> newValue)
{
    HistoryEntry entry;
    entry.at = at;
    entry.actor = actor;
    entry.action = action;
    entry.field = field;
    entry.oldValue = std::move(oldValue);
    entry.newValue = std::move(newValue);
    return append(entry);
}

Result<QList<HistoryEntry>> History::forTicket(qint64 ticketId)
{
    FB_TRY_ASSIGN(
        auto q, m_vault.query("SELECT id, ticket_id, at, actor, action, field, old_value, new_value, hash FROM history "
                              "WHERE ticket_id = ?1 ORDER BY id"));
    q.bind(1, ticketId);
    return entriesWithHash(q);
}

Result<QList<HistoryEntry>> History::forFieldPrefix(const QString& fieldPrefix)
{
    // substr() rather than LIKE: prefixes may hold '%' or '_'.
    FB_TRY_ASSIGN(
        auto q, m_vault.query("SELECT id, ticket_id, at, actor, action, field, old_value, new_value, hash FROM history "
                              "WHERE ticket_id IS NULL AND substr(field, 1, length(?1)) = ?1 ORDER BY id"));
    q.bind(1, fieldPrefix);
    return entriesWithHash(q);
}

Result<HistoryVerification> History::verify()
{
    HistoryVerification result;
    FB_TRY_ASSIGN(auto q,
                  m_vault.query("SELECT id, ticket_id, at, actor, action, field, old_value, new_value, prev_hash, hash "
                                "FROM history ORDER BY id"));
    QByteArray previousHash = kGenesis;
    qint64 expectedId = 1;
    auto broken = [&](qint64 id, QString problem) {
        result.intact = false;
        result.firstBrokenId = id;
        result.problem = std::move(problem);
    };
    while (result.intact) {
        FB_TRY_ASSIGN(auto row, q.next());
        if (!row)
            break;
        const HistoryEntry e = entryFromRow(q);
        const QByteArray storedPrev = q.blob(8);
        const QByteArray storedHash = q.blob(9);
        ++result.rowsChecked;

        if (e.id != expectedId) {
            broken(e.id, tr("History row %1 follows row %2: rows %3 to %4 are missing.")
                             .arg(e.id)
                             .arg(expectedId - 1)
                             .arg(expectedId)
                             .arg(e.id - 1));
        } else if (storedPrev != previousHash) {
            broken(e.id, tr("History row %1 does not follow the row before it (a row was removed, reordered or "
                            "replaced).")
                             .arg(e.id));
        } else if (storedHash != chainHash(previousHash, e)) {
            broken(e.id, tr("History row %1 was changed after it was written.").arg(e.id));
        }
        previousHash = storedHash;
        ++expectedId;
    }
    if (!result.intact)
        return result;

    FB_TRY_ASSIGN(auto head, storedHead(m_vault));
    const qint64 lastId = expectedId - 1;
    if (head.first != lastId || head.second != previousHash) {
        result.intact = false;
        result.firstBrokenId = lastId + 1;
        result.problem = head.first > lastId
                             ? tr("History rows %1 to %2 were removed.").arg(lastId + 1).arg(head.first)
                             : tr("The history's recorded head does not match its last row %1.").arg(lastId);
    }
    return result;
}

} // namespace fb

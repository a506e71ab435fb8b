// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryEditLog.h"

#include "core/directory/DirectoryRows.h"
#include "core/vault/Query.h"
#include "core/vault/Vault.h"

namespace fb {

DirectoryEditLog::DirectoryEditLog(const ChangeContext& change, QString entity, QString nameField)
    : m_change(change)
    , m_entity(std::move(entity))
    , m_nameField(std::move(nameField))
    , m_history(change.vault)
{
}

QString DirectoryEditLog::fieldPath(qint64 id, const QString& field) const
{
    return QStringLiteral("%1/%2/").arg(m_entity).arg(id) + field;
}

Status DirectoryEditLog::record(const QString& verb, qint64 id, const QString& field, std::optional<QString> oldValue,
                                std::optional<QString> newValue)
{
    return m_history.appendChange(m_change.clock.nowUtc(), m_change.actor,
                                  QStringLiteral("directory.%1.%2").arg(m_entity, verb), fieldPath(id, field),
                                  std::move(oldValue), std::move(newValue));
}

Status DirectoryEditLog::recordEdit(qint64 id, const QString& field, EditOrigin origin)
{
    // UPDATE, then INSERT when there was no row: unlike INSERT OR REPLACE, neither needs a statement journal,
    // which SQLCipher would encrypt page by page for each of the twenty-odd fields of every imported team.
    const qint64 at = m_change.clock.nowUtc().toMSecsSinceEpoch();
    const int byUser = origin == EditOrigin::User ? 1 : 0;
    FB_TRY_ASSIGN(auto update, m_change.vault.query("UPDATE OR FAIL dir_field_edits SET edited_at = ?4, by_user = ?5 "
                                                    "WHERE entity = ?1 AND entity_id = ?2 AND field = ?3"));
    if (auto status = update.bind(1, m_entity).bind(2, id).bind(3, field).bind(4, at).bind(5, byUser).exec(); !status)
        return status;
    if (m_change.vault.changes() > 0)
        return {};
    FB_TRY_ASSIGN(auto insert, m_change.vault.query(
                                   "INSERT OR FAIL INTO dir_field_edits (entity, entity_id, field, edited_at, by_user) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)"));
    return insert.bind(1, m_entity).bind(2, id).bind(3, field).bind(4, at).bind(5, byUser).exec();
}

Status DirectoryEditLog::created(qint64 id, const QString& name, const FieldTexts& fields, EditOrigin origin)
{
    if (auto status = record(QStringLiteral("create"), id, m_nameField, std::nullopt, name); !status)
        return status;
    for (const auto& [field, value] : fields)
        if (!value.isEmpty())
            if (auto status = recordEdit(id, field, origin); !status)
                return status;
    return {};
}

Status DirectoryEditLog::changed(qint64 id, const FieldTexts& before, const FieldTexts& after, EditOrigin origin)
{
    for (qsizetype i = 0; i < after.size() && i < before.size(); ++i) {
        const auto& [field, newValue] = after[i];
        const QString& oldValue = before[i].second;
        if (oldValue == newValue)
            continue;
        if (auto status = record(QStringLiteral("update"), id, field, oldValue, newValue); !status)
            return status;
        if (auto status = recordEdit(id, field, origin); !status)
            return status;
    }
    return {};
}

Status DirectoryEditLog::removed(qint64 id, const QString& name)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("DELETE FROM dir_field_edits WHERE entity = ?1 AND entity_id = ?2"));
    if (auto status = q.bind(1, m_entity).bind(2, id).exec(); !status)
        return status;
    return record(QStringLiteral("delete"), id, m_nameField, name, std::nullopt);
}

Result<QHash<QString, FieldEdit>> DirectoryEditLog::fieldEdits(qint64 id)
{
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query(
                      "SELECT field, edited_at, by_user FROM dir_field_edits WHERE entity = ?1 AND entity_id = ?2"));
    QHash<QString, FieldEdit> edits;
    FB_TRY(q.bind(1, m_entity).bind(2, id).forEachRow([&](const Query& row) {
        edits.insert(row.text(0), FieldEdit{DirectoryRows::fromMs(row.int64(1)), row.int64(2) != 0});
    }));
    return edits;
}

Result<QList<HistoryEntry>> DirectoryEditLog::history(qint64 id)
{
    return m_history.forFieldPrefix(fieldPath(id, QString()));
}

} // namespace fb

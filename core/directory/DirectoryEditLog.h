// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryEditLog: what the directory's stores write beside each change, in one place: the history rows
// ("directory.<entity>.create|update|delete|...", field "<entity>/<id>/<field>") and, for teams and people, the
// per-field edit times that imports consult before overwriting anything. Call it inside the store's transaction.
// A second backend keeps the same two records (history chain, field edit times) in its own tables.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/history/History.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace fb {

class Vault;

// Who made a change: a person (CLI, GUI) or an import. Imports never overwrite a field a person changed after
// the imported record was last modified.
enum class EditOrigin { User, Import };

struct FieldEdit
{
    QDateTime at;
    bool byUser = false;
};

// An entry's fields in canonical text, in a fixed order: (field, text).
using FieldTexts = QList<std::pair<QString, QString>>;

class DirectoryEditLog
{
public:
    // `entity` is "team" or "person"; `nameField` the field the create and delete rows carry.
    DirectoryEditLog(const ChangeContext& change, QString entity, QString nameField);

    // A new entry: one create row with its name, an edit time for every field that has a value.
    Status created(qint64 id, const QString& name, const FieldTexts& fields, EditOrigin origin);
    // One update row and edit time per field whose text differs (`before` and `after` list the same fields).
    Status changed(qint64 id, const FieldTexts& before, const FieldTexts& after, EditOrigin origin);
    // A removed entry: its edit times go, one delete row with its former name.
    Status removed(qint64 id, const QString& name);

    // Any other history row of an entry: "directory.<entity>.<verb>", field "<entity>/<id>/<field>".
    Status record(const QString& verb, qint64 id, const QString& field, std::optional<QString> oldValue,
                  std::optional<QString> newValue);

    // When each field of an entry was last changed.
    Result<QHash<QString, FieldEdit>> fieldEdits(qint64 id);
    // The entry's history rows, oldest first.
    Result<QList<HistoryEntry>> history(qint64 id);

private:
    QString fieldPath(qint64 id, const QString& field) const;
    Status recordEdit(qint64 id, const QString& field, EditOrigin origin);

    ChangeContext m_change;
    QString m_entity;
    QString m_nameField;
    History m_history;
};

} // namespace fb

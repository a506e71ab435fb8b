// SPDX-License-Identifier: GPL-3.0-or-later
// Query: one use of a cached prepared statement of a Vault; binds, steps and reads columns.
#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3_stmt;

namespace fb {

class Vault;

class Query
{
public:
    Query(Vault& vault, sqlite3_stmt* statement);
    ~Query();
    Query(Query&& other) noexcept;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query& operator=(Query&&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    Query& bind(int index, qint64 value);
    Query& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Query& bind(int index, const QString& text);
    Query& bind(int index, const char* latin1) = delete; // say QStringLiteral or QByteArray
    Query& bindBlob(int index, const QByteArray& blob);
    Query& bind(int index, std::optional<qint64> value);
    Query& bindNull(int index);

    // Next row: true when a row is there, false when done.
    Result<bool> next();
    // Runs a statement that returns no rows (or ignores them).
    Status exec();
    // Calls `row` for each result row, in order.
    Status forEachRow(const std::function<void(const Query&)>& row);

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    bool isNull(int column) const;

private:
    Vault* m_vault;
    sqlite3_stmt* m_statement;
    Status m_bindStatus;
};

} // namespace fb

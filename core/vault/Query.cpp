// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Query.h"

#include "core/vault/Vault.h"

#include <sqlite3.h>

#include <limits>
#include <utility>

namespace fb {

Query::Query(Vault& vault, sqlite3_stmt* statement)
    : m_vault(&vault)
    , m_statement(statement)
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

Query::Query(Query&& other) noexcept
    : m_vault(other.m_vault)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_bindStatus(std::move(other.m_bindStatus))
{
}

Query::~Query()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

namespace {
Status bindResult(Vault& vault, int rc)
{
    if (rc == SQLITE_OK)
        return {};
    return fail(vault.sqlError(rc, Vault::tr("binding a query parameter")));
}

// SQLite takes lengths as int: a longer value is refused as too big rather than cut or wrapped.
int boundLength(qsizetype size)
{
    return size > std::numeric_limits<int>::max() ? -2 : static_cast<int>(size);
}
} // namespace

Query& Query::bind(int index, qint64 value)
{
    if (m_bindStatus)
        m_bindStatus = bindResult(*m_vault, sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Query& Query::bind(int index, const QString& text)
{
    if (m_bindStatus) {
        const QByteArray utf8 = text.toUtf8();
        const int length = boundLength(utf8.size());
        m_bindStatus = bindResult(
            *m_vault, length < -1 ? SQLITE_TOOBIG
                                  : sqlite3_bind_text(m_statement, index, utf8.constData(), length, SQLITE_TRANSIENT));
    }
    return *this;
}

Query& Query::bindBlob(int index, const QByteArray& blob)
{
    if (m_bindStatus) {
        const int length = boundLength(blob.size());
        m_bindStatus = bindResult(
            *m_vault, blob.isNull() ? sqlite3_bind_null(m_statement, index)
                      : length < 0  ? SQLITE_TOOBIG
                                   : sqlite3_bind_blob(m_statement, index, blob.constData(), length, SQLITE_TRANSIENT));
    }
    return *this;
}

Query& Query::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Query& Query::bindNull(int index)
{
    if (m_bindStatus)
        m_bindStatus = bindResult(*m_vault, sqlite3_bind_null(m_statement, index));
    return *this;
}

Result<bool> Query::next()
{
    if (!m_bindStatus)
        return fail(m_bindStatus.error());
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_vault->sqlError(rc, Vault::tr("running a query"));
    sqlite3_reset(m_statement);
    return fail(std::move(error));
}

Status Query::exec()
{
    while (true) {
        FB_TRY_ASSIGN(auto row, next());
        if (!row)
            return {};
    }
}

Status Query::forEachRow(const std::function<void(const Query&)>& row)
{
    while (true) {
        FB_TRY_ASSIGN(auto next, this->next());
        if (!next)
            return {};
        row(*this);
    }
}

qint64 Query::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Query::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Query::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(data, size) : QByteArray();
}

std::optional<qint64> Query::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// Vault: integrity checks, and what a damaged workspace can still read.
#include "core/vault/Vault.h"

#include "core/vault/WorkspaceFile.h"

#include <QRegularExpression>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

namespace fb {

Result<QStringList> Vault::integrityCheck()
{
    FB_TRY_ASSIGN(auto check, query("PRAGMA integrity_check"));
    QStringList problems;
    while (true) {
        FB_TRY_ASSIGN(auto row, check.next());
        if (!row)
            break;
        // One row can hold several problems, a line each, under a "*** in database main ***" heading.
        for (const QString& line : check.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                problems.append(line.trimmed());
        }
    }
    return problems;
}

Error Vault::damageReport(const QStringList& problems) const
{
    static const QRegularExpression pageProblem(QStringLiteral("^Page (\\d+): (.*)$"));
    const QString first = problems.value(0);
    const auto match = pageProblem.match(first);
    const QString where = WorkspaceFile::displayPath(m_path);
    if (match.hasMatch())
        return {ErrorCode::Damaged,
                tr("The workspace %1 is damaged at page %2 (%3). Restore it from a backup; verify lists the tables "
                   "that can still be read.")
                    .arg(where, match.captured(1), match.captured(2)),
                where};
    return {ErrorCode::Damaged,
            tr("The workspace %1 is damaged (%2). Restore it from a backup; verify lists the tables that can still be "
               "read.")
                .arg(where, first),
            where};
}

Result<QList<Vault::TableHealth>> Vault::tableHealth() const
{
    // Each table is read on a fresh connection: after a rejected page SQLite's pager stays in an error state.
    FB_TRY_ASSIGN(auto schema, openConnection());
    QStringList tables;
    {
        FB_TRY_ASSIGN(
            auto q,
            (schema)->query("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY rowid"));
        while (true) {
            FB_TRY_ASSIGN(auto row, q.next());
            if (!row)
                break;
            tables.append(q.text(0));
        }
    }
    schema.reset();

    QList<TableHealth> health;
    for (const QString& table : std::as_const(tables)) {
        TableHealth entry{table, 0, true, {}};
        auto connection = openConnection();
        if (!connection) {
            entry.readable = false;
            entry.problem = connection.error().message;
            health.append(entry);
            continue;
        }
        sqlite3* db = (*connection)->m_db;
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8().replace('"', "\"\"") + '"';
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            rc = sqlite3_step(statement);
            if (rc != SQLITE_ROW)
                break;
            ++entry.rowsRead;
            // Asking for each value's length reads it whole, overflow pages included.
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                (void)sqlite3_column_bytes(statement, column);
        }
        if (rc != SQLITE_DONE) {
            entry.readable = false;
            entry.problem = (*connection)->sqlError(rc, tr("reading %1").arg(table)).message;
        }
        sqlite3_finalize(statement);
        health.append(entry);
    }
    return health;
}

} // namespace fb

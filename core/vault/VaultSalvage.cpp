// SPDX-License-Identifier: GPL-3.0-or-later
// Vault: copying what can still be read of a damaged workspace into a new one.
#include "core/vault/Vault.h"

#include "core/vault/Transaction.h"
#include "core/vault/WorkspaceFile.h"

#include <QStringList>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <limits>
#include <memory>

namespace fb {

namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Statement prepare(sqlite3* db, const QByteArray& sql)
{
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    return Statement(statement);
}

QByteArray quoted(const QString& name)
{
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

// The tables a salvage copies, from the new workspace's own schema: every ordinary table except SQLite's own and the
// index tables of full-text (FTS4) tables, which are rebuilt from their content afterwards.
struct Schema
{
    QStringList tables;
    QStringList fullText;
};

Result<Schema> schemaOf(Vault& vault)
{
    Schema schema;
    QStringList all;
    FB_TRY_ASSIGN(auto q, vault.query("SELECT name, type, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
    while (true) {
        FB_TRY_ASSIGN(auto row, q.next());
        if (!row)
            break;
        const QString name = q.text(0);
        if (q.text(2).startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            schema.fullText.append(name);
        else if (!name.startsWith(QLatin1String("sqlite_")))
            all.append(name);
    }
    for (const QString& table : std::as_const(all)) {
        bool indexPart = false;
        for (const QString& fts : std::as_const(schema.fullText)) {
            for (const char* suffix : {"_segments", "_segdir", "_docsize", "_stat"})
                indexPart = indexPart || table == fts + QLatin1String(suffix);
        }
        if (!indexPart)
            schema.tables.append(table);
    }
    return schema;
}

QStringList columnsOf(Vault& vault, const QString& table)
{
    QStringList columns;
    auto q = vault.query(QByteArray("PRAGMA table_info(" + quoted(table) + ")").constData());
    if (!q)
        return columns;
    while (true) {
        auto row = q->next();
        if (!row || !*row)
            break;
        columns.append(q->text(1));
    }
    return columns;
}

} // namespace

Result<Vault::SalvageReport> Vault::salvageInto(const QString& targetPath, const SecretBytes& passphrase) const
{
    if (!m_db)
        return fail(ErrorCode::Internal, tr("The workspace %1 is closed.").arg(WorkspaceFile::displayPath(m_path)));
    FB_TRY_ASSIGN(auto created, Vault::create(targetPath, passphrase));
    Vault& target = *created;
    // Rows whose parents were lost are kept too: foreign keys are checked afterwards and counted, not enforced.
    auto abandon = [&](const Error& error) -> Result<SalvageReport> {
        target.close();
        WorkspaceFile::removeAll(targetPath);
        return fail(error);
    };
    if (auto status = target.execScript("PRAGMA foreign_keys = OFF;"); !status)
        return abandon(status.error());
    auto schema = schemaOf(target);
    if (!schema)
        return abandon(schema.error());

    SalvageReport report;
    Transaction transaction(target);
    if (!transaction.status())
        return abandon(transaction.status().error());
    for (const QString& table : std::as_const(schema->tables)) {
        const QStringList columns = columnsOf(target, table);
        QByteArray columnList;
        QByteArray placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            columnList += (i ? "," : "") + quoted(columns[i]);
            placeholders += (i ? ",?" : "?");
        }
        // A WITHOUT ROWID table (a link table) is read in one pass, up to its first unreadable page.
        const bool hasRowid = bool(prepare(target.m_db, "SELECT rowid FROM " + quoted(table) + " LIMIT 0"));
        const QByteArray select = hasRowid ? QByteArray("SELECT rowid," + columnList + " FROM " + quoted(table) +
                                                        " WHERE rowid > ?1 ORDER BY rowid")
                                           : QByteArray("SELECT 0," + columnList + " FROM " + quoted(table));
        const QByteArray probe = "SELECT rowid FROM " + quoted(table) + " WHERE rowid > ?1 ORDER BY rowid LIMIT 1";
        Statement insert = prepare(target.m_db, "INSERT OR REPLACE INTO " + quoted(table) + "(" + columnList +
                                                    ") VALUES (" + placeholders + ")");
        if (!insert)
            return abandon(target.sqlError(sqlite3_errcode(target.m_db), tr("preparing the copy of %1").arg(table)));

        SalvageReport::Table result{table, 0, 0};
        qint64 after = std::numeric_limits<qint64>::min();
        bool done = false;
        while (!done) {
            // A fresh connection for each pass: after a rejected page SQLite's pager stays in an error state.
            auto source = openConnection();
            if (!source)
                return abandon(source.error());
            Statement scan = prepare((*source)->m_db, select);
            if (!scan)
                return abandon((*source)->sqlError(sqlite3_errcode((*source)->m_db), tr("reading %1").arg(table)));
            if (hasRowid)
                sqlite3_bind_int64(scan.get(), 1, after);
            int rc = SQLITE_ROW;
            while ((rc = sqlite3_step(scan.get())) == SQLITE_ROW) {
                for (int column = 1; column < sqlite3_column_count(scan.get()); ++column)
                    sqlite3_bind_value(insert.get(), column, sqlite3_column_value(scan.get(), column));
                const int written = sqlite3_step(insert.get());
                sqlite3_reset(insert.get());
                if (written != SQLITE_DONE)
                    return abandon(target.sqlError(written, tr("copying %1").arg(table)));
                after = sqlite3_column_int64(scan.get(), 0);
                ++result.rowsCopied;
            }
            if (rc == SQLITE_DONE)
                break;
            // Unreadable pages: find the next row that can be reached past them, doubling the step.
            ++result.gaps;
            if (!hasRowid)
                break;
            const qint64 base = std::max<qint64>(after, 0);
            done = true;
            for (qint64 step = 1; step > 0 && step < (qint64(1) << 62); step *= 2) {
                auto prober = openConnection();
                if (!prober)
                    return abandon(prober.error());
                Statement next = prepare((*prober)->m_db, probe);
                if (!next)
                    break;
                sqlite3_bind_int64(next.get(), 1, base + step);
                const int found = sqlite3_step(next.get());
                if (found == SQLITE_ROW) {
                    after = sqlite3_column_int64(next.get(), 0) - 1;
                    done = false;
                    break;
                }
                if (found == SQLITE_DONE)
                    break; // nothing readable beyond: the rest of the table is lost
            }
        }
        report.tables.append(result);
    }
    for (const QString& fts : std::as_const(schema->fullText)) {
        if (auto status = target.execScript("INSERT INTO " + quoted(fts) + "(" + quoted(fts) + ") VALUES ('rebuild');");
            !status)
            return abandon(status.error());
    }
    if (auto status = transaction.commit(); !status)
        return abandon(status.error());
    // SQLite 3.15 has no pragma table functions: count the rows PRAGMA foreign_key_check returns.
    if (auto check = target.query("PRAGMA foreign_key_check")) {
        while (true) {
            auto row = check->next();
            if (!row || !*row)
                break;
            ++report.orphanRows;
        }
    }
    if (auto status = target.execScript("PRAGMA foreign_keys = ON;"); !status)
        return abandon(status.error());
    report.target = targetPath;
    return report;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// For migration tests: takes the changes of the formats after `format` out of a workspace the current code made, so
// that a test can turn it into an older format and open it again (which migrates it). Each migration that adds to
// the schema adds its undoing here. Header-only: test executables build their *Test.cpp files.
#pragma once

#include "core/vault/Vault.h"

#include <QRegularExpression>
#include <QStringList>

#include <catch2/catch.hpp>

namespace fb::test {

// Takes columns that ALTER TABLE ADD COLUMN appended to a table out again (SQLite 3.15 has no DROP COLUMN): the
// table is rebuilt from its stored CREATE statement without them, rows, ids and indexes kept.
inline void dropAddedColumns(Vault& vault, const QString& table, const QStringList& added)
{
    QString sql;
    {
        auto create = vault.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1");
        REQUIRE(create);
        create->bind(1, table);
        REQUIRE(*create->next());
        sql = create->text(0);
    } // no statement may stay open on the table that is dropped
    qsizetype cut = sql.size();
    for (const QString& column : added) {
        const auto match =
            QRegularExpression(QStringLiteral(",\\s*\"?%1\"?\\s").arg(QRegularExpression::escape(column))).match(sql);
        REQUIRE(match.hasMatch());
        cut = std::min(cut, match.capturedStart());
    }
    sql = sql.left(cut) + QLatin1Char(')');
    QStringList indexes;
    {
        auto indexQuery = vault.query("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND "
                                      "sql IS NOT NULL");
        REQUIRE(indexQuery);
        indexQuery->bind(1, table);
        while (*indexQuery->next())
            indexes.append(indexQuery->text(0));
    }
    QStringList keep;
    {
        auto info = vault.query(QByteArray("PRAGMA table_info(" + table.toUtf8() + ")").constData());
        REQUIRE(info);
        while (*info->next()) {
            if (!added.contains(info->text(1)))
                keep.append(info->text(1));
        }
    }
    const QString columns = keep.join(QLatin1Char(','));
    QString script = QStringLiteral("PRAGMA foreign_keys = OFF;"
                                    "CREATE TABLE fb_downgrade AS SELECT %1 FROM %2 ORDER BY rowid;"
                                    "DROP TABLE %2;"
                                    "%3;"
                                    "INSERT INTO %2 (%1) SELECT %1 FROM fb_downgrade;"
                                    "DROP TABLE fb_downgrade;")
                         .arg(columns, table, sql);
    for (const QString& index : std::as_const(indexes))
        script += index + QLatin1Char(';');
    script += QStringLiteral("PRAGMA foreign_keys = ON;");
    const Status rebuilt = vault.execScript(script.toUtf8());
    INFO(script.toStdString() << "\n" << (rebuilt ? QString() : rebuilt.error().message).toStdString());
    REQUIRE(rebuilt);
}

// Leaves the workspace as format `format` had it, as far as the formats after it changed the schema.
inline void undoFormatsAfter(Vault& vault, int format)
{
    if (format < 18)
        REQUIRE(vault.execScript("DROP INDEX tickets_kind_created; DROP INDEX tickets_kind_closed;"));
    if (format < 16)
        REQUIRE(vault.execScript("DROP TABLE exchange_imports; DROP TABLE ticket_uuids;"));
    if (format < 15)
        REQUIRE(vault.execScript("DROP TABLE evidence_chunks; DROP TABLE ticket_evidence;"));
    if (format < 14)
        REQUIRE(vault.execScript("DROP TABLE ticket_timeline;"));
    if (format < 13)
        REQUIRE(vault.execScript("DROP TABLE task_note_fts; DROP TABLE task_fts; DROP TABLE task_notes; "
                                 "DROP TABLE ticket_tasks; DROP TABLE playbook_tasks; DROP TABLE playbooks;"));
    if (format < 12)
        REQUIRE(vault.execScript("DROP TABLE comment_fts; DROP TABLE ticket_comments;"));
    if (format < 11) {
        dropAddedColumns(vault, QStringLiteral("dir_people"),
                         {QStringLiteral("organisation"), QStringLiteral("key_uri")});
        dropAddedColumns(
            vault, QStringLiteral("dir_teams"),
            {QStringLiteral("key_uris"), QStringLiteral("source_updated_at"), QStringLiteral("source_keys")});
    }
    if (format < 10) {
        REQUIRE(vault.execScript("DROP INDEX dir_constituency_ip; DROP INDEX dir_constituency_asn; "
                                 "DROP INDEX dir_teams_country;"));
        dropAddedColumns(vault, QStringLiteral("dir_constituency"), {QStringLiteral("ip_key")});
    }
    REQUIRE(vault.execScript(QByteArray("PRAGMA user_version = ") + QByteArray::number(format)));
}

} // namespace fb::test

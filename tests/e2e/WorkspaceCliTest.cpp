// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: firebreak-cli init, passwd, verify, demo, passphrase sources and exit codes around the workspace.
#include "core/crypto/SecretBytes.h"
#include "core/vault/Vault.h"
#include "tests/e2e/CliRunner.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

TEST_CASE("init creates a workspace and never overwrites one")
{
    TempDir dir;
    CliRunner cli(dir);
    const QByteArray out = cli.ok(args({"init"}));
    CHECK(out.contains("Created workspace"));
    REQUIRE(QFile::exists(cli.workspace()));
    const QByteArray before = readAll(cli.workspace());

    const CliResult again = cli.run(args({"init"}));
    CHECK(again.exitCode == 4);
    CHECK(again.err.contains("already exists"));
    CHECK(readAll(cli.workspace()) == before);
}

TEST_CASE("a wrong passphrase exits 3 and leaves the file byte-identical")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    cli.create(args({"--kind", "incident", "--title", "Something"}));
    const QByteArray before = readAll(cli.workspace());
    REQUIRE_FALSE(before.isEmpty());

    cli.setEnv(QStringLiteral("FIREBREAK_PASSPHRASE"), QStringLiteral("not the passphrase"));
    const CliResult result = cli.run(args({"ticket", "list"}));
    CHECK(result.exitCode == 3);
    CHECK(result.out.isEmpty());
    CHECK_FALSE(result.err.contains("not the passphrase"));
    CHECK(readAll(cli.workspace()) == before);

    const CliResult change = cli.run(args({"ticket", "set", "1", "title", "Changed"}));
    CHECK(change.exitCode == 3);
    CHECK(readAll(cli.workspace()) == before);
}

TEST_CASE("no passphrase and no terminal fails with a usage error at once")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    cli.unsetEnv(QStringLiteral("FIREBREAK_PASSPHRASE"));
    const CliResult result = cli.run(args({"ticket", "list"}));
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("FIREBREAK_PASSPHRASE"));
    CHECK(result.elapsedMs < 20000);

    // An empty variable counts as not set.
    cli.setEnv(QStringLiteral("FIREBREAK_PASSPHRASE"), QString());
    CHECK(cli.run(args({"ticket", "list"})).exitCode == 1);

    TempDir other;
    CliRunner fresh(other);
    fresh.unsetEnv(QStringLiteral("FIREBREAK_PASSPHRASE"));
    CHECK(fresh.run(args({"init"})).exitCode == 1);
    CHECK_FALSE(QFile::exists(fresh.workspace()));
}

TEST_CASE("the passphrase comes from --passphrase-file before the environment")
{
    TempDir dir;
    CliRunner cli(dir);
    const QString file = dir.file(QStringLiteral("passphrase.txt"));
    writeAll(file, kE2ePassphrase.toUtf8() + "\n");
    cli.setEnv(QStringLiteral("FIREBREAK_PASSPHRASE"), QStringLiteral("ignored when a file is given"));
    cli.ok({QStringLiteral("--passphrase-file"), file, QStringLiteral("init")});
    // The global option also works after the command.
    cli.ok({QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--passphrase-file"), file});
    CHECK(cli.run(args({"ticket", "list"})).exitCode == 3);

    cli.setEnv(QStringLiteral("FIREBREAK_PASSPHRASE"), kE2ePassphrase);
    cli.ok(args({"ticket", "list"}));

    const CliResult missing = cli.run({QStringLiteral("ticket"), QStringLiteral("list"),
                                       QStringLiteral("--passphrase-file"), dir.file(QStringLiteral("nope.txt"))});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("no workspace given is a usage error and a missing file is not found")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.unsetEnv(QStringLiteral("FIREBREAK_WORKSPACE"));
    const CliResult none = cli.run(args({"ticket", "list"}));
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains("--workspace"));

    const CliResult missing = cli.run({QStringLiteral("--workspace"), dir.file(QStringLiteral("missing.firebreak")),
                                       QStringLiteral("ticket"), QStringLiteral("list")});
    CHECK(missing.exitCode == 4);

    const QString notAWorkspace = dir.file(QStringLiteral("notes.txt"));
    writeAll(notAWorkspace, QByteArray(1000, 'x')); // not whole cipher pages

    const CliResult garbage =
        cli.run({QStringLiteral("-w"), notAWorkspace, QStringLiteral("ticket"), QStringLiteral("list")});
    CHECK(garbage.exitCode == 2);
    CHECK(garbage.err.contains("not a Firebreak workspace"));
    // Whole pages of noise cannot be told from a workspace under another passphrase.
    writeAll(notAWorkspace, QByteArray(8192, 'x'));
    CHECK(cli.run({QStringLiteral("-w"), notAWorkspace, QStringLiteral("ticket"), QStringLiteral("list")}).exitCode ==
          3);
}

TEST_CASE("passwd re-keys the workspace")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 id = cli.create(args({"--kind", "report", "--title", "Kept across passwd"}));
    const QString newPassphrase = QStringLiteral("second-Passphrase-e2e-44b1");
    cli.setEnv(QStringLiteral("FIREBREAK_NEW_PASSPHRASE"), newPassphrase);
    const CliResult changed = cli.run(args({"passwd"}));
    REQUIRE(changed.exitCode == 0);
    CHECK_FALSE(changed.out.contains(newPassphrase.toUtf8()));
    CHECK_FALSE(changed.err.contains(newPassphrase.toUtf8()));
    cli.unsetEnv(QStringLiteral("FIREBREAK_NEW_PASSPHRASE"));

    CHECK(cli.run(args({"ticket", "list"})).exitCode == 3);
    cli.setEnv(QStringLiteral("FIREBREAK_PASSPHRASE"), newPassphrase);
    const CliResult show =
        cli.run({QStringLiteral("ticket"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.object().value(QStringLiteral("title")).toString() == QStringLiteral("Kept across passwd"));
}

TEST_CASE("demo creates at least thirty tickets of all four kinds")
{
    TempDir dir;
    CliRunner cli(dir);
    const CliResult demo = cli.run(args({"demo", "--json"}));
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.object().value(QStringLiteral("created")).toBool());
    CHECK(demo.object().value(QStringLiteral("tickets")).toInt() >= 30);

    const QJsonArray tickets =
        QJsonDocument::fromJson(cli.ok(args({"ticket", "list", "--merged", "--limit", "1000", "--json"}))).array();
    CHECK(tickets.size() >= 30);
    QMap<QString, int> kinds;
    QMap<QString, int> countermeasureStates;
    int merged = 0;
    int breached = 0;
    for (const QJsonValue& value : tickets) {
        const QJsonObject ticket = value.toObject();
        ++kinds[ticket.value(QStringLiteral("kind")).toString()];
        if (ticket.value(QStringLiteral("kind")).toString() == QLatin1String("countermeasure"))
            ++countermeasureStates[ticket.value(QStringLiteral("state")).toString()];
        merged += ticket.value(QStringLiteral("mergedInto")).isDouble() ? 1 : 0;
        breached += ticket.value(QStringLiteral("sla")).toString() == QLatin1String("breached") ? 1 : 0;
    }
    CHECK(kinds.keys() == QStringList{QStringLiteral("countermeasure"), QStringLiteral("incident"),
                                      QStringLiteral("investigation"), QStringLiteral("report")});
    CHECK(countermeasureStates.size() == 4);
    CHECK(merged >= 1);
    CHECK(breached >= 1);

    // The demo directory answers for the demo's addresses.
    const QJsonArray answers =
        QJsonDocument::fromJson(cli.ok(args({"directory", "lookup", "--json", "2001:db8::/32"}))).array();
    REQUIRE(answers.size() == 1);
    CHECK(
        answers[0].toObject().value(QStringLiteral("matches")).toArray()[0].toObject().value(QStringLiteral("team")) ==
        QStringLiteral("CERT-XX"));

    // A second run only shows the existing demo.
    const CliResult again = cli.run(args({"demo"}));
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("Demo workspace"));
}

TEST_CASE("verify passes on a fresh demo and fails with exit 2 after tampering")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"demo"}));
    const QByteArray report = cli.ok(args({"verify"}));
    CHECK(report.contains("chain intact"));
    const QJsonObject intact = QJsonDocument::fromJson(cli.ok(args({"verify", "--json"}))).object();
    CHECK(intact.value(QStringLiteral("ok")).toBool());
    CHECK(intact.value(QStringLiteral("history")).toObject().value(QStringLiteral("rowsChecked")).toInt() > 30);

    {
        QByteArray bytes = kE2ePassphrase.toUtf8();
        const SecretBytes passphrase = SecretBytes::take(bytes);
        auto vault = Vault::open(cli.workspace(), passphrase);
        REQUIRE(vault);
        REQUIRE((*vault)->execScript("UPDATE history SET actor = 'mallory' WHERE id = 7"));
    }
    const CliResult broken = cli.run(args({"verify"}));
    CHECK(broken.exitCode == 2);
    CHECK(broken.err.contains("History row 7"));

    const CliResult json = cli.run(args({"verify", "--json"}));
    CHECK(json.exitCode == 2);
    const QJsonObject object = json.object();
    CHECK_FALSE(object.value(QStringLiteral("ok")).toBool(true));
    CHECK(object.value(QStringLiteral("history")).toObject().value(QStringLiteral("firstBrokenId")).toInt() == 7);
}

TEST_CASE("verify compares the tickets with their history and names each change made behind its back")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"demo"}));
    const QJsonObject clean = cli.run(args({"verify", "--json"})).object();
    CHECK(clean.value(QStringLiteral("tickets")).toObject().value(QStringLiteral("intact")).toBool());
    CHECK(clean.value(QStringLiteral("tickets")).toObject().value(QStringLiteral("checked")).toInt() > 30);

    {
        QByteArray bytes = kE2ePassphrase.toUtf8();
        const SecretBytes passphrase = SecretBytes::take(bytes);
        auto vault = Vault::open(cli.workspace(), passphrase);
        REQUIRE(vault);
        // What someone with the passphrase and the sqlcipher shell could do, bypassing the history.
        REQUIRE((*vault)->execScript("UPDATE tickets SET title = 'Secretly renamed' WHERE id = 1;"
                                     "UPDATE tickets SET owner = 'mallory' WHERE id = 2;"
                                     "UPDATE tickets SET tlp = 'clear' WHERE id = 3 AND tlp <> 'clear';"
                                     "UPDATE tickets SET tlp = 'red' WHERE id = 3 AND tlp = 'clear';"
                                     "UPDATE tickets SET state = 'bogus' WHERE id = 4;"
                                     "PRAGMA foreign_keys = OFF;"
                                     "DELETE FROM tickets WHERE id = 5;"));
    }
    const CliResult text = cli.run(args({"verify"}));
    CHECK(text.exitCode == 2);
    CHECK(text.out.contains("Ticket #1, title: the history says"));
    CHECK(text.out.contains("the ticket holds “Secretly renamed”"));
    CHECK(text.out.contains("Ticket #2, owner:"));
    CHECK(text.out.contains("Ticket #3, tlp:"));
    CHECK(text.out.contains("Ticket #4, state:"));
    CHECK(text.out.contains("Ticket #5 was deleted"));
    CHECK(text.err.contains("5 difference(s), the first in ticket #1 (title)"));
    CHECK_FALSE(text.err.contains("Secretly renamed")); // ticket contents stay off stderr

    const CliResult json = cli.run(args({"verify", "--json"}));
    CHECK(json.exitCode == 2);
    const QJsonObject tickets = json.object().value(QStringLiteral("tickets")).toObject();
    CHECK_FALSE(tickets.value(QStringLiteral("intact")).toBool(true));
    CHECK(tickets.value(QStringLiteral("differences")).toInt() == 5);
    const QJsonArray findings = tickets.value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 5);
    const QJsonObject first = findings.at(0).toObject();
    CHECK(first.value(QStringLiteral("ticket")).toInt() == 1);
    CHECK(first.value(QStringLiteral("field")).toString() == QStringLiteral("title"));
    CHECK(first.value(QStringLiteral("found")).toString() == QStringLiteral("Secretly renamed"));
    CHECK_FALSE(first.value(QStringLiteral("history")).toString().isEmpty());
    CHECK(findings.at(3).toObject().value(QStringLiteral("found")).toString() == QStringLiteral("bogus"));
    CHECK(findings.at(4).toObject().value(QStringLiteral("found")).isNull());
    // The history itself is intact: only the tickets were changed.
    CHECK(json.object().value(QStringLiteral("history")).toObject().value(QStringLiteral("intact")).toBool());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: evidence through firebreak-cli: files attached to a ticket, listed, exported with a SHA256SUMS that
// the real sha256sum checks, removed with their record kept, and a changed chunk reported by verify.
#include "core/vault/Vault.h"
#include "tests/e2e/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace fb;
using namespace fb::test;

namespace {

QString n(qint64 id)
{
    return QString::number(id);
}

QStringList words(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

TEST_CASE("Evidence is added, listed, exported with SHA256SUMS, removed, and a changed file fails verify")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 ticket = cli.create(args({"--kind", "incident", "--title", "Ransomware at the hospital"}));
    const QString e = QStringLiteral("evidence");
    QDir(dir.path()).mkpath(QStringLiteral("one"));
    QDir(dir.path()).mkpath(QStringLiteral("two"));
    const QString first = dir.file(QStringLiteral("one/ransom-note.txt"));
    const QString second = dir.file(QStringLiteral("two/ransom-note.txt"));
    const QString binary = dir.file(QStringLiteral("sample.bin"));
    writeAll(first, "Pay 3 BTC.\n");
    writeAll(second, "Pay 5 BTC.\n");
    QByteArray bytes(2 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7 % 251);
    writeAll(binary, bytes);

    const QByteArray added = cli.ok(words({e, QStringLiteral("add"), n(ticket), first, second, binary,
                                           QStringLiteral("--description"), QStringLiteral("From the file server")}));
    CHECK(added.contains("evidence 1 added: ransom-note.txt"));
    CHECK(added.contains(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

    const QJsonArray list =
        QJsonDocument::fromJson(cli.ok(words({e, QStringLiteral("list"), n(ticket), QStringLiteral("--json")})))
            .array();
    REQUIRE(list.size() == 3);
    const QJsonObject third = list.at(2).toObject();
    CHECK(third.value(QStringLiteral("name")).toString() == QStringLiteral("sample.bin"));
    CHECK(third.value(QStringLiteral("size")).toInteger() == bytes.size());
    CHECK(third.value(QStringLiteral("addedBy")).toString() == QStringLiteral("tester"));
    CHECK(third.value(QStringLiteral("description")).toString() == QStringLiteral("From the file server"));
    CHECK(cli.ok(words({e, QStringLiteral("list"), n(ticket)})).contains("ransom-note.txt"));
    CHECK(cli.ok(args({"verify"})).contains("match their history"));

    // Export, checked by the real sha256sum.
    const QString out = dir.file(QStringLiteral("export"));
    CHECK(cli.ok(words({e, QStringLiteral("export"), n(ticket), QStringLiteral("--out"), out}))
              .contains("3 evidence file(s) and SHA256SUMS written"));
    CHECK(QDir(out).entryList(QDir::Files, QDir::Name) ==
          QStringList({QStringLiteral("SHA256SUMS"), QStringLiteral("ransom-note (2).txt"),
                       QStringLiteral("ransom-note.txt"), QStringLiteral("sample.bin")}));
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    REQUIRE_FALSE(sha256sum.isEmpty());
    QProcess check;
    check.setWorkingDirectory(out);
    check.start(sha256sum, {QStringLiteral("-c"), QStringLiteral("--strict"), QStringLiteral("SHA256SUMS")});
    REQUIRE(check.waitForFinished(30000));
    CHECK(check.exitCode() == 0);
    CHECK(check.readAllStandardOutput().count(": OK\n") == 3);
    // Not into a folder that holds anything; --out is required.
    CHECK(cli.run(words({e, QStringLiteral("export"), n(ticket), QStringLiteral("--out"), out})).exitCode == 4);
    CHECK(cli.run(words({e, QStringLiteral("export"), n(ticket)})).exitCode == 1);

    // Refusals change nothing.
    CHECK(cli.run(words({e, QStringLiteral("add"), n(ticket), dir.path()})).exitCode == 2);
    CHECK(cli.run(words({e, QStringLiteral("add"), n(ticket), dir.file(QStringLiteral("nope"))})).exitCode == 2);
    writeAll(dir.file(QStringLiteral("empty")), {});
    const CliResult empty = cli.run(words({e, QStringLiteral("add"), n(ticket), dir.file(QStringLiteral("empty"))}));
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains("is empty"));
    CHECK(cli.run(words({e, QStringLiteral("add"), QStringLiteral("999"), first})).exitCode == 4);
    CHECK(cli.run(args({"evidence", "remove", "x"})).exitCode == 2);

    // Remove: the content goes, the record and the history stay.
    CHECK(cli.ok(args({"evidence", "remove", "2"})).contains("evidence 2 (ransom-note.txt) removed"));
    CHECK(cli.run(args({"evidence", "remove", "2"})).exitCode == 4);
    CHECK(QJsonDocument::fromJson(cli.ok(words({e, QStringLiteral("list"), n(ticket), QStringLiteral("--json")})))
              .array()
              .size() == 2);
    const QByteArray withRemoved = cli.ok(words({e, QStringLiteral("list"), n(ticket), QStringLiteral("--removed")}));
    CHECK(withRemoved.contains("(removed"));
    CHECK(cli.ok(words({QStringLiteral("ticket"), QStringLiteral("history"), n(ticket)})).contains("Evidence removed"));
    CHECK(cli.ok(args({"verify"})).contains("match their history"));

    // A chunk changed behind Firebreak's back: verify names the ticket and the file.
    {
        QByteArray secret = kE2ePassphrase.toUtf8();
        auto vault = Vault::open(cli.workspace(), SecretBytes::take(secret));
        REQUIRE(vault);
        REQUIRE((*vault)->execScript("UPDATE evidence_chunks SET data = x'00' || substr(data, 2) "
                                     "WHERE evidence_id = 3 AND seq = 1"));
    }
    const CliResult verify = cli.run(args({"verify"}));
    CHECK(verify.exitCode == 2);
    CHECK(verify.out.contains(QStringLiteral("Ticket #%1, evidence 3 “sample.bin”").arg(ticket).toUtf8()));
    CHECK(verify.err.contains("(evidence)"));
    const QJsonObject json = cli.run(args({"verify", "--json"})).object();
    const QJsonArray findings =
        json.value(QStringLiteral("tickets")).toObject().value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 1);
    CHECK(findings.at(0).toObject().value(QStringLiteral("field")).toString() == QStringLiteral("evidence"));
    CHECK(findings.at(0).toObject().value(QStringLiteral("ticket")).toInteger() == ticket);
    // And the export refuses to write the changed file.
    CHECK(cli.run(words({e, QStringLiteral("export"), n(ticket), QStringLiteral("--out"),
                         dir.file(QStringLiteral("again"))}))
              .exitCode == 2);
}

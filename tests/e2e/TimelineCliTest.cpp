// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: a ticket's timeline through firebreak-cli: events added by hand, from a message and an observable,
// listed, changed, removed; a CSV file imported (all or nothing) and exported, the export imported into another
// incident gives the same events.
#include "tests/e2e/CliRunner.h"

#include <QFile>

using namespace fb;
using namespace fb::test;

namespace {

QString n(qint64 id)
{
    return QString::number(id);
}

QJsonArray eventsOf(const CliRunner& cli, qint64 ticket)
{
    return QJsonDocument::fromJson(cli.ok(args({"timeline", "list", "--json"}) + QStringList{n(ticket)})).array();
}

QStringList field(const QJsonArray& array, const char* key)
{
    QStringList out;
    for (const QJsonValue& value : array)
        out.append(value.toObject().value(QString::fromLatin1(key)).toVariant().toString());
    return out;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

TEST_CASE("Timeline events are added, listed by time, changed and removed through the CLI")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 incident = cli.create(args({"--kind", "incident", "--title", "Web shell on the shop"}));
    const QString id = n(incident);

    const QJsonObject added =
        QJsonDocument::fromJson(
            cli.ok(args({"timeline", "add"}) +
                   QStringList{id, QStringLiteral("Web shell uploaded"), QStringLiteral("--at"),
                               QStringLiteral("2026-03-02T10:15:00+01:00"), QStringLiteral("--source"),
                               QStringLiteral("web server log"), QStringLiteral("--raw"),
                               QStringLiteral("POST /upload.php from 203.0.113.50"), QStringLiteral("--json")}))
            .object();
    CHECK(added.value(QStringLiteral("at")).toString() == QStringLiteral("2026-03-02T09:15:00Z"));
    CHECK(added.value(QStringLiteral("observablesAdded")).toInt() == 1);
    CHECK(added.value(QStringLiteral("createdBy")).toString() == QStringLiteral("tester"));
    const QByteArray second =
        cli.ok(args({"timeline", "add"}) + QStringList{id, QStringLiteral("First scan"), QStringLiteral("--at"),
                                                       QStringLiteral("2026-03-01T22:00:00Z"), QStringLiteral("--end"),
                                                       QStringLiteral("2026-03-01T23:30:00Z")});
    CHECK(second.contains("event"));
    CHECK(second.contains("added"));
    // An observable: the event takes it, seen now, titled after it.
    const QJsonObject fromObservable =
        QJsonDocument::fromJson(
            cli.ok(args({"timeline", "add", "--observable", "203.0.113.50", "--at", "2026-03-02T11:00:00Z", "--json"}) +
                   QStringList{id}))
            .object();
    CHECK(fromObservable.value(QStringLiteral("observable")).toString() == QStringLiteral("ipv4:203.0.113.50"));
    CHECK(fromObservable.value(QStringLiteral("what")).toString().contains(QStringLiteral("203.0.113.50")));

    QJsonArray events = eventsOf(cli, incident);
    CHECK(field(events, "what") == QStringList{QStringLiteral("First scan"), QStringLiteral("Web shell uploaded"),
                                               fromObservable.value(QStringLiteral("what")).toString()});
    CHECK(events.at(0).toObject().value(QStringLiteral("end")).toString() == QStringLiteral("2026-03-01T23:30:00Z"));
    CHECK(cli.ok(args({"timeline", "list"}) + QStringList{id}).contains("Web shell uploaded"));

    const QString scan = n(events.at(0).toObject().value(QStringLiteral("id")).toInteger());
    cli.ok(args({"timeline", "edit", "--what", "First scan from outside", "--end", "none"}) + QStringList{scan});
    events = eventsOf(cli, incident);
    CHECK(events.at(0).toObject().value(QStringLiteral("what")).toString() ==
          QStringLiteral("First scan from outside"));
    CHECK(events.at(0).toObject().value(QStringLiteral("end")).isNull());

    CHECK(cli.ok(args({"timeline", "remove"}) + QStringList{scan}).contains("removed"));
    CHECK(eventsOf(cli, incident).size() == 2);
    const QByteArray history = cli.ok(args({"ticket", "history"}) + QStringList{id});
    CHECK(history.contains("Timeline event added: Web shell uploaded"));
    CHECK(history.contains("Timeline event changed: First scan from outside"));
    CHECK(history.contains("Timeline event removed: First scan from outside"));
    cli.ok(args({"verify"}));

    // Refusals: exit codes as everywhere, nothing stored.
    const auto add = [&](std::initializer_list<const char*> rest) {
        return cli.run(args({"timeline", "add"}) + QStringList{id} + args(rest));
    };
    CHECK(add({"No time"}).exitCode == 1);
    CHECK(add({}).exitCode == 1);
    const CliResult noZone = add({"x", "--at", "2026-03-01T10:00:00"});
    CHECK(noZone.exitCode == 2);
    CHECK(noZone.err.contains("with a zone"));
    const CliResult backwards = add({"x", "--at", "2026-03-01T10:00:00Z", "--end", "2026-03-01T09:00:00Z"});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains("before it begins"));
    CHECK(add({"x", "--at", "2026-03-01T10:00:00Z", "--message", "9999"}).exitCode == 4);
    CHECK(add({"x", "--at", "2026-03-01T10:00:00Z", "--raw", "a", "--raw-file", "-"}).exitCode == 1);
    CHECK(cli.run(args({"timeline", "add", "9999", "x", "--at", "2026-03-01T10:00:00Z"})).exitCode == 4);
    CHECK(cli.run(args({"timeline", "remove", "9999"})).exitCode == 4);
    CHECK(cli.run(args({"timeline", "edit", "abc"})).exitCode == 2);
    CHECK(eventsOf(cli, incident).size() == 2);
}

TEST_CASE("A timeline CSV is imported all or nothing, exported, and the export imports into another incident")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 first = cli.create(args({"--kind", "incident", "--title", "Phishing wave"}));
    const qint64 second = cli.create(args({"--kind", "incident", "--title", "Same wave, elsewhere"}));

    const QString bad = dir.file(QStringLiteral("bad.csv"));
    writeFile(bad, "time,what,source\r\n2026-03-01T10:00:00Z,ok,mail\r\n2026-03-01 11:00,no zone,mail\r\n");
    const CliResult refused = cli.run(args({"timeline", "import"}) + QStringList{n(first), bad});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("Row 3, column 1"));
    CHECK(eventsOf(cli, first).isEmpty());
    writeFile(bad, "time,what\r\n2026-03-01T10:00:00Z,\"never closed\r\n");
    CHECK(cli.run(args({"timeline", "import"}) + QStringList{n(first), bad}).err.contains("not closed"));
    CHECK(cli.run(args({"timeline", "import"}) + QStringList{n(first), dir.file(QStringLiteral("missing.csv"))})
              .exitCode == 4);

    const QString good = dir.file(QStringLiteral("events.csv"));
    writeFile(
        good,
        "\xEF\xBB\xBFWhen,What,Source,Raw,Analyst\r\n"
        "2026-03-01T10:00:00Z,Phish received,mail #12,\"From: a@phish.example.net\r\nSubject: invoice\",bob\r\n"
        "2026-03-01T10:05:00+01:00,\"Link clicked, \"\"invoice.zip\"\"\",proxy log,GET http://203.0.113.9/x,bob\r\n");
    const QByteArray imported = cli.ok(args({"timeline", "import"}) + QStringList{n(first), good});
    CHECK(imported.contains("2 event(s) added"));
    CHECK(imported.contains("observable(s) added"));
    CHECK(imported.contains("Columns not read: Analyst."));
    const QJsonObject json =
        QJsonDocument::fromJson(cli.ok(args({"timeline", "import", "--json"}) + QStringList{n(second), good})).object();
    CHECK(json.value(QStringLiteral("added")).toArray().size() == 2);
    cli.ok(args({"timeline", "remove"}) +
           QStringList{n(json.value(QStringLiteral("added")).toArray().at(0).toInteger())});
    cli.ok(args({"timeline", "remove"}) +
           QStringList{n(json.value(QStringLiteral("added")).toArray().at(1).toInteger())});

    // Out and back in.
    const QByteArray csv = cli.ok(args({"timeline", "export"}) + QStringList{n(first)});
    CHECK(csv.startsWith("time,end,what,description,source,raw\r\n2026-03-01T09:05:00.000Z,,"));
    const QString out = dir.file(QStringLiteral("out.csv"));
    cli.ok(args({"timeline", "export", "--out"}) + QStringList{out, n(first)});
    CHECK(cli.run(args({"timeline", "export", "--out"}) + QStringList{out, n(first)}).exitCode == 4); // no --force
    cli.ok(args({"timeline", "import"}) + QStringList{n(second), out});
    const QJsonArray a = eventsOf(cli, first);
    const QJsonArray b = eventsOf(cli, second);
    REQUIRE(a.size() == 2);
    REQUIRE(b.size() == 2);
    for (const char* key : {"at", "end", "what", "description", "source", "raw"})
        CHECK(field(a, key) == field(b, key));
}

TEST_CASE("An event taken from a message has its date, subject and sender")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"demo"}));
    const QJsonObject message = QJsonDocument::fromJson(cli.ok(args({"mail", "show", "1", "--json"}))).object();
    INFO(QJsonDocument(message).toJson().toStdString());
    const qint64 ticket = cli.create(args({"--kind", "incident", "--title", "From the mail"}));
    const QJsonObject added =
        QJsonDocument::fromJson(cli.ok(args({"timeline", "add", "--message", "1", "--json"}) + QStringList{n(ticket)}))
            .object();
    CHECK(added.value(QStringLiteral("message")).toInteger() == 1);
    CHECK(added.value(QStringLiteral("what")).toString() == message.value(QStringLiteral("subject")).toString());
    CHECK(added.value(QStringLiteral("source")).toString().startsWith(QStringLiteral("mail #1 from ")));
    CHECK(QDateTime::fromString(added.value(QStringLiteral("at")).toString(), Qt::ISODate) ==
          QDateTime::fromString(message.value(QStringLiteral("date")).toString(), Qt::ISODate));
    CHECK_FALSE(added.value(QStringLiteral("raw")).toString().isEmpty());
}

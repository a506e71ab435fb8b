// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: firebreak-cli ticket, observable, taxonomy and SLA commands, their JSON, help and exit codes.
#include "tests/e2e/CliRunner.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

QString n(qint64 id)
{
    return QString::number(id);
}

QJsonObject show(const CliRunner& cli, qint64 id)
{
    return QJsonDocument::fromJson(
               cli.ok({QStringLiteral("ticket"), QStringLiteral("show"), n(id), QStringLiteral("--json")}))
        .object();
}

QList<qint64> ids(const QJsonArray& array, const QString& key = QStringLiteral("id"))
{
    QList<qint64> list;
    for (const QJsonValue& value : array)
        list.append(value.isObject() ? value.toObject().value(key).toInteger() : value.toInteger());
    return list;
}

} // namespace

TEST_CASE("ticket create list show set and transition")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 incident =
        cli.create(args({"--kind", "incident", "--title", "Botnet C2 in AS64496", "--tlp", "amber+strict", "--rsit",
                         "malicious-code/c2-server", "--severity", "high", "--owner", "alice", "--tag", "botnet"}));
    const QString description = QStringLiteral("Failed password for root from 203.0.113.45 port 52311 ssh2\n"
                                               "Also seen: hxxps://evil[.]example[.]com/payload");
    const QString descriptionFile = dir.file(QStringLiteral("report.txt"));
    writeAll(descriptionFile, description.toUtf8());
    const qint64 report = cli.create({QStringLiteral("--kind"), QStringLiteral("report"), QStringLiteral("--title"),
                                      QStringLiteral("SSH brute force"), QStringLiteral("--description-file"),
                                      descriptionFile, QStringLiteral("--extract"), QStringLiteral("--observable"),
                                      QStringLiteral("198.51.100.0/24"), QStringLiteral("--incident"), n(incident),
                                      QStringLiteral("--reporter-type"), QStringLiteral("isp")});
    CHECK(report == incident + 1);

    // Plain output of create is the id alone.
    const QByteArray plain = cli.ok(args({"ticket", "create", "--kind", "report", "--title", "Third"}));
    CHECK(plain.trimmed() == QByteArray::number(report + 1));

    const QJsonArray list = QJsonDocument::fromJson(cli.ok(args({"ticket", "list", "--json"}))).array();
    CHECK(ids(list) == QList<qint64>{incident, report, report + 1});
    const QJsonObject first = list.at(0).toObject();
    CHECK(first.value(QStringLiteral("kind")).toString() == QStringLiteral("incident"));
    CHECK(first.value(QStringLiteral("tlp")).toString() == QStringLiteral("amber+strict"));
    CHECK(first.value(QStringLiteral("severity")).toInt() == 2);
    CHECK(first.value(QStringLiteral("rsit")).toString() == QStringLiteral("malicious-code/c2-server"));
    CHECK(first.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));

    const QJsonArray reports =
        QJsonDocument::fromJson(cli.ok(args({"ticket", "list", "--kind", "report", "--json"}))).array();
    CHECK(ids(reports) == QList<qint64>{report, report + 1});
    const QByteArray table = cli.ok(args({"ticket", "list", "--owner", "alice"}));
    CHECK(table.contains("Botnet C2 in AS64496"));
    CHECK(table.contains("TLP:AMBER+STRICT"));
    CHECK_FALSE(table.contains("SSH brute force"));

    QJsonObject shown = show(cli, report);
    CHECK(shown.value(QStringLiteral("state")).toString() == QStringLiteral("open")); // linked reports open
    CHECK(shown.value(QStringLiteral("description")).toString() == description);
    CHECK(shown.value(QStringLiteral("reporterType")).toString() == QStringLiteral("isp"));
    CHECK(ids(shown.value(QStringLiteral("incidents")).toArray()) == QList<qint64>{incident});
    QStringList observables;
    for (const QJsonValue& value : shown.value(QStringLiteral("observables")).toArray())
        observables.append(value[QStringLiteral("type")].toString() + QLatin1Char(':') +
                           value[QStringLiteral("value")].toString());
    CHECK(observables.contains(QStringLiteral("cidr:198.51.100.0/24")));
    CHECK(observables.contains(QStringLiteral("ipv4:203.0.113.45")));
    CHECK(observables.contains(QStringLiteral("url:https://evil.example.com/payload")));
    CHECK_FALSE(shown.value(QStringLiteral("history")).toArray().isEmpty());
    CHECK(show(cli, incident).value(QStringLiteral("children")).toArray().size() == 1);
    CHECK(show(cli, incident).value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("botnet")});

    cli.ok({QStringLiteral("ticket"), QStringLiteral("set"), n(report), QStringLiteral("severity"),
            QStringLiteral("critical")});
    cli.ok(
        {QStringLiteral("ticket"), QStringLiteral("set"), n(report), QStringLiteral("owner"), QStringLiteral("bob")});
    shown = show(cli, report);
    CHECK(shown.value(QStringLiteral("severity")).toInt() == 1);
    CHECK(shown.value(QStringLiteral("owner")).toString() == QStringLiteral("bob"));

    const QByteArray text = cli.ok({QStringLiteral("ticket"), QStringLiteral("show"), n(report)});
    CHECK(text.contains("SSH brute force"));
    CHECK(text.contains("203.0.113.45"));

    cli.ok({QStringLiteral("ticket"), QStringLiteral("transition"), n(report), QStringLiteral("resolved"),
            QStringLiteral("--resolution"), QStringLiteral("Host cleaned")});
    shown = show(cli, report);
    CHECK(shown.value(QStringLiteral("state")).toString() == QStringLiteral("resolved"));
    CHECK(shown.value(QStringLiteral("resolution")).toString() == QStringLiteral("Host cleaned"));
    CHECK_FALSE(shown.value(QStringLiteral("active")).toBool(true));

    // An incident is resolved with its lessons learned only.
    const CliResult noLessons =
        cli.run({QStringLiteral("ticket"), QStringLiteral("transition"), n(incident), QStringLiteral("resolved")});
    CHECK(noLessons.exitCode == 2);
    cli.ok({QStringLiteral("ticket"), QStringLiteral("transition"), n(incident), QStringLiteral("resolved"),
            QStringLiteral("--lessons"), QStringLiteral("Block egress to C2 ports")});
    const QJsonArray active = QJsonDocument::fromJson(cli.ok(args({"ticket", "list", "--active", "--json"}))).array();
    CHECK(ids(active) == QList<qint64>{report + 1});

    const QJsonArray history = QJsonDocument::fromJson(cli.ok({QStringLiteral("ticket"), QStringLiteral("history"),
                                                               n(report), QStringLiteral("--json")}))
                                   .array();
    QStringList actions;
    for (const QJsonValue& entry : history) {
        actions.append(entry[QStringLiteral("action")].toString());
        CHECK(entry[QStringLiteral("actor")].toString() == QStringLiteral("tester"));
    }
    CHECK(actions.contains(QStringLiteral("create")));
    CHECK(actions.contains(QStringLiteral("transition")));
}

TEST_CASE("ticket link unlink merge tag and observe")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 incident = cli.create(args({"--kind", "incident", "--title", "Phishing campaign"}));
    const qint64 a = cli.create(args({"--kind", "report", "--title", "Phish mail one", "--description", "first"}));
    const qint64 b = cli.create(args({"--kind", "report", "--title", "Phish mail two", "--description", "second",
                                      "--observable", "login.example.net", "--tag", "dup"}));

    cli.ok({QStringLiteral("ticket"), QStringLiteral("link"), n(a), n(incident)});
    CHECK(ids(show(cli, a).value(QStringLiteral("incidents")).toArray()) == QList<qint64>{incident});
    const CliResult twice = cli.run({QStringLiteral("ticket"), QStringLiteral("link"), n(a), n(incident)});
    CHECK(twice.exitCode == 4);
    cli.ok({QStringLiteral("ticket"), QStringLiteral("unlink"), n(a), n(incident)});
    CHECK(show(cli, a).value(QStringLiteral("incidents")).toArray().isEmpty());
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("unlink"), n(a), n(incident)}).exitCode == 4);

    cli.ok({QStringLiteral("ticket"), QStringLiteral("merge"), n(a), n(b)});
    const QJsonObject merged = show(cli, b);
    CHECK(merged.value(QStringLiteral("mergedInto")).toInteger() == a);
    const QJsonObject into = show(cli, a);
    CHECK(into.value(QStringLiteral("description")).toString().contains(QStringLiteral("second")));
    CHECK(into.value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("dup")});
    CHECK(into.value(QStringLiteral("observables")).toArray().size() == 1);
    // Merged reports leave the queues unless asked for.
    CHECK(ids(QJsonDocument::fromJson(cli.ok(args({"ticket", "list", "--kind", "report", "--json"}))).array()) ==
          QList<qint64>{a});
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("set"), n(b), QStringLiteral("title"), QStringLiteral("x")})
              .exitCode == 4);

    cli.ok({QStringLiteral("ticket"), QStringLiteral("tag"), n(a), QStringLiteral("bank")});
    CHECK(show(cli, a).value(QStringLiteral("tags")).toArray().contains(QStringLiteral("bank")));
    cli.ok({QStringLiteral("ticket"), QStringLiteral("untag"), n(a), QStringLiteral("bank")});
    CHECK_FALSE(show(cli, a).value(QStringLiteral("tags")).toArray().contains(QStringLiteral("bank")));
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("untag"), n(a), QStringLiteral("bank")}).exitCode == 4);

    cli.ok({QStringLiteral("ticket"), QStringLiteral("observe"), n(a), QStringLiteral("192.0.2.77")});
    cli.ok({QStringLiteral("ticket"), QStringLiteral("observe"), n(a), QStringLiteral("CVE-2024-3094")});
    const CliResult badObservable =
        cli.run({QStringLiteral("ticket"), QStringLiteral("observe"), n(a), QStringLiteral("not an indicator")});
    CHECK(badObservable.exitCode == 2);
    CHECK(show(cli, a).value(QStringLiteral("observables")).toArray().size() == 3);
    // A name under a special-use suffix is taken, with a note.
    const QByteArray special =
        cli.ok({QStringLiteral("ticket"), QStringLiteral("observe"), n(a), QStringLiteral("c2.corp.internal")});
    CHECK(special.contains("domain c2.corp.internal added"));
    CHECK(special.contains("“.internal”"));
    CHECK(show(cli, a).value(QStringLiteral("observables")).toArray().size() == 4);

    // unobserve takes one off (the same value written differently), refuses one the ticket lacks or a value that is
    // no observable, and the history names what went.
    CHECK(cli.ok({QStringLiteral("ticket"), QStringLiteral("unobserve"), n(a), QStringLiteral("cve-2024-3094")})
              .contains("CVE-2024-3094 removed"));
    CHECK(show(cli, a).value(QStringLiteral("observables")).toArray().size() == 3);
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("unobserve"), n(a), QStringLiteral("CVE-2024-3094")})
              .exitCode == 4);
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("unobserve"), n(a), QStringLiteral("not an indicator")})
              .exitCode == 2);
    CHECK(cli.ok({QStringLiteral("ticket"), QStringLiteral("history"), n(a)}).contains("unobserve"));
}

TEST_CASE("ticket comment adds to the worklog - show lists the comments - search finds them")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 a = cli.create(args({"--kind", "incident", "--title", "Ransomware at the utility"}));

    CHECK(cli.ok({QStringLiteral("ticket"), QStringLiteral("comment"), n(a), QStringLiteral("Called the IT lead.")})
              .contains("comment added"));
    // From standard input, several lines kept as written.
    cli.ok({QStringLiteral("ticket"), QStringLiteral("comment"), n(a), QStringLiteral("--file"), QStringLiteral("-")},
           "Backups are offline.\n  Restore starts at 14:00.\n");
    const QJsonArray comments = show(cli, a).value(QStringLiteral("comments")).toArray();
    REQUIRE(comments.size() == 2);
    CHECK(comments.at(0).toObject().value(QStringLiteral("author")).toString() == QStringLiteral("tester"));
    CHECK(comments.at(1).toObject().value(QStringLiteral("body")).toString() ==
          QStringLiteral("Backups are offline.\n  Restore starts at 14:00."));
    const QByteArray text = cli.ok({QStringLiteral("ticket"), QStringLiteral("show"), n(a)});
    CHECK(text.contains("Comments:"));
    CHECK(text.contains("    Restore starts at 14:00."));
    CHECK(ids(QJsonDocument::fromJson(cli.ok(args({"ticket", "search", "restore", "--json"}))).array()) ==
          QList<qint64>{a});
    CHECK(cli.ok({QStringLiteral("ticket"), QStringLiteral("history"), n(a)}).contains("Comment: Called the IT lead."));

    // Refusals: no text, both text and file, an empty comment, no such ticket, an unreadable file.
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("comment"), n(a)}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("comment"), n(a), QStringLiteral("x"),
                   QStringLiteral("--file"), QStringLiteral("-")})
              .exitCode == 1);
    const CliResult empty = cli.run({QStringLiteral("ticket"), QStringLiteral("comment"), n(a), QStringLiteral("  ")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains("cannot be empty"));
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("comment"), QStringLiteral("999"), QStringLiteral("x")})
              .exitCode == 4);
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("comment"), n(a), QStringLiteral("--file"),
                   dir.file(QStringLiteral("missing.txt"))})
              .exitCode == 2);
    CHECK(show(cli, a).value(QStringLiteral("comments")).toArray().size() == 2);
    // The history and the audit cover the comments.
    CHECK(QJsonDocument::fromJson(cli.ok(args({"verify", "--json"}))).object().value(QStringLiteral("ok")).toBool());
}

TEST_CASE("ticket bulk changes all the tickets or none, listing the refusals")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 incident = cli.create(args({"--kind", "incident", "--title", "Spam wave"}));
    const qint64 a = cli.create(args({"--kind", "report", "--title", "Spam 1"}));
    const qint64 b = cli.create(args({"--kind", "report", "--title", "Spam 2"}));

    CHECK(cli.ok({QStringLiteral("ticket"), QStringLiteral("bulk"), n(a), n(b), QStringLiteral("--set"),
                  QStringLiteral("tlp=green")})
              .contains("2 ticket(s) changed"));
    CHECK(show(cli, b).value(QStringLiteral("tlp")).toString().contains(QStringLiteral("GREEN"), Qt::CaseInsensitive));
    cli.ok({QStringLiteral("ticket"), QStringLiteral("bulk"), n(a), n(b), QStringLiteral("--link"), n(incident)});
    CHECK(show(cli, incident).value(QStringLiteral("children")).toArray().size() == 2);

    // The incident cannot be resolved without lessons learned: nothing is resolved, the refusal is listed.
    const CliResult refused =
        cli.run({QStringLiteral("ticket"), QStringLiteral("bulk"), n(a), n(incident), n(b),
                 QStringLiteral("--transition"), QStringLiteral("resolved"), QStringLiteral("--json")});
    CHECK(refused.exitCode == 2);
    const QJsonObject outcome = QJsonDocument::fromJson(refused.out).object();
    CHECK_FALSE(outcome.value(QStringLiteral("applied")).toBool());
    const QJsonArray refusals = outcome.value(QStringLiteral("refusals")).toArray();
    REQUIRE(refusals.size() == 1);
    CHECK(refusals.at(0).toObject().value(QStringLiteral("ticket")).toInteger() == incident);
    CHECK(show(cli, a).value(QStringLiteral("state")).toString() == QStringLiteral("open"));

    // Usage: no change given, two given, a bad assignment, a bad number.
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("bulk"), n(a)}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("bulk"), n(a), QStringLiteral("--set"),
                   QStringLiteral("tlp=red"), QStringLiteral("--link"), n(incident)})
              .exitCode == 1);
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("bulk"), n(a), QStringLiteral("--set"),
                   QStringLiteral("tlp")})
              .exitCode == 1);
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("bulk"), QStringLiteral("x"), QStringLiteral("--set"),
                   QStringLiteral("tlp=red")})
              .exitCode != 0);
}

TEST_CASE("ticket search and observable search find tickets")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 ssh = cli.create(
        args({"--kind", "report", "--title", "SSH brute force from an ISP customer", "--observable", "203.0.113.45"}));
    const qint64 ransom = cli.create(
        args({"--kind", "incident", "--title", "Lockbit ransomware at the utility", "--observable", "2001:db8::66"}));

    const QJsonArray lockbit = QJsonDocument::fromJson(cli.ok(args({"ticket", "search", "lockbit", "--json"}))).array();
    CHECK(ids(lockbit) == QList<qint64>{ransom});
    const QJsonArray words =
        QJsonDocument::fromJson(cli.ok(args({"ticket", "search", "--json", "brute", "isp"}))).array();
    CHECK(ids(words) == QList<qint64>{ssh});
    CHECK(cli.ok(args({"ticket", "search", "nothing-like-this"})).contains("No tickets."));
    // Typed terms as in the GUI's search box.
    CHECK(ids(QJsonDocument::fromJson(cli.ok(args({"ticket", "search", "ip:203.0.113.0/24", "--json"}))).array()) ==
          QList<qint64>{ssh});
    CHECK(ids(QJsonDocument::fromJson(cli.ok(args({"ticket", "search", "kind:incident", "--json"}))).array()) ==
          QList<qint64>{ransom});
    CHECK(QJsonDocument::fromJson(cli.ok(args({"ticket", "search", "lockbit", "kind:report", "--json"})))
              .array()
              .isEmpty());
    CHECK(cli.run(args({"ticket", "search", "tlp:pink"})).exitCode == 2);

    const QJsonArray inRange =
        QJsonDocument::fromJson(cli.ok(args({"observable", "search", "203.0.113.0/24", "--json"}))).array();
    REQUIRE(inRange.size() == 1);
    CHECK(inRange.at(0)[QStringLiteral("ticket")].toInteger() == ssh);
    CHECK(inRange.at(0)[QStringLiteral("value")].toString() == QStringLiteral("203.0.113.45"));
    CHECK(inRange.at(0)[QStringLiteral("title")].toString().startsWith(QStringLiteral("SSH brute force")));
    const QByteArray v6 = cli.ok(args({"observable", "search", "2001:db8::/32"}));
    CHECK(v6.contains("2001:db8::66"));
    CHECK(v6.contains("Lockbit"));
    CHECK(
        QJsonDocument::fromJson(cli.ok(args({"observable", "search", "198.51.100.0/24", "--json"}))).array().isEmpty());
    CHECK(cli.run(args({"observable", "search", "???"})).exitCode == 2);
}

TEST_CASE("exit codes for bad values missing tickets and refused transitions")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 report = cli.create(args({"--kind", "report", "--title", "Spam"}));

    SECTION("bad field value exits 2")
    {
        const CliResult tlp = cli.run({QStringLiteral("ticket"), QStringLiteral("set"), n(report),
                                       QStringLiteral("tlp"), QStringLiteral("pink")});
        CHECK(tlp.exitCode == 2);
        CHECK(tlp.err.contains("pink"));
        CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("set"), n(report), QStringLiteral("severity"),
                       QStringLiteral("9")})
                  .exitCode == 2);
        CHECK(cli.run(args({"ticket", "create", "--kind", "report", "--title", "x", "--rsit", "made/up"})).exitCode ==
              2);
        CHECK(cli.run(args({"ticket", "create", "--kind", "gadget", "--title", "x"})).exitCode == 2);
        CHECK(
            cli.run(args({"ticket", "create", "--kind", "countermeasure", "--title", "needs an incident"})).exitCode ==
            2);
    }
    SECTION("unknown field is a usage error")
    {
        CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("set"), n(report), QStringLiteral("colour"),
                       QStringLiteral("red")})
                  .exitCode == 1);
    }
    SECTION("missing ticket exits 4")
    {
        const CliResult missing = cli.run(args({"ticket", "show", "999"}));
        CHECK(missing.exitCode == 4);
        CHECK(missing.err.contains("#999"));
        CHECK(cli.run(args({"ticket", "set", "999", "owner", "bob"})).exitCode == 4);
        CHECK(cli.run(args({"ticket", "create", "--kind", "report", "--title", "x", "--incident", "999"})).exitCode ==
              4);
    }
    SECTION("refused transition exits 4")
    {
        cli.ok({QStringLiteral("ticket"), QStringLiteral("transition"), n(report), QStringLiteral("rejected")});
        const CliResult refused =
            cli.run({QStringLiteral("ticket"), QStringLiteral("transition"), n(report), QStringLiteral("resolved")});
        CHECK(refused.exitCode == 4);
        CHECK(refused.err.contains("cannot move"));
        // Not a state of the kind at all: bad input.
        CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("transition"), n(report), QStringLiteral("active")})
                  .exitCode == 2);
    }
    SECTION("usage errors exit 1")
    {
        CHECK(cli.run(args({"frobnicate"})).exitCode == 1);
        CHECK(cli.run(args({"ticket", "frobnicate"})).exitCode == 1);
        CHECK(cli.run(args({"ticket"})).exitCode == 1);
        CHECK(cli.run({}).exitCode == 1);
        CHECK(cli.run(args({"ticket", "list", "--no-such-option"})).exitCode == 1);
        CHECK(cli.run(args({"ticket", "show"})).exitCode == 1);
        CHECK(cli.run(args({"ticket", "create", "--title", "no kind"})).exitCode == 1);
        CHECK(cli.run(args({"ticket", "show", "abc"})).exitCode == 2);
    }
}

TEST_CASE("every command has help and exits 0")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.unsetEnv(QStringLiteral("FIREBREAK_WORKSPACE"));
    const QByteArray top = cli.ok(args({"--help"}));
    CHECK(top.contains("Exit codes:"));
    CHECK(top.contains("ticket create"));
    CHECK(cli.ok(args({"help"})) == top);
    CHECK(cli.ok(args({"--version"})).startsWith("firebreak-cli "));
    const char* const commands[][2] = {
        {"init", nullptr},        {"passwd", nullptr},   {"verify", nullptr},      {"demo", nullptr},
        {"ticket", "create"},     {"ticket", "list"},    {"ticket", "show"},       {"ticket", "set"},
        {"ticket", "transition"}, {"ticket", "link"},    {"ticket", "unlink"},     {"ticket", "merge"},
        {"ticket", "tag"},        {"ticket", "untag"},   {"ticket", "observe"},    {"ticket", "unobserve"},
        {"ticket", "search"},     {"ticket", "history"}, {"observable", "search"}, {"observable", "extract"},
        {"taxonomy", "list"},     {"sla", "show"},       {"sla", "set"},
    };
    for (const auto& command : commands) {
        QStringList words{QString::fromLatin1(command[0])};
        if (command[1])
            words.append(QString::fromLatin1(command[1]));
        INFO(words.join(QLatin1Char(' ')).toStdString());
        CHECK(top.contains(words.join(QLatin1Char(' ')).toUtf8()));
        const QByteArray help = cli.ok(words + QStringList{QStringLiteral("--help")});
        CHECK(help.startsWith(QByteArray("Usage: firebreak-cli " + words.join(QLatin1Char(' ')).toUtf8())));
        CHECK(help.contains("--json"));
        CHECK(cli.ok(QStringList{QStringLiteral("help")} + words) == help);
    }
    CHECK(cli.ok(args({"ticket", "--help"})).contains("transition"));
}

TEST_CASE("observable extract finds special-use names where they are unambiguous")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.unsetEnv(QStringLiteral("FIREBREAK_WORKSPACE"));
    cli.unsetEnv(QStringLiteral("FIREBREAK_PASSPHRASE"));
    const QByteArray text = "Exercise inject 3: beacon from host.corp.internal to hxxp://c2.evil[.]example/gate, "
                            "report to csirt@team.example. Edit file.local and .env.example first.\n";
    const QList<QByteArray> lines = cli.ok(args({"observable", "extract"}), text).trimmed().split('\n');
    CHECK(lines == QList<QByteArray>{"domain\thost.corp.internal", "url\thttp://c2.evil.example/gate",
                                     "domain\tc2.evil.example", "email\tcsirt@team.example"});
}

TEST_CASE("observable extract reads a log without a workspace")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.unsetEnv(QStringLiteral("FIREBREAK_WORKSPACE"));
    cli.unsetEnv(QStringLiteral("FIREBREAK_PASSPHRASE"));
    const QByteArray log =
        "Jan 12 03:14:07 web1 sshd[2211]: Failed password for root from 203.0.113.45 port 52311 ssh2\n"
        "Jan 12 03:14:09 web1 sshd[2211]: Failed password for admin from 203.0.113.45 port 52313 ssh2\n"
        "Jan 12 03:15:00 web1 sshd[2301]: Accepted publickey for deploy from 2001:db8:4::23 port 40022 ssh2\n"
        "Jan 12 03:16:12 proxy squid[811]: TCP_MISS/200 GET hxxp://dl.example[.]net/invoice-4471.doc - "
        "DIRECT/198.51.100.23\n"
        "Jan 12 03:16:13 av clamd[99]: invoice-4471.doc md5=51dd99681d47af11283f433c50bf7684 FOUND\n"
        "Jan 12 03:17:40 mx postfix/smtpd[77]: reject: RCPT from unknown[192.0.2.14]: from=<billing@example.com>\n";
    const QByteArray out = cli.ok(args({"observable", "extract"}), log);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    CHECK(lines.contains("ipv4\t203.0.113.45"));
    CHECK(lines.contains("ipv6\t2001:db8:4::23"));
    CHECK(lines.contains("url\thttp://dl.example.net/invoice-4471.doc"));
    CHECK(lines.contains("ipv4\t198.51.100.23"));
    CHECK(lines.contains("md5\t51dd99681d47af11283f433c50bf7684"));
    CHECK(lines.contains("email\tbilling@example.com"));
    CHECK(lines.contains("ipv4\t192.0.2.14"));
    CHECK(lines.count("ipv4\t203.0.113.45") == 1);
    CHECK(lines.first() == "ipv4\t203.0.113.45");

    const QString file = dir.file(QStringLiteral("auth.log"));
    writeAll(file, log);
    const QJsonArray json = QJsonDocument::fromJson(cli.ok({QStringLiteral("observable"), QStringLiteral("extract"),
                                                            QStringLiteral("--file"), file, QStringLiteral("--json")}))
                                .array();
    CHECK(json.size() == lines.size());
    CHECK(json.at(0)[QStringLiteral("type")].toString() == QStringLiteral("ipv4"));
    // A file that cannot be read: exit code 4 (not found) and its name, as every command reads input (CliFiles).
    const CliResult missing = cli.run({QStringLiteral("observable"), QStringLiteral("extract"),
                                       QStringLiteral("--file"), dir.file(QStringLiteral("missing.log"))});
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains("missing.log"));
}

TEST_CASE("taxonomy list needs no workspace")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.unsetEnv(QStringLiteral("FIREBREAK_WORKSPACE"));
    CHECK(cli.ok(args({"taxonomy", "list", "rsit"})).contains("malicious-code/c2-server"));
    const QJsonArray tlp = QJsonDocument::fromJson(cli.ok(args({"taxonomy", "list", "tlp", "--json"}))).array();
    REQUIRE(tlp.size() == 5);
    CHECK(tlp.at(3)[QStringLiteral("label")].toString() == QStringLiteral("TLP:AMBER+STRICT"));
    const QJsonObject all = QJsonDocument::fromJson(cli.ok(args({"--json", "taxonomy", "list"}))).object();
    CHECK(all.contains(QStringLiteral("rsit")));
    CHECK(all.value(QStringLiteral("pap")).toArray().size() == 4);
    CHECK(cli.run(args({"taxonomy", "list", "cvss"})).exitCode == 1);
}

TEST_CASE("sla show and set")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    QJsonArray sla = QJsonDocument::fromJson(cli.ok(args({"sla", "show", "--json"}))).array();
    REQUIRE(sla.size() == 4);
    CHECK(sla.at(0)[QStringLiteral("responseMinutes")].toInt() == 60);
    cli.ok(args({"sla", "set", "critical", "30", "720"}));
    sla = QJsonDocument::fromJson(cli.ok(args({"sla", "show", "--json"}))).array();
    CHECK(sla.at(0)[QStringLiteral("responseMinutes")].toInt() == 30);
    CHECK(sla.at(0)[QStringLiteral("resolveMinutes")].toInt() == 720);
    CHECK(cli.run(args({"sla", "set", "1", "0", "10"})).exitCode == 2);
    CHECK(cli.run(args({"sla", "set", "urgent", "10", "10"})).exitCode == 2);

    const qint64 id = cli.create(args({"--kind", "incident", "--title", "Critical one", "--severity", "1"}));
    const QJsonObject ticket = show(cli, id);
    const QDateTime created = QDateTime::fromString(ticket.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    const QDateTime due = QDateTime::fromString(ticket.value(QStringLiteral("responseDue")).toString(), Qt::ISODate);
    CHECK(created.secsTo(due) / 60 == 30);
}

TEST_CASE("the command line speaks the locale's language and falls back to English")
{
    TempDir dir;
    CliRunner cli(dir);
    const CliResult english = cli.run({});
    CHECK(english.exitCode == 1);
    CHECK(english.err.contains("No command given"));

    for (const auto& [lang, expected] :
         {std::pair{"de_DE.UTF-8", "Kein Befehl angegeben"}, std::pair{"fr_FR.UTF-8", "Aucune commande"},
          std::pair{"es_ES.UTF-8", "No se indicó ningún comando"}, std::pair{"pt_BR.UTF-8", "Nenhum comando"}}) {
        INFO(lang);
        cli.setEnv(QStringLiteral("LANG"), QString::fromLatin1(lang));
        const CliResult translated = cli.run({});
        CHECK(translated.exitCode == 1);
        CHECK(QString::fromUtf8(translated.err).contains(QString::fromUtf8(expected)));
    }
    cli.setEnv(QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8")); // no catalogue: English
    CHECK(cli.run({}).err.contains("No command given"));
}

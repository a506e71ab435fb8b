// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: playbooks and tasks through firebreak-cli: a new workspace has the shipped playbooks, an incident
// gets its playbook's tasks, tasks are worked on and found, playbooks go out and come back in as JSON.
#include "tests/e2e/CliRunner.h"

#include <QFile>

using namespace fb;
using namespace fb::test;

namespace {

QString n(qint64 id)
{
    return QString::number(id);
}

QJsonArray tasksOf(const CliRunner& cli, qint64 ticket)
{
    return QJsonDocument::fromJson(
               cli.ok({QStringLiteral("task"), QStringLiteral("list"), n(ticket), QStringLiteral("--json")}))
        .array();
}

QStringList field(const QJsonArray& array, const char* key)
{
    QStringList out;
    for (const QJsonValue& value : array)
        out.append(value.toObject().value(QString::fromLatin1(key)).toVariant().toString());
    return out;
}

} // namespace

TEST_CASE("A new workspace has the shipped playbooks, a new incident gets its tasks, tasks are worked on")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const QJsonArray playbooks = QJsonDocument::fromJson(cli.ok(args({"playbook", "list", "--json"}))).array();
    const QStringList keys = field(playbooks, "id");
    for (const char* key :
         {"phishing", "malware-infection", "ddos", "compromised-account", "vulnerable-service", "data-leak"})
        CHECK(keys.contains(QString::fromLatin1(key)));
    const QByteArray shown = cli.ok(args({"playbook", "show", "phishing"}));
    CHECK(shown.contains("Chosen for: fraud/phishing"));
    CHECK(shown.contains("Secure the evidence"));

    // A critical phishing incident: the playbook's tasks, none due after the one-day resolution deadline.
    const qint64 incident = cli.create(
        args({"--kind", "incident", "--title", "Bank phishing wave", "--rsit", "fraud/phishing", "--severity", "1"}));
    QJsonArray tasks = tasksOf(cli, incident);
    REQUIRE(tasks.size() >= 5);
    for (const QString& playbook : field(tasks, "playbook"))
        CHECK(playbook == QStringLiteral("phishing"));
    const QJsonObject ticket = QJsonDocument::fromJson(cli.ok({QStringLiteral("ticket"), QStringLiteral("show"),
                                                               n(incident), QStringLiteral("--json")}))
                                   .object();
    const QDateTime resolveDue =
        QDateTime::fromString(ticket.value(QStringLiteral("resolveDue")).toString(), Qt::ISODate);
    REQUIRE(resolveDue.isValid());
    for (const QString& due : field(tasks, "due"))
        CHECK(QDateTime::fromString(due, Qt::ISODate) <= resolveDue);
    CHECK(ticket.value(QStringLiteral("tasks")).toArray().size() == tasks.size());
    CHECK(cli.ok({QStringLiteral("ticket"), QStringLiteral("show"), n(incident)}).contains("Tasks (0 of "));

    // Work: done, not applicable, a note, an owner, a due date; reopen.
    const qint64 first = tasks.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 second = tasks.at(1).toObject().value(QStringLiteral("id")).toInteger();
    CHECK(cli.ok({QStringLiteral("task"), QStringLiteral("done"), n(first)}).contains("done"));
    cli.ok({QStringLiteral("task"), QStringLiteral("na"), n(second)});
    cli.ok({QStringLiteral("task"), QStringLiteral("note"), n(first), QStringLiteral("--file"), QStringLiteral("-")},
           "Headers kept in the workspace.\n");
    const QJsonObject assigned =
        QJsonDocument::fromJson(cli.ok({QStringLiteral("task"), QStringLiteral("assign"), n(second),
                                        QStringLiteral("tester"), QStringLiteral("--json")}))
            .object();
    CHECK(assigned.value(QStringLiteral("owner")).toString() == QStringLiteral("tester"));
    cli.ok({QStringLiteral("task"), QStringLiteral("due"), n(second), QStringLiteral("2020-01-01T00:00:00Z")});
    cli.ok({QStringLiteral("task"), QStringLiteral("reopen"), n(second)});
    tasks = tasksOf(cli, incident);
    CHECK(tasks.at(0).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("done"));
    CHECK(tasks.at(0).toObject().value(QStringLiteral("notes")).toArray().size() == 1);
    CHECK(tasks.at(1).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("open"));
    CHECK(cli.ok({QStringLiteral("task"), QStringLiteral("list"), n(incident)}).contains("1 of "));

    // Mine, overdue: the reopened task is the tester's and long overdue.
    CHECK(field(QJsonDocument::fromJson(cli.ok(args({"task", "list", "--mine", "--json"}))).array(), "id") ==
          QStringList{n(second)});
    CHECK(field(QJsonDocument::fromJson(cli.ok(args({"task", "list", "--overdue", "--json"}))).array(), "id") ==
          QStringList{n(second)});
    CHECK(cli.ok(args({"task", "list", "--mine"})).contains("overdue"));

    // A task by hand, due in four hours; the history and search have it all.
    const QJsonObject added =
        QJsonDocument::fromJson(
            cli.ok({QStringLiteral("task"), QStringLiteral("add"), n(incident), QStringLiteral("Call the bank's CISO"),
                    QStringLiteral("--due"), QStringLiteral("4h"), QStringLiteral("--json")}))
            .object();
    CHECK(added.value(QStringLiteral("playbook")).toString().isEmpty());
    CHECK(QDateTime::fromString(added.value(QStringLiteral("due")).toString(), Qt::ISODate) >
          QDateTime::currentDateTimeUtc().addSecs(3 * 3600));
    const QByteArray history = cli.ok({QStringLiteral("ticket"), QStringLiteral("history"), n(incident)});
    CHECK(history.contains("Task added: Secure the evidence (playbook phishing)"));
    CHECK(history.contains("Task done: Secure the evidence"));
    CHECK(history.contains("Note on task Secure the evidence: Headers kept in the workspace."));
    CHECK(history.contains("Task added: Call the bank's CISO"));
    CHECK(field(QJsonDocument::fromJson(cli.ok(args({"ticket", "search", "CISO", "--json"}))).array(), "id") ==
          QStringList{n(incident)});
    cli.ok(args({"verify"}));

    // Reclassifying adds another playbook's tasks; applying one by hand adds only what is missing.
    const int before = int(tasksOf(cli, incident).size());
    cli.ok({QStringLiteral("ticket"), QStringLiteral("set"), n(incident), QStringLiteral("rsit"),
            QStringLiteral("intrusions/unprivileged-account-compromise")});
    const int after = int(tasksOf(cli, incident).size());
    CHECK(after > before);
    const QJsonObject again =
        QJsonDocument::fromJson(cli.ok({QStringLiteral("playbook"), QStringLiteral("apply"), n(incident),
                                        QStringLiteral("phishing"), QStringLiteral("--json")}))
            .object();
    CHECK(again.value(QStringLiteral("added")).toArray().isEmpty());
    CHECK(cli.ok({QStringLiteral("playbook"), QStringLiteral("apply"), n(incident), QStringLiteral("incident-closure")})
              .contains("3 task(s) added"));
}

TEST_CASE("task commands refuse bad input with the exit codes of the house")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 report = cli.create(args({"--kind", "report", "--title", "Scan"}));
    CHECK(tasksOf(cli, report).isEmpty()); // reports get no playbook
    const qint64 task = QJsonDocument::fromJson(cli.ok({QStringLiteral("task"), QStringLiteral("add"), n(report),
                                                        QStringLiteral("Ask the ISP"), QStringLiteral("--json")}))
                            .object()
                            .value(QStringLiteral("id"))
                            .toInteger();
    REQUIRE(task > 0);

    CHECK(cli.run(args({"task", "done", "x"})).exitCode == 2);
    CHECK(cli.run(args({"task", "done", "999"})).exitCode == 4);
    CHECK(cli.run({QStringLiteral("task"), QStringLiteral("reopen"), n(task)}).exitCode == 4); // already open
    CHECK(cli.run({QStringLiteral("task"), QStringLiteral("add"), n(report), QStringLiteral(" ")}).exitCode == 2);
    CHECK(
        cli.run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("999"), QStringLiteral("x")}).exitCode ==
        4);
    const CliResult due = cli.run({QStringLiteral("task"), QStringLiteral("due"), n(task), QStringLiteral("soon")});
    CHECK(due.exitCode == 2);
    CHECK(due.err.contains("not a due date"));
    CHECK(cli.run({QStringLiteral("task"), QStringLiteral("note"), n(task)}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("task"), QStringLiteral("note"), n(task), QStringLiteral("  ")}).exitCode == 2);
    CHECK(cli.run(args({"task", "list", "--mine", "--owner", "bob"})).exitCode == 1);
    CHECK(cli.run(args({"playbook", "show", "nope"})).exitCode == 4);
    CHECK(cli.run({QStringLiteral("playbook"), QStringLiteral("apply"), n(report), QStringLiteral("nope")}).exitCode ==
          4);
    CHECK(cli.run(args({"playbook", "import"})).exitCode == 1);
    CHECK(tasksOf(cli, report).size() == 1);
}

TEST_CASE("playbooks go out as JSON and come back - a bad file is refused whole with its places named")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const QString exported = dir.file(QStringLiteral("playbooks.json"));
    cli.ok({QStringLiteral("playbook"), QStringLiteral("export"), QStringLiteral("phishing"), QStringLiteral("ddos"),
            QStringLiteral("--out"), exported});
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    CHECK(document.value(QStringLiteral("format")).toString() == QStringLiteral("firebreak-playbooks"));
    CHECK(document.value(QStringLiteral("playbooks")).toArray().size() == 2);
    // Not over an existing file without --force.
    CHECK(cli.run({QStringLiteral("playbook"), QStringLiteral("export"), QStringLiteral("--out"), exported}).exitCode ==
          4);

    // Removed, then brought back by importing the export; importing it again changes nothing.
    cli.ok(args({"playbook", "remove", "ddos"}));
    CHECK(cli.run(args({"playbook", "show", "ddos"})).exitCode == 4);
    CHECK(cli.ok({QStringLiteral("playbook"), QStringLiteral("import"), exported}).contains("ddos"));
    CHECK(cli.ok({QStringLiteral("playbook"), QStringLiteral("import"), exported}).contains("No playbook changed"));
    cli.ok(args({"playbook", "remove", "ddos"}));
    CHECK(cli.ok(args({"playbook", "import", "--shipped"})).contains("1 playbook(s) added"));

    // A file with two problems: both named, nothing changed.
    const QByteArray before = cli.ok(args({"playbook", "export"}));
    const QByteArray bad = R"({"format": "firebreak-playbooks", "version": 1, "playbooks": [
        {"id": "new-one", "name": "New", "tasks": [{"title": "Fine"}]},
        {"id": "phishing", "name": "Phishing", "match": {"class": "fraud", "type": "ddos"},
         "tasks": [{"title": "Step", "due": "soon"}]}]})";
    const CliResult refused = cli.run(args({"playbook", "import", "-"}), bad);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("playbooks[1].tasks[0].due"));
    CHECK(refused.err.contains("playbooks[1].match.type"));
    CHECK(refused.err.contains("nothing was changed"));
    CHECK(cli.ok(args({"playbook", "export"})) == before);
    CHECK(cli.run(args({"playbook", "show", "new-one"})).exitCode == 4);
}

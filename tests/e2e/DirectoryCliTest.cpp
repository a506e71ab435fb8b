// SPDX-License-Identifier: GPL-3.0-or-later
// firebreak-cli directory ... run as a user would: exit codes, JSON output, imports with problems.
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace fb::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class Cli
{
public:
    Cli()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("FIREBREAK_WORKSPACE"), m_dir.file(QStringLiteral("e2e.firebreak")));
        m_env.insert(QStringLiteral("FIREBREAK_PASSPHRASE"), QStringLiteral("e2e passphrase"));
        m_env.insert(QStringLiteral("FIREBREAK_ACTOR"), QStringLiteral("e2e"));
        REQUIRE(run({QStringLiteral("init")}).exitCode == 0);
    }

    Run run(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(FB_CLI_PATH), arguments);
        REQUIRE(process.waitForFinished(120000));
        return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private:
    TempDir m_dir;
    QProcessEnvironment m_env;
};

} // namespace

TEST_CASE("CLI directory import reports problems and lookup answers in JSON")
{
    Cli cli;
    const Run imported = cli.run({QStringLiteral("directory"), QStringLiteral("import"),
                                  sourcePath(QStringLiteral("tests/data/directory/ti-teams.json"))});
    CHECK(imported.exitCode == 2); // some teams had problems; the valid ones are in
    CHECK(imported.out.contains("Added 3"));
    CHECK(imported.out.contains("teams[3].constituency.ipranges[1]"));

    const Run lookup = cli.run({QStringLiteral("directory"), QStringLiteral("lookup"), QStringLiteral("--json"),
                                QStringLiteral("198.18.0.77"), QStringLiteral("someone@shop.de")});
    REQUIRE(lookup.exitCode == 0);
    const QJsonArray answers = QJsonDocument::fromJson(lookup.out).array();
    REQUIRE(answers.size() == 2);
    CHECK(
        answers[0].toObject().value(QStringLiteral("matches")).toArray()[0].toObject().value(QStringLiteral("team")) ==
        QStringLiteral("CERT-XL"));
    CHECK(answers[1].toObject().value(QStringLiteral("fallback")).toBool());

    const Run added = cli.run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("Nowhere CERT"),
                               QStringLiteral("--country"), QStringLiteral("XQ")});
    CHECK(added.exitCode == 2);
    CHECK(added.err.contains("XQ"));
    CHECK(cli.run({QStringLiteral("directory"), QStringLiteral("show"), QStringLiteral("NOPE")}).exitCode == 4);
    CHECK(cli.run({QStringLiteral("directory"), QStringLiteral("frobnicate")}).exitCode == 1);

    const Run stale = cli.run({QStringLiteral("directory"), QStringLiteral("stale"), QStringLiteral("--json")});
    REQUIRE(stale.exitCode == 0);
    CHECK(QJsonDocument::fromJson(stale.out).array().size() == 3);
}

TEST_CASE("CLI directory takes names under special-use domains")
{
    Cli cli;
    const Run added =
        cli.run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("Exercise CSIRT"),
                 QStringLiteral("--short"), QStringLiteral("EX-CSIRT"), QStringLiteral("--email"),
                 QStringLiteral("csirt@team.example"), QStringLiteral("--constituency"),
                 QStringLiteral("corp.internal"), QStringLiteral("--constituency"), QStringLiteral("*.test")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const Run lookup = cli.run({QStringLiteral("directory"), QStringLiteral("lookup"), QStringLiteral("--json"),
                                QStringLiteral("host.corp.internal"), QStringLiteral("soc@lab.test"),
                                QStringLiteral("csirt@team.example")});
    INFO(lookup.err.toStdString());
    REQUIRE(lookup.exitCode == 0);
    const QJsonArray answers = QJsonDocument::fromJson(lookup.out).array();
    REQUIRE(answers.size() == 3);
    for (const QJsonValue& answer : answers) {
        INFO(QJsonDocument(answer.toObject()).toJson().toStdString());
        const QJsonArray matches = answer.toObject().value(QStringLiteral("matches")).toArray();
        REQUIRE_FALSE(matches.isEmpty());
        CHECK(matches[0].toObject().value(QStringLiteral("team")) == QStringLiteral("EX-CSIRT"));
    }
    const Run refused = cli.run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("LAN CSIRT"),
                                 QStringLiteral("--email"), QStringLiteral("soc@host.lan")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("top-level domain"));
}

TEST_CASE("CLI directory import leaves out an oversized field and lookup shows the team's contacts")
{
    Cli cli;
    TempDir dir;
    const QString path = dir.file(QStringLiteral("big.json"));
    {
        const QJsonObject big{{QStringLiteral("id"), 41},
                              {QStringLiteral("official_name"), QStringLiteral("Big Description CERT")},
                              {QStringLiteral("short_name"), QStringLiteral("BIG-CERT")},
                              {QStringLiteral("country"), QStringLiteral("DE")},
                              {QStringLiteral("emails"), QJsonArray{QStringLiteral("cert@big.example.de")}},
                              {QStringLiteral("constituency"),
                               QJsonObject{{QStringLiteral("description"), QString(70000, u'x')},
                                           {QStringLiteral("ipranges"), QJsonArray{QStringLiteral("192.0.2.0/24")}}}}};
        const QJsonObject small{{QStringLiteral("id"), 42}, {QStringLiteral("official_name"), QStringLiteral("Small")}};
        writeAll(path, QJsonDocument(QJsonArray{big, small}).toJson());
    }
    const Run imported = cli.run({QStringLiteral("directory"), QStringLiteral("import"), path});
    CHECK(imported.exitCode == 2); // reported as a problem, and both teams are in
    CHECK(imported.out.contains("Added 2"));
    CHECK(imported.out.contains("BIG-CERT"));
    CHECK(imported.out.contains("constituency_description"));

    const Run lookup = cli.run({QStringLiteral("directory"), QStringLiteral("lookup"), QStringLiteral("192.0.2.1")});
    REQUIRE(lookup.exitCode == 0);
    CHECK(lookup.out.contains("BIG-CERT (#1) via ip 192.0.2.0/24"));
    CHECK(lookup.out.contains("cert@big.example.de"));
}

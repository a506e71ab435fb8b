// SPDX-License-Identifier: GPL-3.0-or-later
// firebreak-cli directory ... run as a user would: exit codes, JSON output, imports with problems.
#include "tests/TestSupport.h"
#include "core/crypto/KeyInfo.h"
#include "tests/core/crypto/GpgTestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace fb;
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

public:
    QString file(const QString& name) const { return m_dir.file(name); }
};

QStringList directory(std::initializer_list<const char*> words)
{
    QStringList list{QStringLiteral("directory")};
    for (const char* word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

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

TEST_CASE("CLI directory lookup answers every good query of a batch and names the bad ones", "[e2e][directory]")
{
    Cli cli;
    REQUIRE(cli.run(directory({"add", "Documentation CERT", "--short", "DOC-CERT", "--constituency", "192.0.2.0/24"}))
                .exitCode == 0);
    QStringList many = directory({"lookup", "--json"});
    for (int i = 0; i < 1500; ++i)
        many.append(QStringLiteral("192.0.2.%1").arg(i % 256));
    const Run batch = cli.run(many);
    REQUIRE(batch.exitCode == 0);
    CHECK(QJsonDocument::fromJson(batch.out).array().size() == 1500);

    const Run mixed = cli.run(directory({"lookup", "--json", "192.0.2.9", "not a query!", "AS", "example.org"}));
    CHECK(mixed.exitCode == 2);
    const QJsonArray answers = QJsonDocument::fromJson(mixed.out).array();
    REQUIRE(answers.size() == 4);
    CHECK(answers[0].toObject().value(QStringLiteral("matches")).toArray().size() == 1);
    CHECK(answers[1].toObject().value(QStringLiteral("query")) == QStringLiteral("not a query!"));
    CHECK(answers[1].toObject().contains(QStringLiteral("error")));
    CHECK(answers[2].toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("AS number")));
    CHECK(answers[3].toObject().value(QStringLiteral("kind")) == QStringLiteral("domain"));
    CHECK(mixed.err.contains("2 of 4"));

    // Text output: the bad query is named with the reason, the others answered; queries can come from a file.
    writeAll(cli.file(QStringLiteral("queries.txt")), "# addresses seen today\n192.0.2.1\nAS\n");
    const Run text = cli.run(directory({"lookup", "--queries"}) << cli.file(QStringLiteral("queries.txt")));
    CHECK(text.exitCode == 2);
    CHECK(text.out.contains("DOC-CERT"));
    CHECK(text.out.contains("AS (not a valid query)"));
}

TEST_CASE("CLI directory import of the same vCards twice reports them unchanged", "[e2e][directory]")
{
    Cli cli;
    const QString google = sourcePath(QStringLiteral("tests/data/directory/vcard/google-3.0.vcf"));
    const Run first = cli.run(directory({"import", "--json"}) << google);
    CHECK(first.exitCode == 0); // a bad address is a warning: the person is imported without it
    const QJsonObject report = QJsonDocument::fromJson(first.out).object();
    CHECK(report.value(QStringLiteral("added")).toArray().size() == 2);
    REQUIRE(report.value(QStringLiteral("warnings")).toArray().size() == 1);
    CHECK(report.value(QStringLiteral("warnings")).toArray()[0].toObject().value(QStringLiteral("position")) ==
          QStringLiteral("google-3.0.vcf, line 17"));
    const Run second = cli.run(directory({"import"}) << google);
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains("Added 0, updated 0, unchanged 2, skipped 0."));

    const Run latin1 =
        cli.run(directory({"import"}) << sourcePath(QStringLiteral("tests/data/directory/vcard/latin1-4.0.vcf")));
    CHECK(latin1.exitCode == 0);
    CHECK(latin1.out.contains("warning at latin1-4.0.vcf, line 3"));
    const Run people = cli.run(directory({"list", "--people", "--json"}));
    REQUIRE(people.exitCode == 0);
    CHECK(people.out.contains("Ren\xc3\xa9 Martin"));
    CHECK(people.out.contains("\"organisation\": \"Example University\""));
}

TEST_CASE("CLI directory show lists the linked keys with expiry and validity and warns about a differing key",
          "[e2e][directory][crypto]")
{
    Cli cli;
    REQUIRE(
        cli.run(directory({"import"}) << sourcePath(QStringLiteral("tests/data/directory/ti-teams.json"))).exitCode ==
        2);
    GnupgHome home = makeHome();
    const QString fingerprint = generateKey(home, QStringLiteral("CERT-XL new <cert@cert-xl.de>"));
    const GpgRun exported = gpg(home, {QStringLiteral("--armor"), QStringLiteral("--export"), fingerprint});
    REQUIRE(exported.exitCode == 0);
    writeAll(cli.file(QStringLiteral("new.asc")), exported.out);
    REQUIRE(cli.run(directory({"keys", "--import"})
                    << cli.file(QStringLiteral("new.asc")) << QStringLiteral("--link") << QStringLiteral("CERT-XL"))
                .exitCode == 0);

    const Run shown = cli.run(directory({"show", "CERT-XL"}));
    REQUIRE(shown.exitCode == 0);
    const QString text = QString::fromUtf8(shown.out);
    INFO(text.toStdString());
    CHECK(text.contains(groupedFingerprint(fingerprint) + QStringLiteral(" (ed25519")));
    CHECK(text.contains(QStringLiteral("validity ")));
    CHECK(text.contains(QStringLiteral("expires ")));
    CHECK(text.contains(QStringLiteral("0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 (not in the keyring)")));
    CHECK(text.contains(QStringLiteral("Warning: The linked key %1 differs from the key the Trusted Introducer entry "
                                       "names")
                            .arg(groupedFingerprint(fingerprint))));
    CHECK(text.contains(QStringLiteral("Updated at source:")));

    const Run json = cli.run(directory({"show", "CERT-XL", "--json"}));
    REQUIRE(json.exitCode == 0);
    const QJsonObject team = QJsonDocument::fromJson(json.out).object();
    const QJsonArray keys = team.value(QStringLiteral("keys")).toArray();
    REQUIRE(keys.size() == 2);
    CHECK(keys[1].toObject().value(QStringLiteral("inKeyring")).toBool());
    CHECK(keys[1].toObject().contains(QStringLiteral("expires")));
    CHECK(keys[0].toObject().value(QStringLiteral("warnings")).toArray().size() == 1);
}

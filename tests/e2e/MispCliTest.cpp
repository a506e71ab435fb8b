// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: MISP events through firebreak-cli: an incident goes out behind the TLP gate and comes into another
// workspace with the same observables, TLP and RSIT; the same event again is recognised; a bad file stores nothing.
#include "tests/e2e/CliRunner.h"

using namespace fb;
using namespace fb::test;

namespace {

QString n(qint64 id)
{
    return QString::number(id);
}

QStringList observables(const CliRunner& cli, qint64 id)
{
    const QJsonObject ticket = QJsonDocument::fromJson(cli.ok({QStringLiteral("ticket"), QStringLiteral("show"), n(id),
                                                               QStringLiteral("--json")}))
                                   .object();
    QStringList out;
    for (const QJsonValue& o : ticket.value(QStringLiteral("observables")).toArray())
        out.append(o.toObject().value(QStringLiteral("type")).toString() + QLatin1Char(':') +
                   o.toObject().value(QStringLiteral("value")).toString());
    out.sort();
    return out;
}

QJsonObject show(const CliRunner& cli, qint64 id)
{
    return QJsonDocument::fromJson(
               cli.ok({QStringLiteral("ticket"), QStringLiteral("show"), n(id), QStringLiteral("--json")}))
        .object();
}

} // namespace

TEST_CASE("misp export goes through the TLP gate, misp import into another workspace gives the same ticket facts")
{
    TempDir here;
    CliRunner cli(here);
    cli.ok(args({"init"}));
    const qint64 incident =
        cli.create(args({"--kind", "incident", "--title", "C2 traffic from the lab", "--tlp", "amber", "--rsit",
                         "malicious-code/c2-server", "--constituency", "Example Lab", "--observable", "192.0.2.10",
                         "--observable", "c2.bad.example.com"}));
    const qint64 report = cli.create({QStringLiteral("--kind"), QStringLiteral("report"), QStringLiteral("--title"),
                                      QStringLiteral("IDS alert"), QStringLiteral("--tlp"), QStringLiteral("green"),
                                      QStringLiteral("--incident"), n(incident), QStringLiteral("--observable"),
                                      QStringLiteral("CVE-2024-3094")});
    cli.ok(args({"directory", "add", "CERT Green", "--short", "CERT-GR", "--set", "highest_tlp=green", "--email",
                 "cert@gr.example.org"}));
    cli.ok(args({"directory", "add", "CERT Amber", "--short", "CERT-AM", "--set", "highest_tlp=amber", "--email",
                 "cert@am.example.org"}));
    const QString file = here.file(QStringLiteral("event.json"));

    // Above the recipient's clearance: refused (exit 4), no file.
    CliResult refused = cli.run({QStringLiteral("misp"), QStringLiteral("export"), n(incident), QStringLiteral("--out"),
                                 file, QStringLiteral("--recipient"), QStringLiteral("CERT-GR")});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains("TLP:AMBER"));
    CHECK(refused.err.contains("CERT-GR"));
    CHECK_FALSE(QFile::exists(file));
    refused = cli.run({QStringLiteral("misp"), QStringLiteral("export"), n(incident), QStringLiteral("--out"), file});
    CHECK(refused.exitCode == 4); // no recipient named: CLEAR and GREEN only
    CHECK(cli.run({QStringLiteral("misp"), QStringLiteral("export"), n(incident), QStringLiteral("--clearance"),
                   QStringLiteral("pink")})
              .exitCode == 2);
    CHECK(cli.run({QStringLiteral("misp"), QStringLiteral("export"), n(incident), QStringLiteral("--clearance"),
                   QStringLiteral("red"), QStringLiteral("--recipient"), QStringLiteral("CERT-AM")})
              .exitCode == 1);

    const CliResult exported =
        cli.run({QStringLiteral("misp"), QStringLiteral("export"), n(incident), QStringLiteral("--out"), file,
                 QStringLiteral("--recipient"), QStringLiteral("CERT-AM"), QStringLiteral("--json")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QJsonObject summary = exported.object();
    CHECK(summary.value(QStringLiteral("tlp")).toString() == QStringLiteral("amber"));
    CHECK(summary.value(QStringLiteral("attributes")).toInt() == 3);
    CHECK(summary.value(QStringLiteral("tickets")).toArray().size() == 2);
    const QString uuid = summary.value(QStringLiteral("uuid")).toString();
    CHECK(QFile::exists(file));
    // Stdout without --out; the same UUID every time.
    const QJsonObject event =
        QJsonDocument::fromJson(cli.ok({QStringLiteral("misp"), QStringLiteral("export"), n(incident),
                                        QStringLiteral("--clearance"), QStringLiteral("amber")}))
            .object()
            .value(QStringLiteral("Event"))
            .toObject();
    CHECK(event.value(QStringLiteral("uuid")).toString() == uuid);

    TempDir there;
    CliRunner other(there);
    other.ok(args({"init"}));
    const CliResult imported =
        other.run({QStringLiteral("misp"), QStringLiteral("import"), file, QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject summaryIn = imported.object();
    CHECK(summaryIn.value(QStringLiteral("created")).toBool());
    CHECK(summaryIn.value(QStringLiteral("event")).toString() == uuid);
    CHECK(summaryIn.value(QStringLiteral("warnings")).toArray().isEmpty());
    const qint64 copy = summaryIn.value(QStringLiteral("ticket")).toInteger();
    QStringList expected = observables(cli, incident) + observables(cli, report);
    expected.sort();
    CHECK(observables(other, copy) == expected);
    const QJsonObject copied = show(other, copy);
    const QJsonObject original = show(cli, incident);
    for (const char* key : {"tlp", "rsit", "constituency", "title"})
        CHECK(copied.value(QString::fromLatin1(key)) == original.value(QString::fromLatin1(key)));

    // Again: recognised, onto the same ticket, no new ticket.
    const QJsonObject again = QJsonDocument::fromJson(other.ok({QStringLiteral("misp"), QStringLiteral("import"), file,
                                                                QStringLiteral("--json")}))
                                  .object();
    CHECK(again.value(QStringLiteral("recognised")).toBool());
    CHECK(again.value(QStringLiteral("ticket")).toInteger() == copy);
    CHECK(again.value(QStringLiteral("observablesAdded")).toInt() == 0);
    CHECK(other.ok(args({"verify"})).size() > 0);
}

TEST_CASE("misp import: a bad file is refused with where, nothing stored, odd attributes are warnings")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 target = cli.create(args({"--kind", "incident", "--title", "Target"}));
    const QString bad = dir.file(QStringLiteral("bad.json"));
    writeAll(bad, QByteArray("{\"Event\": {\"uuid\": \"8d2f7a0e-4c51-4a8e-9f3e-0b1c2d3e4f50\", \"Attribute\": [{"));
    const QByteArray before = cli.ok(args({"ticket", "list", "--json"}));
    const CliResult refused = cli.run({QStringLiteral("misp"), QStringLiteral("import"), bad});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("byte"));
    CHECK(cli.ok(args({"ticket", "list", "--json"})) == before);
    CHECK(cli.run({QStringLiteral("misp"), QStringLiteral("import"), dir.file(QStringLiteral("missing.json"))})
              .exitCode != 0);
    CHECK(
        cli.run({QStringLiteral("misp"), QStringLiteral("import"), bad, QStringLiteral("--onto"), QStringLiteral("x")})
            .exitCode == 2);

    const QString odd = dir.file(QStringLiteral("odd.json"));
    writeAll(odd, QByteArray(R"({"Event": {"uuid": "8d2f7a0e-4c51-4a8e-9f3e-0b1c2d3e4f50", "info": "Odd",
        "Tag": [{"name": "tlp:green"}],
        "Attribute": [{"type": "ip-src", "value": "not-an-ip"}, {"type": "domain", "value": "ok.example.com"}]}})"));
    const CliResult result = cli.run({QStringLiteral("misp"), QStringLiteral("import"), odd, QStringLiteral("--onto"),
                                      n(target), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray warnings = result.object().value(QStringLiteral("warnings")).toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).toObject().value(QStringLiteral("where")).toString() == QStringLiteral("Event.Attribute[0]"));
    CHECK(warnings.at(0).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("not-an-ip")));
    CHECK(result.object().value(QStringLiteral("ticket")).toInteger() == target);
    CHECK(observables(cli, target) == QStringList{QStringLiteral("domain:ok.example.com")});
    // Text output names the warning too.
    const QByteArray text = cli.ok({QStringLiteral("misp"), QStringLiteral("import"), odd});
    CHECK(text.contains("warning: Event.Attribute[0]"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: firebreak-cli ticket investigate (plan, preview, confirm) and mail reply-all, with keys generated for
// the test in throwaway GnuPG homes: our team's (as the user's own home) and a peer team's.
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/e2e/CliRunner.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

struct Teams
{
    TempDir dir;
    CliRunner cli{dir};
    GnupgHome teamHome = makeHome();
    GnupgHome peerHome = makeHome();
    QString teamKey = generateKey(teamHome, QStringLiteral("Our Team <cert@team.example.org>"),
                                  QStringLiteral("future-default"), QStringLiteral("default"));
    QString peerKey = generateKey(peerHome, QStringLiteral("Peer CERT <cert@peer.example>"),
                                  QStringLiteral("future-default"), QStringLiteral("default"));

    Teams()
    {
        cli.ok(args({"init"}));
        cli.setEnv(QStringLiteral("GNUPGHOME"), teamHome.path()); // the user's own home holds our secret key
        const GpgRun peerPublic = gpg(peerHome, {QStringLiteral("--armor"), QStringLiteral("--export"), peerKey});
        REQUIRE(peerPublic.exitCode == 0);
        writeAll(dir.file(QStringLiteral("peer.asc")), peerPublic.out);
        cli.ok({QStringLiteral("directory"), QStringLiteral("keys"), QStringLiteral("--import"),
                dir.file(QStringLiteral("peer.asc"))});
        cli.ok(args({"directory", "add", "Our Team", "--short", "OUR-CERT", "--email", "cert@team.example.org",
                     "--constituency", "198.51.100.0/24"}));
        cli.ok(args({"directory", "add", "Peer CERT", "--short", "PEER-CERT", "--email", "cert@peer.example",
                     "--constituency", "192.0.2.0/24"}));
        // A block inside PEER-CERT's: its addresses go to the bank.
        cli.ok(args({"directory", "add", "Bank CSIRT", "--short", "BANK-CSIRT", "--email", "csirt@bank.example",
                     "--constituency", "192.0.2.80/28", "--constituency", "bank.example.com"}));
        cli.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("team"), QStringLiteral("OUR-CERT"),
                QStringLiteral("signing-key"), teamKey});
    }
};

QStringList teamsOf(const QJsonObject& plan)
{
    QStringList names;
    for (const QJsonValue& g : plan.value(QStringLiteral("groups")).toArray())
        names.append(g.toObject().value(QStringLiteral("team")).toString());
    return names;
}

QJsonObject groupOf(const QJsonObject& plan, const QString& team)
{
    for (const QJsonValue& g : plan.value(QStringLiteral("groups")).toArray())
        if (g.toObject().value(QStringLiteral("team")).toString() == team)
            return g.toObject();
    FAIL("no group for " << team.toStdString());
    return {};
}

} // namespace

TEST_CASE("CLI ticket investigate plans by team, previews, and launches signed notifications", "[e2e][investigate]")
{
    Teams t;
    CliRunner& cli = t.cli;
    const qint64 incident =
        cli.create(args({"--kind", "incident", "--title", "Botnet C2", "--tlp", "amber", "--observable", "192.0.2.5",
                         "--observable", "192.0.2.85", "--observable", "www.bank.example.com", "--observable",
                         "198.51.100.9", "--observable", "203.0.113.77"}));
    const QString id = QString::number(incident);

    const CliResult planned =
        cli.run({QStringLiteral("ticket"), QStringLiteral("investigate"), id, QStringLiteral("--json")});
    INFO(planned.err.toStdString());
    REQUIRE(planned.exitCode == 0);
    const QJsonObject plan = planned.object();
    CHECK(teamsOf(plan) == QStringList{QStringLiteral("BANK-CSIRT"), QStringLiteral("PEER-CERT")});
    const QJsonObject bank = groupOf(plan, QStringLiteral("BANK-CSIRT"));
    CHECK(bank.value(QStringLiteral("observables")).toArray().size() == 2); // the nested address and the domain
    CHECK(bank.value(QStringLiteral("key")).toString() == QLatin1String("none"));
    CHECK_FALSE(bank.value(QStringLiteral("encrypt")).toBool());
    const QJsonObject peer = groupOf(plan, QStringLiteral("PEER-CERT"));
    CHECK(peer.value(QStringLiteral("observables")).toArray().size() == 1);
    CHECK(peer.value(QStringLiteral("key")).toString() == QLatin1String("valid"));
    CHECK(peer.value(QStringLiteral("encrypt")).toBool());
    CHECK(peer.value(QStringLiteral("tlp")).toString() == QLatin1String("TLP:AMBER"));
    // Ours (198.51.100.9) and nobody's (203.0.113.77) are for manual handling.
    CHECK(plan.value(QStringLiteral("unknown")).toArray().size() == 2);

    const QByteArray text = cli.ok({QStringLiteral("ticket"), QStringLiteral("investigate"), id});
    CHECK(text.contains("BANK-CSIRT"));
    CHECK(text.contains("For manual handling"));
    CHECK(text.contains("203.0.113.77"));

    const QByteArray preview =
        cli.ok({QStringLiteral("ticket"), QStringLiteral("investigate"), id, QStringLiteral("--preview")});
    CHECK(preview.contains("--- Notification to PEER-CERT"));
    CHECK(preview.contains("signed and encrypted"));
    CHECK(preview.contains("192.0.2.85"));
    CHECK(preview.contains(QStringLiteral("#%1]").arg(incident).toUtf8()));

    // A pasted list instead of the incident's observables.
    writeAll(t.dir.file(QStringLiteral("list.txt")), "192.0.2[.]86, nonsense\n");
    const QJsonObject pasted =
        cli.run({QStringLiteral("ticket"), QStringLiteral("investigate"), id, QStringLiteral("--observables-from-file"),
                 t.dir.file(QStringLiteral("list.txt")), QStringLiteral("--json")})
            .object();
    CHECK(teamsOf(pasted) == QStringList{QStringLiteral("BANK-CSIRT")});
    CHECK(pasted.value(QStringLiteral("unknown")).toArray().size() == 1);

    // Errors: an unknown team to leave out, two modes at once, a ticket that is no incident.
    const CliResult noTeam = cli.run({QStringLiteral("ticket"), QStringLiteral("investigate"), id,
                                      QStringLiteral("--exclude-team"), QStringLiteral("NOPE")});
    CHECK(noTeam.exitCode == 4);
    CHECK(noTeam.err.contains("NOPE"));
    const CliResult twoModes = cli.run({QStringLiteral("ticket"), QStringLiteral("investigate"), id,
                                        QStringLiteral("--preview"), QStringLiteral("--confirm")});
    CHECK(twoModes.exitCode == 1);
    const qint64 report = cli.create(args({"--kind", "report", "--title", "A report"}));
    const CliResult notIncident =
        cli.run({QStringLiteral("ticket"), QStringLiteral("investigate"), QString::number(report)});
    CHECK(notIncident.exitCode == 2);
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("investigate"), QStringLiteral("999")}).exitCode == 4);

    // Confirm, leaving the bank out: one Investigation with its encrypted, signed notification.
    const CliResult launched =
        cli.run({QStringLiteral("ticket"), QStringLiteral("investigate"), id, QStringLiteral("--confirm"),
                 QStringLiteral("--exclude-team"), QStringLiteral("bank-csirt"), QStringLiteral("--json")});
    INFO(launched.err.toStdString());
    REQUIRE(launched.exitCode == 0);
    const QJsonArray list = launched.object().value(QStringLiteral("launched")).toArray();
    REQUIRE(list.size() == 1);
    const QJsonObject one = list.at(0).toObject();
    CHECK(one.value(QStringLiteral("team")).toString() == QLatin1String("PEER-CERT"));
    CHECK(one.value(QStringLiteral("encrypted")).toBool());
    CHECK(one.value(QStringLiteral("signatureStatus")).toString() == QLatin1String("good"));
    const QString investigation = QString::number(one.value(QStringLiteral("ticket")).toInteger());

    const QJsonObject shown =
        cli.run({QStringLiteral("ticket"), QStringLiteral("show"), investigation, QStringLiteral("--json")}).object();
    CHECK(shown.value(QStringLiteral("kind")).toString() == QLatin1String("investigation"));
    CHECK(shown.value(QStringLiteral("reporter")).toString() == QLatin1String("cert@peer.example"));
    const QString eml = t.dir.file(QStringLiteral("notification.eml"));
    const QJsonArray exported = cli.run({QStringLiteral("mail"), QStringLiteral("export"), investigation,
                                         QStringLiteral("--out"), eml, QStringLiteral("--json")})
                                    .array();
    REQUIRE(exported.size() == 1);
    CHECK(exported.at(0).toObject().value(QStringLiteral("direction")).toString() == QLatin1String("out"));
    const QByteArray raw = readAll(eml);
    CHECK(raw.contains("multipart/encrypted"));
    CHECK(raw.contains("To: cert@peer.example"));

    // TLP:RED: the bank, without a key, is refused with the reason.
    cli.ok({QStringLiteral("ticket"), QStringLiteral("set"), id, QStringLiteral("tlp"), QStringLiteral("red")});
    const QJsonObject red =
        cli.run({QStringLiteral("ticket"), QStringLiteral("investigate"), id, QStringLiteral("--json")}).object();
    CHECK(groupOf(red, QStringLiteral("BANK-CSIRT")).value(QStringLiteral("refused")).toBool());
    CHECK(groupOf(red, QStringLiteral("BANK-CSIRT"))
              .value(QStringLiteral("refusal"))
              .toString()
              .contains(QLatin1String("TLP:RED")));
    CHECK_FALSE(groupOf(red, QStringLiteral("PEER-CERT")).value(QStringLiteral("refused")).toBool());
    const CliResult onlyRefused =
        cli.run({QStringLiteral("ticket"), QStringLiteral("investigate"), id, QStringLiteral("--confirm"),
                 QStringLiteral("--exclude-team"), QStringLiteral("PEER-CERT")});
    CHECK(onlyRefused.exitCode == 2);
    CHECK(onlyRefused.err.contains("Nothing to launch"));
}

TEST_CASE("CLI mail reply-all answers each reporter once, threaded, with opt-out", "[e2e][investigate]")
{
    Teams t;
    CliRunner& cli = t.cli;
    auto message = [](const char* from, const char* id, const char* subject) -> QByteArray {
        return QByteArray("From: ") + from + "\nTo: cert@team.example.org\nDate: Mon, 02 Mar 2026 10:00:00 +0100\n" +
               "Message-ID: <" + id + ">\nSubject: " + subject +
               "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nScanning from 192.0.2.5.\n";
    };
    writeAll(t.dir.file(QStringLiteral("a.eml")), message("Jane Doe <jane@isp.example>", "a@isp", "Scan A"));
    writeAll(t.dir.file(QStringLiteral("b.eml")), message("Peer CERT <cert@peer.example>", "b@peer", "Scan B"));
    writeAll(t.dir.file(QStringLiteral("c.eml")), message("Joe <joe@other.example>", "c@other", "Scan C"));
    cli.ok({QStringLiteral("mail"), QStringLiteral("import"), t.dir.file(QStringLiteral("a.eml")),
            t.dir.file(QStringLiteral("b.eml")), t.dir.file(QStringLiteral("c.eml"))});
    const qint64 incident = cli.create(args({"--kind", "incident", "--title", "Scanning", "--tlp", "amber"}));
    const QString id = QString::number(incident);
    for (const char* report : {"1", "2", "3"})
        cli.ok({QStringLiteral("ticket"), QStringLiteral("link"), QString::fromLatin1(report), id});

    const QJsonArray reporters =
        cli.run({QStringLiteral("mail"), QStringLiteral("reply-all"), id, QStringLiteral("--json")}).array();
    REQUIRE(reporters.size() == 3);
    CHECK(reporters.at(0).toObject().value(QStringLiteral("address")).toString() == QLatin1String("cert@peer.example"));
    CHECK(reporters.at(0).toObject().value(QStringLiteral("encrypt")).toBool());

    const QByteArray preview =
        cli.ok({QStringLiteral("mail"), QStringLiteral("reply-all"), id, QStringLiteral("--preview"),
                QStringLiteral("--except"), QStringLiteral("joe@other.example")});
    CHECK(preview.contains("Dear Jane Doe,"));
    CHECK_FALSE(preview.contains("joe@other.example"));

    const CliResult sent = cli.run({QStringLiteral("mail"), QStringLiteral("reply-all"), id,
                                    QStringLiteral("--confirm"), QStringLiteral("--sign"), QStringLiteral("--except"),
                                    QStringLiteral("Joe <JOE@other.example>"), QStringLiteral("--json")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    const QJsonArray replies = sent.array();
    REQUIRE(replies.size() == 2);
    for (const QJsonValue& reply : replies) {
        const QJsonObject o = reply.toObject();
        CHECK(o.value(QStringLiteral("signatureStatus")).toString() == QLatin1String("good"));
        CHECK(o.value(QStringLiteral("subject")).toString().contains(QLatin1String("Re: Scan")));
    }
    CHECK(replies.at(0).toObject().value(QStringLiteral("inReplyTo")).toString() == QLatin1String("b@peer"));
    CHECK(replies.at(0).toObject().value(QStringLiteral("encrypted")).toBool());
    // Stored on each report: two messages there now, none on the one left out.
    CHECK(cli.run({QStringLiteral("mail"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                   t.dir.file(QStringLiteral("1.mbox")), QStringLiteral("--json")})
              .array()
              .size() == 2);
    CHECK(cli.run({QStringLiteral("mail"), QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--out"),
                   t.dir.file(QStringLiteral("3.mbox")), QStringLiteral("--json")})
              .array()
              .size() == 1);

    // Nobody left: refused.
    const CliResult nobody =
        cli.run({QStringLiteral("mail"), QStringLiteral("reply-all"), id, QStringLiteral("--confirm"),
                 QStringLiteral("--except"), QStringLiteral("jane@isp.example"), QStringLiteral("--except"),
                 QStringLiteral("cert@peer.example"), QStringLiteral("--except"), QStringLiteral("joe@other.example")});
    CHECK(nobody.exitCode == 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: firebreak-cli profile ... with the team key in a throwaway GnuPG home, checked by stock gpg.
#include "core/crypto/KeyInfo.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/profile/ProfileLayouts.h"
#include "tests/e2e/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

// A workspace with our team in the directory, the team key in GNUPGHOME and a complete profile draft.
struct ProfileSetup
{
    ProfileSetup()
        : cli(dir)
        , home(makeHome())
    {
        fingerprint = generateKey(home, QStringLiteral("CERT-XX <cert@cert-xx.example.org>"));
        cli.setEnv(QStringLiteral("GNUPGHOME"), home.path());
        cli.ok(args({"init"}));
        cli.ok(args({"directory", "add", "Computer Emergency Response Team of Example Land", "--short", "CERT-XX",
                     "--country", "DE", "--email", "cert@cert-xx.example.org", "--phone", "+49 30 5550 0000"}));
        cli.ok(QStringList{QStringLiteral("directory"), QStringLiteral("edit"), QStringLiteral("CERT-XX"),
                           QStringLiteral("--set"), QStringLiteral("postal_address=Musterstraße 1\n10115 Berlin"),
                           QStringLiteral("--set"), QStringLiteral("time_zone=Europe/Berlin"), QStringLiteral("--set"),
                           QStringLiteral("business_hours=Mon-Fri 08:00-17:00"), QStringLiteral("--set"),
                           QStringLiteral("rfc2350_url=https://cert-xx.example.org/rfc2350.txt"),
                           QStringLiteral("--set"), QStringLiteral("languages=en,de")});
        // A script fills the rest of the profile from a JSON file.
        const QString json = dir.file(QStringLiteral("profile.json"));
        writeAll(json, R"({"sections": {
            "1.4": "Clear-signed with the team key.",
            "3.1": "CERT-XX helps the public sector of Example Land.",
            "3.4": "Federal Act on Examples.",
            "4.2": "Need-to-know basis.",
            "5.1": "Triage, coordination and resolution.",
            "7": "No warranty."},
          "informationHandling": "TLP 2.0",
          "priorities": [{"priority": "P1", "reaction": "1 hour", "handling": "1 day"}]})");
        cli.ok(QStringList{QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("--team"),
                           QStringLiteral("CERT-XX"), QStringLiteral("--signing-key"), fingerprint,
                           QStringLiteral("--fill-from-directory"), QStringLiteral("--from"), json,
                           QStringLiteral("--set"), QStringLiteral("3.2=The federal administration of Example Land.")});
    }

    TempDir dir;
    CliRunner cli;
    GnupgHome home;
    QString fingerprint;
};

} // namespace

TEST_CASE("profile: edit, lint, sign, verify with stock gpg, versions and diff")
{
    ProfileSetup s;
    CliRunner& cli = s.cli;

    const QJsonObject shown = CliResult{0, cli.ok(args({"profile", "show", "--json"})), {}, 0}.object();
    const QJsonObject sections = shown.value(QStringLiteral("sections")).toObject();
    CHECK(sections.value(QStringLiteral("2.1")).toString() ==
          QStringLiteral("Computer Emergency Response Team of Example Land (CERT-XX)"));
    CHECK(sections.value(QStringLiteral("2.3")).toString() == QStringLiteral("Europe/Berlin"));
    CHECK(sections.value(QStringLiteral("3.1")).toString().contains(QStringLiteral("public sector")));
    CHECK(shown.value(QStringLiteral("keyFingerprint")).toString() == s.fingerprint);
    CHECK(shown.value(QStringLiteral("hoursOfService")).toString() ==
          QStringLiteral("Mon-Fri 08:00-17:00 Europe/Berlin"));

    const QByteArray lint = cli.ok(args({"profile", "lint"}));
    CHECK(lint.contains("No problems found"));

    const QString signedFile = s.dir.file(QStringLiteral("rfc2350.txt.asc"));
    cli.ok(QStringList{QStringLiteral("profile"), QStringLiteral("sign"), QStringLiteral("--output"), signedFile});
    const GpgRun verified = gpg(s.home, {QStringLiteral("--verify"), signedFile});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.err.contains("Good signature"));

    const CliResult check =
        cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("verify"), QStringLiteral("--json"), signedFile});
    CHECK(check.exitCode == 0);
    CHECK(check.object().value(QStringLiteral("good")).toBool());
    CHECK(check.object().value(QStringLiteral("signerIsProfileKey")).toBool());
    CHECK(check.object().value(QStringLiteral("fingerprint")).toString() == s.fingerprint);
    CHECK(check.object().value(QStringLiteral("lastUpdate")).toString() ==
          QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));

    // One character changed: stock gpg and profile verify both refuse it.
    QByteArray tampered = readAll(signedFile);
    const qsizetype at = tampered.indexOf("public sector");
    REQUIRE(at > 0);
    tampered[at] = 'P';
    const QString tamperedFile = s.dir.file(QStringLiteral("tampered.txt.asc"));
    writeAll(tamperedFile, tampered);
    CHECK(gpg(s.home, {QStringLiteral("--verify"), tamperedFile}).exitCode != 0);
    const CliResult bad = cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("verify"), tamperedFile});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.contains("Bad"));

    // The stored version is the published text, byte for byte.
    CHECK(cli.ok(args({"profile", "render", "--version", "1", "--signed"})) == readAll(signedFile));

    cli.ok(args({"profile", "edit", "--set", "3.1=CERT-XX protects the public sector of Example Land."}));
    cli.ok(args({"profile", "sign", "--output", "-"}));
    const QJsonArray versions = CliResult{0, cli.ok(args({"profile", "versions", "--json"})), {}, 0}.array();
    REQUIRE(versions.size() == 2);
    CHECK(versions.first().toObject().value(QStringLiteral("version")).toInt() == 2);
    const QByteArray diff = cli.ok(args({"profile", "diff", "1", "2"}));
    CHECK(diff.contains("-    CERT-XX helps the public sector of Example Land."));
    CHECK(diff.contains("+    CERT-XX protects the public sector of Example Land."));
    CHECK(cli.ok(args({"profile", "diff", "2", "draft"})).contains("No differences"));

    const QByteArray html = cli.ok(args({"profile", "render", "--format", "html"}));
    CHECK(html.contains("<h3 id=\"s3.1\">3.1 Mission Statement</h3>"));
}

TEST_CASE("profile: security.txt passes the lint and verifies with stock gpg")
{
    ProfileSetup s;
    const QString file = s.dir.file(QStringLiteral("security.txt"));
    s.cli.ok(QStringList{QStringLiteral("profile"), QStringLiteral("securitytxt"), QStringLiteral("--sign"),
                         QStringLiteral("--output"), file});
    const QByteArray text = readAll(file);
    CHECK(text.contains("Contact: mailto:cert@cert-xx.example.org"));
    CHECK(text.contains("Policy: https://cert-xx.example.org/rfc2350.txt"));
    CHECK(text.contains("Preferred-Languages: en, de"));
    const GpgRun verified = gpg(s.home, {QStringLiteral("--verify"), file});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(
        s.cli.ok(QStringList{QStringLiteral("profile"), QStringLiteral("securitytxt"), QStringLiteral("--lint"), file})
            .contains("No problems found"));

    const QString broken = s.dir.file(QStringLiteral("broken.txt"));
    writeAll(broken, "Expires: 2020-01-01T00:00:00Z\n");
    const CliResult lint = s.cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("securitytxt"),
                                                 QStringLiteral("--lint"), broken, QStringLiteral("--json")});
    CHECK(lint.exitCode == 2);
    CHECK(lint.object().value(QStringLiteral("findings")).toArray().size() == 2); // expired, no Contact
}

TEST_CASE("profile: translations carry the binding-original notice")
{
    ProfileSetup s;
    s.cli.ok(args({"profile", "edit", "--language", "de", "--translation-of", "en", "--set",
                   "3.1=CERT-XX hilft der öffentlichen Verwaltung."}));
    const QByteArray text = s.cli.ok(args({"profile", "render", "--language", "de"}));
    CHECK(text.contains("Translation notice:"));
    CHECK(text.contains("Original language: en"));
    CHECK(text.contains("Original version: https://cert-xx.example.org/rfc2350.txt"));
    CHECK(text.contains("öffentlichen"));
    s.cli.ok(args({"profile", "sign", "--language", "de", "--output", "-"}));
    CHECK(CliResult{0, s.cli.ok(args({"profile", "versions", "--language", "de", "--json"})), {}, 0}.array().size() ==
          1);
}

TEST_CASE("profile: import another team's document into the directory")
{
    TempDir dir;
    CliRunner cli(dir);
    GnupgHome home = makeHome();
    cli.setEnv(QStringLiteral("GNUPGHOME"), home.path());
    cli.ok(args({"init"}));
    const CliResult imported =
        cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--json"),
                            sourcePath(QStringLiteral("tests/data/profile/numbered.txt"))});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.object().value(QStringLiteral("created")).toBool());
    CHECK(imported.object().value(QStringLiteral("unmapped")).toArray().size() == 1);
    const QByteArray team = cli.ok(args({"directory", "show", "CERT-EX"}));
    CHECK(team.contains("cert@cert-ex.example.org"));
    CHECK(team.contains("Europe/Amsterdam"));
    const QByteArray kept = cli.ok(args({"profile", "show", "--team", "CERT-EX"}));
    CHECK(kept.contains("[Not mapped to RFC 2350] 8. Annex: Abuse Handling"));

    const QString garbage = dir.file(QStringLiteral("letter.txt"));
    writeAll(garbage, "Dear colleagues,\nthis is no team description.\n");
    const CliResult refused = cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("import"), garbage});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("RFC 2350"));
}

TEST_CASE("profile: import keeps special-use addresses and lists a refused field instead of aborting")
{
    TempDir dir;
    CliRunner cli(dir);
    GnupgHome home = makeHome();
    cli.setEnv(QStringLiteral("GNUPGHOME"), home.path());
    cli.ok(args({"init"}));
    QByteArray text = readAll(sourcePath(QStringLiteral("tests/data/profile/numbered.txt")));
    text.replace("cert@cert-ex.example.org", "cert@cert-ex.example");
    text.replace("info@cert-ex.example.org", "info@cert-ex.lan");
    const QString file = dir.file(QStringLiteral("exercise.txt"));
    writeAll(file, text);
    const CliResult imported = cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains("exercise.txt, section 2.7"));
    CHECK(imported.out.contains("info@cert-ex.lan"));
    const QByteArray team = cli.ok(args({"directory", "show", "CERT-EX"}));
    CHECK(team.contains("cert@cert-ex.example"));
    CHECK_FALSE(team.contains("info@cert-ex.lan"));

    const CliResult again =
        cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--json"), file});
    REQUIRE(again.exitCode == 0);
    const QJsonArray skipped = again.object().value(QStringLiteral("skipped")).toArray();
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].toObject().value(QStringLiteral("position")).toString() ==
          QStringLiteral("exercise.txt, section 2.7"));
}

TEST_CASE("profile: verify a partner's signed document with the key from the workspace keyring")
{
    TempDir dir;
    CliRunner cli(dir);
    GnupgHome home = makeHome();
    cli.setEnv(QStringLiteral("GNUPGHOME"), home.path());
    cli.ok(args({"init"}));
    const QString document = sourcePath(QStringLiteral("tests/data/profile/inline-clearsigned.txt.asc"));
    const CliResult missing =
        cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("verify"), QStringLiteral("--json"), document});
    CHECK(missing.exitCode == 3);
    CHECK(missing.object().value(QStringLiteral("status")).toString() == QStringLiteral("key-missing"));

    cli.ok(QStringList{QStringLiteral("directory"), QStringLiteral("keys"), QStringLiteral("--import"),
                       sourcePath(QStringLiteral("tests/data/profile/inline-clearsigned-key.asc"))});
    const CliResult good =
        cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("verify"), QStringLiteral("--json"), document});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.object().value(QStringLiteral("status")).toString() == QStringLiteral("valid"));
    CHECK(good.object().value(QStringLiteral("signerIsProfileKey")).toBool());
    CHECK(good.object().value(QStringLiteral("lastUpdate")).toString() == QStringLiteral("2025-06-30"));
    const QByteArray text = cli.ok(QStringList{QStringLiteral("profile"), QStringLiteral("verify"), document});
    CHECK(text.contains("The signer is the key the profile names in 2.8."));
}

TEST_CASE("profile: error paths give clear messages and exit codes")
{
    TempDir dir;
    CliRunner cli(dir);
    GnupgHome home = makeHome();
    cli.setEnv(QStringLiteral("GNUPGHOME"), home.path());
    cli.ok(args({"init"}));
    CHECK(cli.run(args({"profile", "show"})).exitCode == 4);
    const CliResult section = cli.run(args({"profile", "edit", "--set", "9.9=x"}));
    CHECK(section.exitCode == 2);
    CHECK(section.err.contains("9.9"));
    CHECK(cli.run(args({"profile", "edit", "--set", "fingerprint=123"})).exitCode == 2);
    CHECK(cli.run(args({"profile", "edit", "--set", "no-equals-sign"})).exitCode == 1);
    CHECK(cli.run(args({"profile", "edit"})).exitCode == 1);
    const QString bad = dir.file(QStringLiteral("bad.json"));
    writeAll(bad, R"({"sections": {"3.1": 42}})");
    const CliResult json =
        cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("--from"), bad});
    CHECK(json.exitCode == 2);
    CHECK(json.err.contains("sections.3.1"));

    // Nothing to sign with: lint errors block signing.
    cli.ok(args({"profile", "edit", "--set", "3.1=Mission."}));
    const CliResult lint = cli.run(args({"profile", "lint", "--json"}));
    CHECK(lint.exitCode == 2);
    CHECK(lint.array().size() >= 3);
    const CliResult sign = cli.run(args({"profile", "sign"}));
    CHECK(sign.exitCode == 4);
    CHECK(sign.err.contains("cannot be signed"));
    CHECK(cli.run(args({"profile", "versions", "--json"})).array().isEmpty());
    CHECK(cli.run(args({"profile", "verify", "/nonexistent/rfc2350.txt"})).exitCode == 4);
    CHECK(cli.run(args({"profile", "render", "--format", "docx"})).exitCode == 1);
}

TEST_CASE("profile: import of a Markdown document signed by another key than its 2.8 key")
{
    TempDir dir;
    CliRunner cli(dir);
    GnupgHome home = makeHome();
    cli.setEnv(QStringLiteral("GNUPGHOME"), home.path());
    cli.ok(args({"init"}));
    const QString teamKey = generateKey(home, QStringLiteral("EXCERT <cert@excert.exampleland.de>"));
    const QString otherKey = generateKey(home, QStringLiteral("Somebody <somebody@elsewhere.exampleland.de>"));
    const QByteArray text = profileDocument(ProfileLayout::MarkdownHashes, teamKey, teamNameBody(1)).toUtf8();
    const GpgRun signedRun = gpg(home, {QStringLiteral("--clearsign"), QStringLiteral("--local-user"), otherKey}, text);
    REQUIRE(signedRun.exitCode == 0);
    const QString document = dir.file(QStringLiteral("excert.md.asc"));
    writeAll(document, signedRun.out);
    auto keysOfTeam = [&cli]() {
        return cli.run(args({"directory", "show", "EXCERT", "--json"}))
            .object()
            .value(QStringLiteral("keyFingerprints"))
            .toArray();
    };

    // profile verify says no (exit 3); import reads the team but does not link the key, says why, exits 3.
    CHECK(cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("verify"), document}).exitCode == 3);
    const CliResult imported = cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("import"), document});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.exitCode == 3);
    CHECK(imported.out.contains("Added team"));
    CHECK(imported.out.contains("The signer is NOT the team's own key"));
    CHECK(imported.out.contains(groupedFingerprint(otherKey).toUtf8()));
    CHECK(imported.out.contains("was NOT linked"));
    CHECK(imported.out.contains("Constituency (3.2), not taken: “203.0.113.0/33”"));
    CHECK(imported.err.contains("--accept-signer"));
    CHECK(keysOfTeam().isEmpty());
    const QJsonObject team = cli.run(args({"directory", "show", "EXCERT", "--json"})).object();
    CHECK(team.value(QStringLiteral("officialName")).toString() ==
          QStringLiteral("Example Computer Emergency Response Team"));
    CHECK(team.value(QStringLiteral("website")).toString() == QStringLiteral("https://excert.exampleland.de/"));

    // The networks of 3.2 are constituency entries: the lookup finds the team.
    for (const char* query : {"192.0.2.77", "2001:db8:5::1", "198.51.100.9", "AS64497", "www.exampleland.de"}) {
        INFO(query);
        const QByteArray found = cli.ok(args({"directory", "lookup", query}));
        CHECK(found.contains("EXCERT"));
    }

    // Accepting the signer links the key named in 2.8.
    const CliResult accepted =
        cli.run(QStringList{QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--accept-signer"),
                            QStringLiteral("--json"), document});
    INFO(accepted.err.toStdString());
    CHECK(accepted.exitCode == 0);
    CHECK(accepted.object().value(QStringLiteral("signerAccepted")).toBool());
    CHECK(accepted.object().value(QStringLiteral("signature")).toObject().value(QStringLiteral("signerCheck")) ==
          QStringLiteral("other-key"));
    CHECK(keysOfTeam() == QJsonArray{teamKey});
    home.shutDown();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileImporter.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/profile/ProfileFixture.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

QByteArray document(const char* name)
{
    return test::readAll(test::sourcePath(QStringLiteral("tests/data/profile/") + QLatin1String(name)));
}

bool hasChannel(const Team& team, const QString& value)
{
    return std::any_of(team.channels.cbegin(), team.channels.cend(),
                       [&](const Channel& c) { return c.value == value; });
}

} // namespace

TEST_CASE("ProfileImporter: a plain document creates the team's directory entry and keeps unmapped text")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    OpenPgp pgp(home);
    auto outcome = ProfileImporter::import(*f.directory, *f.profiles, pgp, document("numbered.txt"),
                                           QStringLiteral("numbered.txt"));
    INFO((outcome ? QString() : outcome.error().toString()).toStdString());
    REQUIRE(outcome);
    CHECK(outcome->created);
    CHECK(outcome->verification.signature.status == SignatureStatus::NotSigned);
    auto team = f.directory->team(outcome->teamId);
    REQUIRE(team);
    CHECK(team->shortName == QStringLiteral("CERT-EX"));
    CHECK(team->officialName == QStringLiteral("Example National Computer Emergency Response Team"));
    CHECK(team->postalAddress.startsWith(QStringLiteral("CERT-EX\nExample Agency")));
    CHECK(team->timeZone == QStringLiteral("Europe/Amsterdam"));
    CHECK(hasChannel(*team, QStringLiteral("cert@cert-ex.example.org")));
    CHECK(hasChannel(*team, QStringLiteral("info@cert-ex.example.org")));
    CHECK(hasChannel(*team, QStringLiteral("+31 70 555 0100")));
    CHECK(team->keyFingerprints == QStringList{QStringLiteral("3A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D")});
    CHECK(team->constituencyDescription.contains(QStringLiteral("192.0.2.0/24")));
    CHECK(team->businessHours.contains(QStringLiteral("Monday to Friday")));
    CHECK(team->rfc2350Url == QStringLiteral("https://cert-ex.example.org/rfc2350/rfc2350-en.txt"));

    auto imports = f.profiles->imports(outcome->teamId);
    REQUIRE(imports);
    REQUIRE(imports->size() == 1);
    CHECK(imports->first().document == document("numbered.txt"));
    CHECK(imports->first().signatureStatus == QStringLiteral("not-signed"));
    REQUIRE(imports->first().profile.unmapped.size() == 1);
    CHECK(imports->first().profile.unmapped.first().text.contains(QStringLiteral("abuse contact")));

    SECTION("a newer version updates the same entry; an edit made by a person after it is kept")
    {
        Team edited = *team;
        edited.postalAddress = QStringLiteral("Edited by hand");
        f.clock.set(QDateTime(QDate(2026, 4, 1), QTime(8, 0), QTimeZone::utc()));
        REQUIRE(f.directory->updateTeam(edited));
        QByteArray newer = document("numbered.txt");
        newer.replace("2024-03-15", "2025-01-10");
        newer.replace("info@cert-ex.example.org", "questions@cert-ex.example.org");
        auto again = ProfileImporter::import(*f.directory, *f.profiles, pgp, newer, QStringLiteral("v2.txt"));
        REQUIRE(again);
        CHECK_FALSE(again->created);
        CHECK(again->teamId == outcome->teamId);
        auto updated = f.directory->team(outcome->teamId);
        REQUIRE(updated);
        CHECK(hasChannel(*updated, QStringLiteral("questions@cert-ex.example.org")));
        CHECK(hasChannel(*updated, QStringLiteral("info@cert-ex.example.org"))); // lists are merged
        CHECK(updated->postalAddress == QStringLiteral("Edited by hand"));
        CHECK(f.directory->teams()->size() == 1);
        CHECK(f.profiles->imports(outcome->teamId)->size() == 2);
    }
    home.shutDown();
}

TEST_CASE("ProfileImporter: a clear-signed document is verified; a tampered one is refused")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    const QString fpr = test::generateKey(home, QStringLiteral("ISP-SEC <security@isp.example.net>"));
    OpenPgp pgp(home);
    const test::GpgRun signedRun = test::gpg(home, {QStringLiteral("--clearsign"), QStringLiteral("--local-user"), fpr},
                                             document("odd-spacing.txt"));
    REQUIRE(signedRun.exitCode == 0);
    const QByteArray signedDocument = signedRun.out;

    QByteArray tampered = signedDocument;
    tampered.replace("AS64496", "AS64497");
    auto refused = ProfileImporter::import(*f.directory, *f.profiles, pgp, tampered, QStringLiteral("isp.txt.asc"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(f.directory->teams()->isEmpty());
    CHECK(f.profiles->imports()->isEmpty());

    auto outcome =
        ProfileImporter::import(*f.directory, *f.profiles, pgp, signedDocument, QStringLiteral("isp.txt.asc"));
    REQUIRE(outcome);
    CHECK(outcome->verification.signature.status == SignatureStatus::ValidTrusted);
    CHECK(outcome->verification.signerPrimaryFingerprint == fpr);
    CHECK_FALSE(outcome->verification.signerIsProfileKey); // the document names another key in 2.8
    auto team = f.directory->team(outcome->teamId);
    REQUIRE(team);
    CHECK(team->shortName == QStringLiteral("ISP-SEC"));
    CHECK(team->officialName == QStringLiteral("ExampleNet ISP Security Team"));
    CHECK(team->timeZone == QStringLiteral("Europe/London"));
    CHECK(team->available24x7);
    CHECK(hasChannel(*team, QStringLiteral("abuse@isp.example.net")));
    CHECK(f.profiles->imports()->first().signatureStatus == QStringLiteral("valid"));
    CHECK(f.profiles->imports()->first().profile.unmapped.first().heading == QStringLiteral("2.12 ABUSE API"));
    home.shutDown();
}

TEST_CASE("ProfileImporter: a document that is no RFC 2350 description is refused")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    OpenPgp pgp(home);
    auto refused = ProfileImporter::import(*f.directory, *f.profiles, pgp, QByteArray("Hello,\nnothing here.\n"),
                                           QStringLiteral("hello.txt"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(f.directory->teams()->isEmpty());
    home.shutDown();
}

TEST_CASE("ProfileImporter: a partner's clear-signed document with inline headings, checked with their key")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    OpenPgp pgp(home);
    const QByteArray signedDocument = document("inline-clearsigned.txt.asc");
    const QString partnerKey = QStringLiteral("16523D685665F17BC678204619E89483863FD66E");

    SECTION("without their key the signature cannot be checked, and the document is still read")
    {
        auto outcome =
            ProfileImporter::import(*f.directory, *f.profiles, pgp, signedDocument, QStringLiteral("cert-pt.txt.asc"));
        REQUIRE(outcome);
        CHECK(outcome->verification.signature.status == SignatureStatus::KeyMissing);
        CHECK(f.profiles->imports()->first().signatureStatus == QStringLiteral("key-missing"));
    }
    SECTION("with their key the signer is the key the document names")
    {
        REQUIRE(pgp.importKeys(document("inline-clearsigned-key.asc")));
        REQUIRE(pgp.trustKeys({partnerKey}));
        auto outcome =
            ProfileImporter::import(*f.directory, *f.profiles, pgp, signedDocument, QStringLiteral("cert-pt.txt.asc"));
        REQUIRE(outcome);
        CHECK(outcome->verification.signature.status == SignatureStatus::ValidTrusted);
        CHECK(outcome->verification.signerIsProfileKey);
        CHECK(outcome->verification.isGood());
        REQUIRE(outcome->verification.profile);
        const TeamProfile& p = *outcome->verification.profile;
        CHECK(p.lastUpdate == QDate(2025, 6, 30));
        CHECK(p.locations.size() == 2);
        CHECK(p.sectionText(QStringLiteral("3.1")) ==
              QStringLiteral("to coordinate the response to incidents that affect the Portuguese example community."));
        CHECK(p.sectionText(QStringLiteral("6")) == QStringLiteral("none."));
        CHECK(p.sectionText(QStringLiteral("4.2")) == QStringLiteral("TLP 2.0."));
        auto team = f.directory->team(outcome->teamId);
        REQUIRE(team);
        CHECK(team->shortName == QStringLiteral("CSIRT-PT Example"));
        CHECK(team->officialName == QStringLiteral("Example Portuguese CSIRT"));
        CHECK(team->timeZone == QStringLiteral("Europe/Lisbon"));
        CHECK(team->keyFingerprints == QStringList{partnerKey});
        CHECK(team->businessHours == QStringLiteral("hours: Monday to Friday, 09:00 to 18:00 (Europe/Lisbon)"));
        CHECK(team->postalAddress == QStringLiteral("Rua do Exemplo 100\n1000-001 Lisboa\nPortugal"));
        CHECK(hasChannel(*team, QStringLiteral("+351 21 000 0000")));
    }
    home.shutDown();
}

TEST_CASE("ProfileImporter: addresses under special-use names are imported")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    OpenPgp pgp(home);
    QByteArray text = document("numbered.txt");
    text.replace("cert@cert-ex.example.org", "cert@cert-ex.example");
    text.replace("info@cert-ex.example.org", "info@soc.corp.internal");
    auto outcome = ProfileImporter::import(*f.directory, *f.profiles, pgp, text, QStringLiteral("exercise.txt"));
    INFO((outcome ? QString() : outcome.error().toString()).toStdString());
    REQUIRE(outcome);
    CHECK(outcome->report.problems.isEmpty());
    auto team = f.directory->team(outcome->teamId);
    REQUIRE(team);
    CHECK(hasChannel(*team, QStringLiteral("cert@cert-ex.example")));
    CHECK(hasChannel(*team, QStringLiteral("info@soc.corp.internal")));
    home.shutDown();
}

TEST_CASE("ProfileImporter: a field the directory refuses is skipped and listed, the rest is imported")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    OpenPgp pgp(home);
    QByteArray text = document("numbered.txt");
    text.replace("info@cert-ex.example.org", "info@cert-ex.lan");
    auto outcome = ProfileImporter::import(*f.directory, *f.profiles, pgp, text, QStringLiteral("odd.txt"));
    INFO((outcome ? QString() : outcome.error().toString()).toStdString());
    REQUIRE(outcome);
    CHECK(outcome->created);
    REQUIRE(outcome->report.problems.size() == 1);
    CHECK(outcome->report.problems[0].position == QStringLiteral("odd.txt, section 2.7"));
    CHECK(outcome->report.problems[0].message.contains(QStringLiteral("info@cert-ex.lan")));
    auto team = f.directory->team(outcome->teamId);
    REQUIRE(team);
    CHECK(hasChannel(*team, QStringLiteral("cert@cert-ex.example.org")));
    CHECK_FALSE(hasChannel(*team, QStringLiteral("info@cert-ex.lan")));
    CHECK(hasChannel(*team, QStringLiteral("+31 70 555 0100")));
    CHECK(team->timeZone == QStringLiteral("Europe/Amsterdam"));
    CHECK(f.profiles->imports(outcome->teamId)->size() == 1);
    home.shutDown();
}

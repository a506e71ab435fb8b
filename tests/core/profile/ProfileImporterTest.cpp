// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenPgp.h"
#include "core/crypto/KeyInfo.h"
#include "core/profile/ProfileImporter.h"
#include "core/profile/ProfileParser.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "core/history/History.h"
#include "tests/core/profile/ProfileFixture.h"
#include "tests/core/profile/ProfileLayouts.h"

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
    auto outcome =
        ProfileImporter::import(f.change(), *f.profiles, pgp, document("numbered.txt"), QStringLiteral("numbered.txt"));
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
        auto again = ProfileImporter::import(f.change(), *f.profiles, pgp, newer, QStringLiteral("v2.txt"));
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

TEST_CASE("ProfileImporter: a clear-signed document is verified - a tampered one is refused")
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
    auto refused = ProfileImporter::import(f.change(), *f.profiles, pgp, tampered, QStringLiteral("isp.txt.asc"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(f.directory->teams()->isEmpty());
    CHECK(f.profiles->imports()->isEmpty());

    auto outcome = ProfileImporter::import(f.change(), *f.profiles, pgp, signedDocument, QStringLiteral("isp.txt.asc"));
    REQUIRE(outcome);
    CHECK(outcome->verification.signature.status == SignatureStatus::ValidTrusted);
    CHECK(outcome->verification.signerPrimaryFingerprint == fpr);
    CHECK_FALSE(outcome->verification.signerIsProfileKey); // the document names another key in 2.8
    CHECK(outcome->verification.signerCheck == ProfileSignerCheck::OtherKey);
    CHECK(outcome->heldBackKey == QStringLiteral("111122223333444455556666777788889999AAAA"));
    auto team = f.directory->team(outcome->teamId);
    REQUIRE(team);
    CHECK(team->keyFingerprints.isEmpty()); // not linked on the strength of another key's signature
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
    auto refused = ProfileImporter::import(f.change(), *f.profiles, pgp, QByteArray("Hello,\nnothing here.\n"),
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
            ProfileImporter::import(f.change(), *f.profiles, pgp, signedDocument, QStringLiteral("cert-pt.txt.asc"));
        REQUIRE(outcome);
        CHECK(outcome->verification.signature.status == SignatureStatus::KeyMissing);
        CHECK(f.profiles->imports()->first().signatureStatus == QStringLiteral("key-missing"));
    }
    SECTION("with their key the signer is the key the document names")
    {
        REQUIRE(pgp.importKeys(document("inline-clearsigned-key.asc")));
        REQUIRE(pgp.trustKeys({partnerKey}));
        auto outcome =
            ProfileImporter::import(f.change(), *f.profiles, pgp, signedDocument, QStringLiteral("cert-pt.txt.asc"));
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
    auto outcome = ProfileImporter::import(f.change(), *f.profiles, pgp, text, QStringLiteral("exercise.txt"));
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
    auto outcome = ProfileImporter::import(f.change(), *f.profiles, pgp, text, QStringLiteral("odd.txt"));
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

TEST_CASE("ProfileImporter: team names, web site, emergency line and constituency from every layout")
{
    const test::ProfileLayout layout = GENERATE(from_range(test::allLayouts()));
    const int variant = GENERATE(0, 1, 2, 3);
    INFO(test::layoutName(layout).toStdString() << " / name variant " << variant);
    const QString fpr = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    auto parsed = ProfileParser::parse(test::profileDocument(layout, fpr, test::teamNameBody(variant)));
    REQUIRE(parsed);
    QStringList notUnderstood;
    const Team team = ProfileImporter::teamFromProfile(*parsed, &notUnderstood);
    CHECK(team.shortName == QStringLiteral("EXCERT"));
    CHECK(team.officialName == QStringLiteral("Example Computer Emergency Response Team"));
    CHECK(team.timeZone == QStringLiteral("Europe/Berlin"));
    CHECK(team.website == QStringLiteral("https://excert.exampleland.de/"));
    CHECK(team.available24x7);
    CHECK(hasChannel(team, QStringLiteral("cert@excert.exampleland.de")));
    CHECK(hasChannel(team, QStringLiteral("+49 30 5550 0000")));
    const auto emergency = std::find_if(team.channels.cbegin(), team.channels.cend(),
                                        [](const Channel& c) { return c.value == QStringLiteral("+49 30 5550 0999"); });
    REQUIRE(emergency != team.channels.cend());
    CHECK(emergency->usage == ChannelUsage::Emergency);
    QStringList constituency;
    for (const ConstituencyEntry& e : team.constituency)
        constituency.append(e.value);
    CHECK(constituency == QStringList{QStringLiteral("AS64496"), QStringLiteral("AS64497"),
                                      QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::/32"),
                                      QStringLiteral("198.51.100.0/24"), QStringLiteral("*.exampleland.de")});
    REQUIRE(notUnderstood.size() == 1);
    CHECK(notUnderstood.first().contains(QStringLiteral("203.0.113.0/33")));
}

TEST_CASE("ProfileImporter: names in parentheses: the one-word name is the short name, whichever side it is on")
{
    auto names = [](const char* body) -> QString {
        TeamProfile p;
        p.text.insert(QStringLiteral("2.1"), QString::fromUtf8(body));
        const Team t = ProfileImporter::teamFromProfile(p);
        return t.shortName + QStringLiteral(" | ") + t.officialName;
    };
    CHECK(names("Acme CERT (ACME-PSIRT-TEAM)") == QStringLiteral("ACME-PSIRT-TEAM | Acme CERT"));
    CHECK(names("ISP-SEC (ExampleNet ISP Security Team)") == QStringLiteral("ISP-SEC | ExampleNet ISP Security Team"));
    CHECK(names("Team Name: Example CERT (EXC)") == QStringLiteral("EXC | Example CERT"));
    CHECK(names("Example Security Team") == QStringLiteral(" | Example Security Team"));
}

TEST_CASE("ProfileImporter: a document signed by another key than its 2.8 key links that key only when accepted")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    const QString teamKey = test::generateKey(home, QStringLiteral("EXCERT <cert@excert.exampleland.de>"));
    const QString otherKey = test::generateKey(home, QStringLiteral("Somebody <somebody@elsewhere.exampleland.de>"));
    OpenPgp pgp(home);
    const QByteArray text =
        test::profileDocument(test::ProfileLayout::MarkdownHashes, teamKey, test::teamNameBody(0)).toUtf8();
    auto clearSign = [&](const QString& key, const QByteArray& data) {
        const test::GpgRun run =
            test::gpg(home, {QStringLiteral("--clearsign"), QStringLiteral("--local-user"), key}, data);
        REQUIRE(run.exitCode == 0);
        return run.out;
    };
    auto history = [&f]() {
        QStringList actions;
        auto rows = History(*f.vault).forFieldPrefix(QStringLiteral("profile/import/"));
        REQUIRE(rows);
        for (const HistoryEntry& e : *rows)
            actions.append(e.action);
        return actions;
    };

    SECTION("signed by the team's own key: linked")
    {
        auto outcome = ProfileImporter::import(f.change(), *f.profiles, pgp, clearSign(teamKey, text),
                                               QStringLiteral("excert.md.asc"));
        REQUIRE(outcome);
        CHECK(outcome->verification.signerCheck == ProfileSignerCheck::ProfileKey);
        CHECK(outcome->heldBackKey.isEmpty());
        CHECK(f.directory->team(outcome->teamId)->keyFingerprints == QStringList{teamKey});
        CHECK(ProfileVerifier::signerSentence(outcome->verification) ==
              QStringLiteral("The signer is the key the profile names in 2.8."));
        CHECK_FALSE(history().contains(QStringLiteral("profile.import.other-signer")));
    }
    SECTION("signed by another key: imported, the 2.8 key held back, then accepted")
    {
        auto outcome = ProfileImporter::import(f.change(), *f.profiles, pgp, clearSign(otherKey, text),
                                               QStringLiteral("excert.md.asc"));
        REQUIRE(outcome);
        CHECK(outcome->verification.signature.status == SignatureStatus::ValidTrusted);
        CHECK(outcome->verification.signerCheck == ProfileSignerCheck::OtherKey);
        CHECK_FALSE(outcome->verification.isGood());
        CHECK(outcome->heldBackKey == teamKey);
        CHECK_FALSE(outcome->signerAccepted);
        const QString sentence = ProfileVerifier::signerSentence(outcome->verification);
        CHECK(sentence.contains(QStringLiteral("NOT the team's own key")));
        CHECK(sentence.contains(groupedFingerprint(otherKey)));
        CHECK(sentence.contains(groupedFingerprint(teamKey)));
        auto team = f.directory->team(outcome->teamId);
        REQUIRE(team);
        CHECK(team->shortName == QStringLiteral("EXCERT"));
        CHECK(team->keyFingerprints.isEmpty());
        CHECK(f.profiles->imports()->first().signer == otherKey);
        CHECK(history().contains(QStringLiteral("profile.import.other-signer")));
        CHECK_FALSE(history().contains(QStringLiteral("profile.import.accept-signer")));

        REQUIRE(ProfileImporter::acceptSigner(f.change(), *f.profiles, *outcome));
        CHECK(f.directory->team(outcome->teamId)->keyFingerprints == QStringList{teamKey});
        CHECK(history().contains(QStringLiteral("profile.import.accept-signer")));
        ProfileImportOutcome nothingHeld = *outcome;
        nothingHeld.heldBackKey.clear();
        CHECK_FALSE(ProfileImporter::acceptSigner(f.change(), *f.profiles, nothingHeld));
    }
    SECTION("signed by another key, the signer accepted up front: linked and recorded")
    {
        ProfileImportOptions options;
        options.acceptSigner = true;
        auto outcome = ProfileImporter::import(f.change(), *f.profiles, pgp, clearSign(otherKey, text),
                                               QStringLiteral("excert.md.asc"), options);
        REQUIRE(outcome);
        CHECK(outcome->heldBackKey.isEmpty());
        CHECK(outcome->signerAccepted);
        CHECK(f.directory->team(outcome->teamId)->keyFingerprints == QStringList{teamKey});
        CHECK(history().contains(QStringLiteral("profile.import.other-signer")));
        CHECK(history().contains(QStringLiteral("profile.import.accept-signer")));
    }
    SECTION("signed, and 2.8 names no key: nothing to compare, nothing to link")
    {
        QByteArray noKey = text;
        noKey.replace(groupedFingerprint(teamKey).toUtf8(), "see our web site");
        REQUIRE(noKey != text);
        auto verified = ProfileVerifier::verify(pgp, clearSign(otherKey, noKey));
        REQUIRE(verified);
        CHECK(verified->signerCheck == ProfileSignerCheck::NoKeyNamed);
        CHECK(ProfileVerifier::signerSentence(*verified).contains(QStringLiteral("names no key")));
    }
    SECTION("plain: no signer to check")
    {
        auto verified = ProfileVerifier::verify(pgp, text);
        REQUIRE(verified);
        CHECK(verified->signerCheck == ProfileSignerCheck::NotSigned);
        CHECK(ProfileVerifier::signerSentence(*verified).isEmpty());
    }
    home.shutDown();
}

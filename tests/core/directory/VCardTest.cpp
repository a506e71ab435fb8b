// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryVCard.h"
#include "core/directory/TeamFields.h"
#include "core/directory/VCardReader.h"
#include "core/directory/VCardWriter.h"

#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

TEST_CASE("vCard reader unfolds lines and unescapes values and parameters")
{
    const QByteArray data = "BEGIN:VCARD\r\n"
                            "VERSION:4.0\r\n"
                            "FN:Computer Emergency \r\n"
                            " Response Team\\, Exampleland\r\n"
                            "NOTE:first line\\nsecond\\; with \\\\ backslash\r\n"
                            "item1.EMAIL;TYPE=work,\"pref\";X-FB-COMMENT=\"say ^'hi^', ^^ok^nnext\":a@example.org\r\n"
                            "ADR:;;Street 1\\nTown;;;;\r\n"
                            "\tX-IGNORED-CONTINUATION-OF-ADR\r\n"
                            "END:VCARD\r\n";
    const VCardReadResult result = VCardReader::read(data);
    REQUIRE(result.problems.isEmpty());
    REQUIRE(result.cards.size() == 1);
    const VCard& card = result.cards[0];
    CHECK(card.first(QStringLiteral("FN"))->value() == QStringLiteral("Computer Emergency Response Team, Exampleland"));
    CHECK(card.first(QStringLiteral("NOTE"))->value() == QStringLiteral("first line\nsecond; with \\ backslash"));
    const VCardProperty* email = card.first(QStringLiteral("EMAIL"));
    REQUIRE(email);
    CHECK(email->group == QStringLiteral("item1"));
    CHECK(email->parameter(QStringLiteral("TYPE")) == QStringLiteral("work,pref"));
    CHECK(email->parameter(QStringLiteral("X-FB-COMMENT")) == QStringLiteral("say \"hi\", ^ok\nnext"));
    CHECK(email->line == 6);
    const VCardProperty* adr = card.first(QStringLiteral("ADR"));
    REQUIRE(adr->parts.size() == 7);
    CHECK(adr->parts[2] == QStringLiteral("Street 1\nTown"));
    CHECK(adr->parts[6] == QStringLiteral("X-IGNORED-CONTINUATION-OF-ADR"));
}

TEST_CASE("vCard reader reports broken cards by line and keeps the good ones")
{
    const QByteArray data = "BEGIN:VCARD\n"                             // 1
                            "VERSION:4.0\n"                             // 2
                            "FN:Good One\n"                             // 3
                            "END:VCARD\n"                               // 4
                            "BEGIN:VCARD\n"                             // 5
                            "VERSION:4.0\n"                             // 6
                            "NOTE:a long note that was\n"               // 7
                            "folded without the space\n"                // 8: broken folding
                            "END:VCARD\n"                               // 9
                            "BEGIN:VCARD\n"                             // 10
                            "VERSION:5.0\n"                             // 11
                            "FN:Old\n"                                  // 12
                            "END:VCARD\n"                               // 13
                            "BEGIN:VCARD\n"                             // 14
                            "VERSION:4.0\n"                             // 15
                            "EMAIL;X-FB-COMMENT=\"open:a@example.org\n" // 16
                            "END:VCARD\n"                               // 17
                            "BEGIN:VCARD\n"                             // 18
                            "VERSION:4.0\n"                             // 19
                            "FN:Good Two\n"                             // 20
                            "END:VCARD\n"                               // 21
                            "BEGIN:VCARD\n"                             // 22
                            "FN:Unfinished\n";                          // 23
    const VCardReadResult result = VCardReader::read(data);
    REQUIRE(result.cards.size() == 2);
    CHECK(result.cards[1].first(QStringLiteral("FN"))->value() == QStringLiteral("Good Two"));
    REQUIRE(result.problems.size() == 4);
    CHECK(result.problems[0].position == QStringLiteral("line 8"));
    CHECK(result.problems[0].message.contains(QStringLiteral("folded")));
    CHECK(result.problems[1].position == QStringLiteral("line 11"));
    CHECK(result.problems[2].position == QStringLiteral("line 16"));
    CHECK(result.problems[3].position == QStringLiteral("line 22"));
    CHECK(VCardReader::read(QByteArray(" continuation first\n")).problems[0].position == QStringLiteral("line 1"));
}

TEST_CASE("vCard writer folds at 75 octets without splitting UTF-8")
{
    VCard card;
    const QString note = QString(60, u'x') + QStringLiteral("äöüß€ and more text with ümlauts ") + QString(100, u'é');
    card.properties.append(VCardProperty::make(QStringLiteral("NOTE"), note));
    const QByteArray out = VCardWriter::write({card});
    for (const QByteArray& line : out.split('\n')) {
        CHECK(line.size() <= 76); // 75 octets and the CR
        CHECK(QString::fromUtf8(line).toUtf8() == line);
    }
    const VCardReadResult back = VCardReader::read(out);
    REQUIRE(back.cards.size() == 1);
    CHECK(back.cards[0].first(QStringLiteral("NOTE"))->value() == note);
}

TEST_CASE("vCard export then import is lossless for every field of teams and people")
{
    DirectoryFixture f;
    Team t;
    t.officialName = QStringLiteral("Computer Emergency Response Team, Exampleland; \"national\"");
    t.shortName = QStringLiteral("CERT-XL");
    t.hostOrganisation = QStringLiteral("Federal Office\\Exampleland");
    t.source = QStringLiteral("ti:1001");
    t.country = QStringLiteral("DE");
    t.type = TeamType::National;
    t.sectors = {QStringLiteral("government"), QStringLiteral("energy, water")};
    t.established = QDate(2001, 8, 1);
    t.tiStatus = TiStatus::Certified;
    t.tiSince = QDate(2010, 2, 3);
    t.memberships = {QStringLiteral("FIRST"), QStringLiteral("TF-CSIRT")};
    t.languages = {QStringLiteral("de"), QStringLiteral("en")};
    t.businessHours = QStringLiteral("Mon-Fri 08:00-17:00; Sat 10:00-12:00");
    t.timeZone = QStringLiteral("Europe/Berlin");
    t.available24x7 = true;
    t.postalAddress = QStringLiteral("Postfach 20 03 63\n53133 Bonn; Germany");
    t.website = QStringLiteral("https://www.cert-xl.de/a,b;c?x=1");
    t.rfc2350Url = QStringLiteral("https://www.cert-xl.de/rfc2350.txt");
    t.constituencyDescription = QStringLiteral("Federal administration,\ncritical infrastructure");
    t.channels = {
        Channel{ChannelKind::Email, QStringLiteral("cert@cert-xl.de"), ChannelUsage::Contact, {}, false},
        Channel{ChannelKind::Email, QStringLiteral("emergency@cert-xl.de"), ChannelUsage::Emergency,
                QStringLiteral("24/7; \"urgent\" only ^"), false},
        Channel{ChannelKind::Phone, QStringLiteral("+49 228 99 9582 0"), ChannelUsage::Voice, {}, false},
        Channel{ChannelKind::Phone, QStringLiteral("+49 228 99 9582 5999"), ChannelUsage::Fax, {}, false},
        Channel{ChannelKind::Phone, QStringLiteral("+49 170 0000000"), ChannelUsage::Emergency,
                QStringLiteral("duty officer\nsecond line"), true},
        Channel{ChannelKind::Other, QStringLiteral("signal: +49 170 1111111"), ChannelUsage::Emergency, {}, true},
    };
    with(t, ConstituencyKind::Ip, QStringLiteral("192.0.2.0/24"));
    with(t, ConstituencyKind::Ip, QStringLiteral("198.18.0.10-198.18.0.200"));
    with(t, ConstituencyKind::Ip, QStringLiteral("2001:db8:100::/40"));
    with(t, ConstituencyKind::Asn, QStringLiteral("AS64496"));
    with(t, ConstituencyKind::Domain, QStringLiteral("*.gov.de"));
    with(t, ConstituencyKind::Domain, QStringLiteral("bund.de"));
    with(t, ConstituencyKind::Country, QStringLiteral("DE"));
    with(t, ConstituencyKind::Text, QStringLiteral("All federal ministries; and agencies"));
    t.keyFingerprints = {QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")};
    t.keyUris = {QStringLiteral("https://www.cert-xl.de/cert-xl.asc"), QStringLiteral("ldap://keys.cert-xl.de/")};
    t.sourceKeyFingerprints = {QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98")};
    t.sourceUpdatedAt = QDateTime(QDate(2025, 12, 24), QTime(6, 7, 8), QTimeZone::utc());
    t.highestTlp = TlpLevel::AmberStrict;
    t.agreements = {Agreement{AgreementKind::Nda, QStringLiteral("CERT-XL, legal"), QDate(2020, 1, 2),
                              QDate(2025, 1, 2), QStringLiteral("renewal: ask legal")},
                    Agreement{AgreementKind::CodeOfConduct, QStringLiteral("TF-CSIRT"), QDate(2019, 5, 6), {}, {}}};
    t.introducedBy = QStringLiteral("CERT-YY (Jane Doe)");
    t.notes = QStringLiteral("Prefers PGP/MIME.\nNo attachments > 10 MB.");
    t.verifiedAt = QDateTime(QDate(2026, 2, 1), QTime(10, 11, 12, 345), QTimeZone::utc());
    t.verifiedBy = QStringLiteral("alice");
    auto teamId = f.store->addTeam(t);
    REQUIRE(teamId);

    Person p;
    p.name = QStringLiteral("Jane Q. Handler");
    p.channels = {Channel{ChannelKind::Email, QStringLiteral("jane@cert-xl.de"), ChannelUsage::Contact, {}, false},
                  Channel{ChannelKind::Phone, QStringLiteral("+49 170 2222222"), ChannelUsage::Emergency,
                          QStringLiteral("private, night only"), true}};
    p.keyFingerprint = QStringLiteral("89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF");
    p.keyUri = QStringLiteral("https://keys.cert-xl.de/jane.asc");
    p.organisation = QStringLiteral("Federal Office; Unit C, Exampleland");
    p.highestTlp = TlpLevel::Amber;
    p.notes = QStringLiteral("Met at FIRST 2025.");
    p.memberships = {TeamMembership{*teamId, QStringLiteral("lead"), QDate(2018, 1, 1), QDate(2024, 6, 30)},
                     TeamMembership{*teamId, QStringLiteral("pgp-key-owner"), QDate(2024, 7, 1), {}}};
    p.verifiedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc());
    p.verifiedBy = QStringLiteral("bob");
    auto personId = f.people->addPerson(p);
    REQUIRE(personId);

    auto teams = f.store->teams();
    auto people = f.people->people();
    REQUIRE(teams);
    REQUIRE(people);
    const QByteArray vcf = DirectoryVCard::write(*teams, *people);

    DirectoryFixture g;
    auto read = DirectoryVCard::read(vcf);
    INFO(vcf.toStdString());
    REQUIRE(read.problems.isEmpty());
    auto report = g.importer().import(read);
    REQUIRE(report);
    CHECK(report->added.size() == 2);
    auto copies = g.store->teams();
    REQUIRE(copies);
    REQUIRE(copies->size() == 1);
    const Team& original = teams->first();
    const Team& copy = copies->first();
    CHECK(copy.uid == original.uid);
    for (const QString& field : TeamFields::names()) {
        INFO(field.toStdString());
        CHECK(TeamFields::text(copy, field) == TeamFields::text(original, field));
    }
    auto personCopies = g.people->people();
    REQUIRE(personCopies);
    REQUIRE(personCopies->size() == 1);
    const Person& pc = personCopies->first();
    const Person& po = people->first();
    CHECK(pc.uid == po.uid);
    CHECK(pc.name == po.name);
    CHECK(pc.channels == po.channels);
    CHECK(pc.keyFingerprint == po.keyFingerprint);
    CHECK(pc.keyUri == po.keyUri);
    CHECK(pc.organisation == po.organisation);
    CHECK(pc.highestTlp == po.highestTlp);
    CHECK(pc.highestTlp == TlpLevel::Amber);
    CHECK(pc.notes == po.notes);
    CHECK(pc.verifiedAt == po.verifiedAt);
    CHECK(pc.verifiedBy == po.verifiedBy);
    REQUIRE(pc.memberships.size() == 2);
    CHECK(pc.memberships[0].teamId == copy.id);
    CHECK(pc.memberships[0].role == po.memberships[0].role);
    CHECK(pc.memberships[0].from == po.memberships[0].from);
    CHECK(pc.memberships[0].until == po.memberships[0].until);
    CHECK(pc.memberships[1].until.isNull());

    // Exporting the copy gives the same file, apart from REV (the copy was stored later).
    auto again = DirectoryVCard::write(*copies, *personCopies);
    auto withoutRev = [](const QByteArray& data) {
        QList<QByteArray> lines = data.split('\n');
        lines.removeIf([](const QByteArray& line) { return line.startsWith("REV:"); });
        return lines;
    };
    CHECK(withoutRev(again) == withoutRev(vcf));
}

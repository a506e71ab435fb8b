// SPDX-License-Identifier: GPL-3.0-or-later
// vCards as address books export them (fixtures in tests/data/directory/vcard, shaped like Thunderbird's vCard 4.0,
// Google Contacts' and Apple Contacts' vCard 3.0 and Outlook's vCard 2.1), and what importing them twice does.
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryVCard.h"
#include "core/directory/VCardReader.h"

#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

QByteArray fixture(const char* name)
{
    return readAll(sourcePath(QStringLiteral("tests/data/directory/vcard/") + QLatin1String(name)));
}

const ImportedPerson* personNamed(const ImportedDirectory& read, const QString& name)
{
    for (const ImportedPerson& p : read.people)
        if (p.person.name == name)
            return &p;
    return nullptr;
}

QString email(const Person& person)
{
    for (const Channel& c : person.channels)
        if (c.kind == ChannelKind::Email)
            return c.value;
    return {};
}

} // namespace

TEST_CASE("vCard reader reads 3.0 and 2.1 syntax: repeated and bare TYPE parameters, base64, quoted-printable")
{
    const QByteArray data = "BEGIN:VCARD\r\n"
                            "VERSION:3.0\r\n"
                            "EMAIL;type=INTERNET;type=WORK;type=pref:a@example.org\r\n"
                            "PHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\n"
                            " BBBB\r\n"
                            "END:VCARD\r\n"
                            "BEGIN:VCARD\r\n"
                            "VERSION:2.1\r\n"
                            "TEL;WORK;FAX:+49 1\r\n"
                            "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=C3=A9 =3D =\r\n"
                            "ok\r\n"
                            "N;QUOTED-PRINTABLE:M=FCller;Hans\r\n"
                            "END:VCARD\r\n";
    const VCardReadResult result = VCardReader::read(data);
    REQUIRE(result.problems.isEmpty());
    REQUIRE(result.cards.size() == 2);
    CHECK(result.cards[0].version == QStringLiteral("3.0"));
    const VCardProperty* mail = result.cards[0].first(QStringLiteral("EMAIL"));
    REQUIRE(mail);
    CHECK(mail->parameter(QStringLiteral("TYPE")) == QStringLiteral("INTERNET,WORK,pref"));
    const VCardProperty* photo = result.cards[0].first(QStringLiteral("PHOTO"));
    REQUIRE(photo);
    CHECK(photo->encoding == QStringLiteral("b"));
    CHECK(photo->rawValue == QStringLiteral("AAAABBBB"));

    const VCard& old = result.cards[1];
    CHECK(old.version == QStringLiteral("2.1"));
    CHECK(old.first(QStringLiteral("TEL"))->parameter(QStringLiteral("TYPE")) == QStringLiteral("WORK,FAX"));
    CHECK(old.first(QStringLiteral("NOTE"))->value() == QStringLiteral("café = ok"));
    // Without CHARSET, quoted-printable bytes that are not UTF-8 are Latin-1, and that is said.
    CHECK(old.first(QStringLiteral("N"))->parts == QStringList{QStringLiteral("Müller"), QStringLiteral("Hans")});
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].position == QStringLiteral("line 12"));
}

TEST_CASE("vCard reader refuses unknown versions and names the file and line of text that is not UTF-8")
{
    const QByteArray future = "BEGIN:VCARD\r\nVERSION:5.0\r\nFN:Later\r\nEND:VCARD\r\n";
    const VCardReadResult refused = VCardReader::read(future, QStringLiteral("future.vcf"));
    CHECK(refused.cards.isEmpty());
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].position == QStringLiteral("future.vcf, line 2"));

    const ImportedDirectory read = DirectoryVCard::read(fixture("latin1-4.0.vcf"), QStringLiteral("latin1-4.0.vcf"));
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.people.size() == 1);
    CHECK(read.people[0].person.name == QStringLiteral("René Martin")); // not "Ren\uFFFD Martin"
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0].position == QStringLiteral("latin1-4.0.vcf, line 3"));
    CHECK(read.warnings[0].message.contains(QStringLiteral("UTF-8")));
    CHECK(read.warnings[0].message.contains(QStringLiteral("Latin-1")));
}

TEST_CASE("vCards exported by Thunderbird keep the key URI and the organisation")
{
    const ImportedDirectory read = DirectoryVCard::read(fixture("thunderbird-4.0.vcf"));
    REQUIRE(read.problems.isEmpty());
    CHECK(read.warnings.isEmpty());
    REQUIRE(read.people.size() == 2);
    const Person& anna = read.people[0].person;
    CHECK(anna.name == QStringLiteral("Anna Schmidt"));
    CHECK(anna.uid == QStringLiteral("1f5a6b2e-0c7d-4b8a-9e3f-2a1b3c4d5e6f"));
    CHECK(anna.organisation == QStringLiteral("Example CERT, Incident Response"));
    CHECK(anna.keyUri == QStringLiteral("https://keys.example.de/anna-schmidt.asc"));
    CHECK(anna.keyFingerprint.isEmpty());
    CHECK(email(anna) == QStringLiteral("anna.schmidt@cert.example.de"));
    CHECK(read.people[1].person.keyFingerprint == QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));

    DirectoryFixture f;
    auto report = f.importer().import(read);
    REQUIRE(report);
    CHECK(report->added.size() == 2);
    auto stored = f.people->findPerson(QStringLiteral("Anna Schmidt"));
    REQUIRE(stored);
    CHECK(stored->keyUri == anna.keyUri);
    CHECK(stored->organisation == anna.organisation);
}

TEST_CASE("vCards exported by Google Contacts: a bad address is left out with a warning, not the person")
{
    const ImportedDirectory read = DirectoryVCard::read(fixture("google-3.0.vcf"), QStringLiteral("google.vcf"));
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.people.size() == 2);
    const ImportedPerson* bob = personNamed(read, QStringLiteral("Bob Müller"));
    REQUIRE(bob);
    CHECK(bob->person.uid.isEmpty());
    CHECK(bob->person.organisation == QStringLiteral("Example University"));
    CHECK(bob->person.notes == QStringLiteral("Met at the TF-CSIRT meeting, Berlin"));
    const ImportedPerson* carol = personNamed(read, QStringLiteral("Carol Ng"));
    REQUIRE(carol);
    CHECK(carol->person.channels.size() == 1);
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0].position == QStringLiteral("google.vcf, line 17"));
}

TEST_CASE("vCards exported by Apple Contacts: embedded keys and photos are read, the key reported")
{
    const ImportedDirectory read = DirectoryVCard::read(fixture("apple-3.0.vcf"));
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.people.size() == 1);
    const Person& claire = read.people[0].person;
    CHECK(claire.name == QStringLiteral("Claire Dubois"));
    CHECK(claire.organisation == QStringLiteral("CERT-FR Example"));
    CHECK(claire.uid == QStringLiteral("8C1A3F1E-1234-4F0B-9D3A-ABCDEF012345"));
    CHECK(email(claire) == QStringLiteral("claire.dubois@cert.example.fr"));
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0].position == QStringLiteral("line 11"));
    CHECK(read.warnings[0].message.contains(QStringLiteral("directory keys --import")));
}

TEST_CASE("vCards exported by Outlook: version 2.1 with Windows-1252 and quoted-printable")
{
    const ImportedDirectory read = DirectoryVCard::read(fixture("outlook-2.1.vcf"));
    REQUIRE(read.problems.isEmpty());
    CHECK(read.warnings.isEmpty());
    REQUIRE(read.people.size() == 1);
    const Person& joerg = read.people[0].person;
    CHECK(joerg.name == QStringLiteral("Jörg Jäger"));
    CHECK(joerg.organisation == QStringLiteral("Example Hosting GmbH, Abuse Desk"));
    CHECK(joerg.notes == QStringLiteral("Erreichbar Mo–Fr 8–17 Uhr\nNotfall: Leitstelle anrufen"));
    REQUIRE(joerg.channels.size() == 3);
    CHECK(joerg.channels[1].usage == ChannelUsage::Fax);
    CHECK(email(joerg) == QStringLiteral("joerg.jaeger@example-hosting.de"));
}

TEST_CASE("Importing the same vCards again changes nothing and says so")
{
    DirectoryFixture f;
    for (const char* name : {"thunderbird-4.0.vcf", "google-3.0.vcf", "apple-3.0.vcf", "outlook-2.1.vcf"}) {
        INFO(name);
        const ImportedDirectory read = DirectoryVCard::read(fixture(name));
        auto first = f.importer().import(read);
        REQUIRE(first);
        CHECK(first->added.size() == read.people.size());
        auto second = f.importer().import(read);
        REQUIRE(second);
        CHECK(second->added.isEmpty());
        CHECK(second->updated.isEmpty());
        CHECK(second->unchanged.size() == read.people.size());
    }
    CHECK(f.people->people()->size() == 6);
}

TEST_CASE("A re-imported person is matched by UID, else by e-mail address, and updated only when something changed")
{
    DirectoryFixture f;
    auto read = [](const QByteArray& body) {
        return DirectoryVCard::read("BEGIN:VCARD\r\nVERSION:3.0\r\n" + body + "END:VCARD\r\n");
    };
    REQUIRE(f.importer().import(read("FN:Dana Roe\r\nEMAIL:dana@example.org\r\n")));
    REQUIRE(f.people->people()->size() == 1);

    // No UID: the address finds her; a new note is an update, named with how she was found.
    auto noted = f.importer().import(read("FN:Dana Roe\r\nEMAIL:DANA@example.org\r\nNOTE:new\r\n"));
    REQUIRE(noted);
    CHECK(noted->added.isEmpty());
    REQUIRE(noted->updated.size() == 1);
    CHECK(noted->updated[0].contains(QStringLiteral("e-mail")));
    // Fields the card leaves out are not erased.
    auto again = f.importer().import(read("FN:Dana Roe\r\nEMAIL:dana@example.org\r\n"));
    REQUIRE(again);
    CHECK(again->unchanged == QStringList{QStringLiteral("Dana Roe")});
    CHECK(f.people->people()->first().notes == QStringLiteral("new"));

    // By UID even when the address changed.
    const QString uid = f.people->people()->first().uid;
    auto moved =
        f.importer().import(read("FN:Dana Roe\r\nUID:" + uid.toUtf8() + "\r\nEMAIL:dana@elsewhere.example.org\r\n"));
    REQUIRE(moved);
    CHECK(moved->updated == QStringList{QStringLiteral("Dana Roe")});
    REQUIRE(f.people->people()->size() == 1);
    CHECK(email(f.people->people()->first()) == QStringLiteral("dana@elsewhere.example.org"));
}

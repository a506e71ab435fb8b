// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryImporter.h"

#include "core/directory/TrustedIntroducerReader.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fb;
using namespace fb::test;

namespace {

ImportedTeam incoming(const QString& source, const QString& shortName, const QString& country,
                      const QString& official = QString())
{
    ImportedTeam t;
    t.team.source = source;
    t.team.shortName = shortName;
    t.team.country = country;
    t.team.officialName = official.isEmpty() ? shortName + QStringLiteral(" official") : official;
    t.position = QStringLiteral("teams[%1]").arg(shortName);
    return t;
}

qint64 idOf(TeamReader& store, const QString& name)
{
    auto team = store.findTeam(name);
    INFO(name.toStdString());
    REQUIRE(team);
    return team->id;
}

} // namespace

TEST_CASE("Directory import matches by source, then UID, then short name and country")
{
    DirectoryFixture f;
    Team a = makeTeam(0, QStringLiteral("ALPHA"), QStringLiteral("DE"));
    a.source = QStringLiteral("ti:1");
    Team b = makeTeam(0, QStringLiteral("BRAVO"), QStringLiteral("DE"));
    b.uid = QStringLiteral("6f1c1a52-5d3e-4a57-9a38-1f0f6a3f4e01");
    Team c = makeTeam(0, QStringLiteral("cert-c"), QStringLiteral("DE"));
    Team d = makeTeam(0, QStringLiteral("CERT-C"), QStringLiteral("FR"));
    for (const Team& t : {a, b, c, d})
        REQUIRE(f.store->addTeam(t));
    const qint64 alpha = idOf(*f.store, QStringLiteral("ALPHA"));
    const qint64 bravo = idOf(*f.store, QStringLiteral("BRAVO"));

    ImportedDirectory directory;
    ImportedTeam bySource = incoming(QStringLiteral("ti:1"), QStringLiteral("ALPHA"), QStringLiteral("DE"));
    bySource.team.website = QStringLiteral("https://alpha.example.de/");
    // Records changed after the names were typed in, so the new short names win over those edits.
    const QDateTime later = f.clock.nowUtc().addSecs(60);
    ImportedTeam byUid = incoming(QStringLiteral("ti:2"), QStringLiteral("BRAVO-NEW"), QStringLiteral("DE"));
    byUid.team.uid = b.uid;
    byUid.modified = later;
    ImportedTeam byName = incoming(QString(), QStringLiteral("Cert-C"), QStringLiteral("DE"));
    byName.team.website = QStringLiteral("https://c.example.de/");
    ImportedTeam otherCountry = incoming(QString(), QStringLiteral("CERT-C"), QStringLiteral("AT"));
    ImportedTeam fresh = incoming(QStringLiteral("ti:99"), QStringLiteral("NEWBIE"), QStringLiteral("NL"));
    // Later entries of the same file match teams added or changed by earlier ones.
    ImportedTeam freshAgain = incoming(QStringLiteral("ti:99"), QStringLiteral("NEWBIE"), QStringLiteral("NL"));
    freshAgain.team.website = QStringLiteral("https://newbie.example.nl/");
    ImportedTeam renamed = incoming(QStringLiteral("ti:1"), QStringLiteral("ALPHA-2"), QStringLiteral("DE"));
    renamed.modified = later;
    ImportedTeam byNewName = incoming(QString(), QStringLiteral("alpha-2"), QStringLiteral("DE"));
    byNewName.team.businessHours = QStringLiteral("Mon-Fri 09:00-17:00");
    directory.teams = {bySource, byUid, byName, otherCountry, fresh, freshAgain, renamed, byNewName};

    auto report = f.importer().import(directory);
    REQUIRE(report);
    CHECK(report->problems.isEmpty());
    CHECK(report->added == QStringList{QStringLiteral("CERT-C"), QStringLiteral("NEWBIE")});
    CHECK(f.store->teams()->size() == 6);
    CHECK(f.store->team(alpha)->website == QStringLiteral("https://alpha.example.de/"));
    CHECK(f.store->team(alpha)->shortName == QStringLiteral("alpha-2")); // renamed, then matched by the new name
    CHECK(f.store->team(alpha)->businessHours == QStringLiteral("Mon-Fri 09:00-17:00"));
    CHECK(f.store->team(bravo)->shortName == QStringLiteral("BRAVO-NEW"));
    CHECK(f.store->team(bravo)->source == QStringLiteral("ti:2")); // a team without a source takes the import's
    CHECK(f.store->findTeam(QStringLiteral("NEWBIE"))->website == QStringLiteral("https://newbie.example.nl/"));
    auto cs = f.store->teams().value();
    int withWebsite = 0;
    for (const Team& t : cs)
        if (t.shortName.compare(QStringLiteral("cert-c"), Qt::CaseInsensitive) == 0)
            withWebsite += t.website == QStringLiteral("https://c.example.de/") ? 1 : 0;
    CHECK(withWebsite == 1); // the German one only
}

TEST_CASE("Directory import of thousands of teams matches each to itself again")
{
    DirectoryFixture f;
    ImportedDirectory directory;
    for (int i = 0; i < 1500; ++i)
        directory.teams.append(incoming(i % 2 ? QStringLiteral("ti:%1").arg(i) : QString(),
                                        QStringLiteral("TEAM-%1").arg(i), QStringLiteral("DE")));
    auto first = f.importer().import(directory);
    REQUIRE(first);
    CHECK(first->added.size() == 1500);
    for (ImportedTeam& t : directory.teams)
        t.team.shortName = t.team.shortName.toLower(); // matched case-insensitively (or by source)
    auto second = f.importer().import(directory);
    REQUIRE(second);
    CHECK(second->added.isEmpty());
    CHECK(second->unchanged.size() + second->updated.size() == 1500);
    CHECK(f.store->teams()->size() == 1500);
}

TEST_CASE("Directory import leaves out an oversized field, says which, and imports the rest")
{
    DirectoryFixture f;
    const QString huge(DirectoryImporter::kMaxFieldChars + 1, u'x');
    QJsonObject big{{QStringLiteral("id"), 7},
                    {QStringLiteral("official_name"), QStringLiteral("Big Description CERT")},
                    {QStringLiteral("short_name"), QStringLiteral("BIG-CERT")},
                    {QStringLiteral("country"), QStringLiteral("DE")},
                    {QStringLiteral("website"), QStringLiteral("https://big.example.de/")},
                    {QStringLiteral("constituency"),
                     QJsonObject{{QStringLiteral("description"), huge},
                                 {QStringLiteral("ipranges"), QJsonArray{QStringLiteral("192.0.2.0/24")}}}},
                    {QStringLiteral("emails"),
                     QJsonArray{QJsonObject{{QStringLiteral("address"), QStringLiteral("cert@big.example.de")}},
                                QJsonObject{{QStringLiteral("address"), QStringLiteral("other@big.example.de")},
                                            {QStringLiteral("comment"), huge}}}}};
    QJsonObject small{{QStringLiteral("id"), 8},
                      {QStringLiteral("official_name"), QStringLiteral("Small CERT")},
                      {QStringLiteral("country"), QStringLiteral("NL")}};
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("teams"), QJsonArray{big, small}}}).toJson();
    auto read = TrustedIntroducerReader::read(json);
    REQUIRE(read);
    REQUIRE(read->teams.size() == 2);

    auto report = f.importer().import(*read);
    REQUIRE(report);
    CHECK(report->added.size() == 2);
    CHECK(report->skipped.isEmpty());
    REQUIRE(report->problems.size() == 2);
    for (const ImportProblem& p : report->problems) {
        CHECK(p.position == QStringLiteral("teams[0]"));
        CHECK(p.message.contains(QStringLiteral("BIG-CERT")));
    }
    CHECK(report->problems[0].message.contains(QStringLiteral("channels")));
    CHECK(report->problems[1].message.contains(QStringLiteral("constituency_description")));

    const Team stored = f.store->findTeam(QStringLiteral("BIG-CERT")).value();
    CHECK(stored.constituencyDescription.isEmpty());
    CHECK(stored.website == QStringLiteral("https://big.example.de/"));
    REQUIRE(stored.channels.size() == 1);
    CHECK(stored.channels[0].value == QStringLiteral("cert@big.example.de"));
    CHECK(stored.constituency.size() == 1);
    CHECK(f.whoHandles(QStringLiteral("192.0.2.1"))->matches.first().teamName == QStringLiteral("BIG-CERT"));

    // Again, over a team that has a description: the oversized one does not replace it.
    Team edited = stored;
    edited.constituencyDescription = QStringLiteral("Customers of Big");
    REQUIRE(f.store->updateTeam(edited, EditOrigin::Import));
    auto again = f.importer().import(*read);
    REQUIRE(again);
    CHECK(f.store->team(stored.id)->constituencyDescription == QStringLiteral("Customers of Big"));

    // A field at the limit is kept.
    Team atLimit;
    atLimit.officialName = QStringLiteral("Limit");
    atLimit.notes = QString(DirectoryImporter::kMaxFieldChars, u'n');
    CHECK(DirectoryImporter::dropOversizedFields(atLimit, QStringLiteral("line 1")).isEmpty());
    CHECK(atLimit.notes.size() == DirectoryImporter::kMaxFieldChars);
}

TEST_CASE("Directory import stopped on request ends early and commits what it merged")
{
    DirectoryFixture f;
    ImportedDirectory directory;
    for (int i = 0; i < 5; ++i)
        directory.teams.append(incoming(QStringLiteral("ti:%1").arg(i), QStringLiteral("TEAM-%1").arg(i),
                                        QStringLiteral("DE")));
    ImportedPerson person;
    person.person.name = QStringLiteral("Erika Mustermann");
    person.position = QStringLiteral("people.vcf, line 1");
    directory.people.append(person);

    // On a connection of its own, as the GUI's job runs it; read back through the fixture's connection.
    auto connection = f.vault->openConnection();
    REQUIRE(connection);
    DirectJobControl* self = nullptr;
    int reported = 0;
    DirectJobControl control([&](const JobProgress&) {
        if (++reported == 2)
            self->requestStop(); // while the second team is reported: it is merged, the rest is not read
    });
    self = &control;
    auto report = DirectoryImporter(ChangeContext{**connection, f.clock, QStringLiteral("alice")}).import(directory, &control);
    REQUIRE(report);
    CHECK(report->stopped);
    CHECK(report->added == QStringList{QStringLiteral("TEAM-0"), QStringLiteral("TEAM-1")});
    CHECK(report->notReached == QStringList{directory.teams[2].position, directory.teams[3].position,
                                            directory.teams[4].position, person.position});
    connection->reset(); // closed: what it merged must be committed, not left in an open transaction
    auto teams = f.store->teams();
    REQUIRE(teams);
    CHECK(teams->size() == 2);
    CHECK(f.people->people()->isEmpty());

    SECTION("a cancel after the stop request still rolls everything back")
    {
        DirectJobControl cancelled;
        cancelled.requestStop();
        cancelled.cancel();
        auto refused = f.importer().import(directory, &cancelled);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Cancelled);
        CHECK(f.store->teams()->size() == 2);
    }
}

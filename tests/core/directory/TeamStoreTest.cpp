// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/TeamStore.h"

#include "core/directory/TeamFields.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

TEST_CASE("TeamStore validates teams before storing them")
{
    DirectoryFixture f;
    Team team = makeTeam(0, QStringLiteral("CERT-XL"), QStringLiteral("de"), TeamType::National);
    team.timeZone = QStringLiteral("Europe/Berlin");
    team.website = QStringLiteral("https://cert-xl.de/");
    auto id = f.store->addTeam(team);
    REQUIRE(id);
    CHECK(f.store->team(*id)->country == QStringLiteral("DE"));

    Team bad = team;
    bad.country = QStringLiteral("XQ");
    CHECK(f.store->addTeam(bad).error().where == QStringLiteral("country"));
    bad = team;
    bad.timeZone = QStringLiteral("Europe/Atlantis");
    CHECK(f.store->addTeam(bad).error().where == QStringLiteral("time_zone"));
    bad = team;
    bad.website = QStringLiteral("javascript:alert(1)");
    CHECK(f.store->addTeam(bad).error().where == QStringLiteral("website"));
    bad = team;
    bad.officialName.clear();
    CHECK_FALSE(f.store->addTeam(bad));
    bad = team;
    bad.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("not an address"), ChannelUsage::Contact, {}, false});
    CHECK_FALSE(f.store->addTeam(bad));
    auto teams = f.store->teams();
    REQUIRE(teams);
    CHECK(teams->size() == 1);
}

TEST_CASE("TeamStore records every change in the history with edit times")
{
    DirectoryFixture f;
    Team team = makeTeam(0, QStringLiteral("CERT-XL"), QStringLiteral("DE"), TeamType::National);
    auto id = f.store->addTeam(team);
    REQUIRE(id);
    f.clock.advanceSecs(60);
    auto stored = f.store->team(*id);
    REQUIRE(stored);
    stored->notes = QStringLiteral("Call before sending large files.");
    with(*stored, ConstituencyKind::Ip, QStringLiteral("192.0.2.0/24"));
    REQUIRE(f.store->updateTeam(*stored));
    auto history = f.store->history(*id);
    REQUIRE(history);
    REQUIRE(history->size() == 3);
    CHECK((*history)[1].action == QStringLiteral("directory.team.update"));
    QStringList fields{(*history)[1].field, (*history)[2].field};
    fields.sort();
    CHECK(fields ==
          QStringList{QStringLiteral("team/%1/constituency").arg(*id), QStringLiteral("team/%1/notes").arg(*id)});
    auto edits = f.store->fieldEdits(*id);
    REQUIRE(edits);
    CHECK(edits->value(QStringLiteral("notes")).byUser);
    CHECK(edits->value(QStringLiteral("notes")).at == f.clock.nowUtc());
    History chain(*f.vault);
    auto verified = chain.verify();
    REQUIRE(verified);
    CHECK(verified->intact);

    REQUIRE(f.store->removeTeam(*id));
    CHECK(f.store->team(*id).error().code == ErrorCode::NotFound);
    CHECK(f.store->history(*id)->last().action == QStringLiteral("directory.team.delete"));
}

TEST_CASE("TeamReader finds a team by id, UUID, short or official name, without a clock")
{
    DirectoryFixture f;
    const qint64 de = f.store->addTeam(makeTeam(0, QStringLiteral("CERT-XL"), QStringLiteral("DE"))).value();
    const qint64 at = f.store->addTeam(makeTeam(0, QStringLiteral("CERT-XL"), QStringLiteral("AT"))).value();
    const qint64 other = f.store->addTeam(makeTeam(0, QStringLiteral("OTHER"))).value();
    TeamReader reader(*f.vault);
    CHECK(reader.findTeam(QString::number(at))->id == at);
    CHECK(reader.findTeam(reader.team(de)->uid)->id == de);
    CHECK(reader.findTeam(QStringLiteral("other"))->id == other);
    CHECK(reader.findTeam(QStringLiteral("other official"))->id == other);
    CHECK(reader.findTeam(QStringLiteral("CERT-XL")).error().code == ErrorCode::Conflict);
    CHECK(reader.findTeam(QStringLiteral("nobody")).error().code == ErrorCode::NotFound);
    CHECK(reader.team(9999).error().code == ErrorCode::NotFound);
    CHECK(reader.teamKey(other)->shortName == QStringLiteral("OTHER"));
    CHECK(reader.teamKeys()->size() == 3);
    CHECK(reader.teamByUid(QStringLiteral("no-such-uid"))->has_value() == false);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryQueries.h"

#include "core/directory/TeamFields.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

TEST_CASE("DirectoryQueries finds teams and people by e-mail and by key for mail import")
{
    DirectoryFixture f;
    Team team = makeTeam(0, QStringLiteral("CERT-XL"), QStringLiteral("DE"), TeamType::National);
    team.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("Cert@CERT-XL.de"), ChannelUsage::Contact, {}, false});
    team.keyFingerprints.append(QStringLiteral("0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567"));
    auto teamId = f.store->addTeam(team);
    REQUIRE(teamId);
    Person person;
    person.name = QStringLiteral("Jane Doe");
    person.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("jane@cert-xl.de"), ChannelUsage::Contact, {}, false});
    person.keyFingerprint = QStringLiteral("89ABCDEF0123456789ABCDEF0123456789ABCDEF");
    person.memberships.append(TeamMembership{*teamId, QStringLiteral("lead"), QDate(2015, 1, 1), QDate(2020, 12, 31)});
    person.memberships.append(TeamMembership{*teamId, QStringLiteral("liaison"), QDate(2021, 1, 1), {}});
    auto personId = f.people->addPerson(person);
    REQUIRE(personId);

    auto byTeamAddress = f.queries->findByEmail(QStringLiteral("CERT@cert-xl.de"));
    REQUIRE(byTeamAddress);
    REQUIRE(byTeamAddress->size() == 1);
    CHECK(byTeamAddress->first().teamId == *teamId);
    CHECK(byTeamAddress->first().personId == 0);

    auto byPerson = f.queries->findByEmail(QStringLiteral("jane@cert-xl.de"));
    REQUIRE(byPerson);
    REQUIRE(byPerson->size() == 1);
    CHECK(byPerson->first().personId == *personId);
    CHECK(byPerson->first().teamId == *teamId);
    CHECK(byPerson->first().role == QStringLiteral("liaison"));
    CHECK(byPerson->first().teamName == QStringLiteral("CERT-XL"));

    auto byKey = f.queries->findByKeyFingerprint(QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
    REQUIRE(byKey);
    REQUIRE(byKey->size() == 1);
    CHECK(byKey->first().teamId == *teamId);
    auto byPersonKey = f.queries->findByKeyFingerprint(QStringLiteral("89abcdef0123456789abcdef0123456789abcdef"));
    REQUIRE(byPersonKey);
    REQUIRE(byPersonKey->size() == 1);
    CHECK(byPersonKey->first().personId == *personId);

    CHECK(f.queries->findByEmail(QStringLiteral("nobody@example.org"))->isEmpty());
    Person stranger;
    stranger.name = QStringLiteral("Stranger");
    stranger.memberships.append(TeamMembership{9999, QStringLiteral("lead"), {}, {}});
    CHECK(f.people->addPerson(stranger).error().code == ErrorCode::NotFound);
    CHECK_FALSE(f.queries->findByEmail(QStringLiteral("not an address")));

    // After the person leaves, a past membership is kept: trust that followed them stays visible.
    auto stored = f.people->person(*personId);
    REQUIRE(stored);
    stored->memberships[1].until = QDate(2026, 2, 1);
    REQUIRE(f.people->updatePerson(*stored));
    auto left = f.queries->findByEmail(QStringLiteral("jane@cert-xl.de"));
    REQUIRE(left);
    CHECK(left->first().teamId == 0);
    CHECK(f.people->person(*personId)->memberships.size() == 2);
}

TEST_CASE("DirectoryQueries lists stale entries with a configurable period")
{
    DirectoryFixture f;
    Team fresh = makeTeam(0, QStringLiteral("FRESH"));
    fresh.verifiedAt = f.clock.nowUtc().addDays(-10);
    fresh.verifiedBy = QStringLiteral("alice");
    Team old = makeTeam(0, QStringLiteral("OLD"));
    old.verifiedAt = f.clock.nowUtc().addDays(-200);
    Team never = makeTeam(0, QStringLiteral("NEVER"));
    REQUIRE(f.store->addTeam(fresh));
    REQUIRE(f.store->addTeam(old));
    REQUIRE(f.store->addTeam(never));
    CHECK(*f.queries->staleDays() == 180);
    auto stale = f.queries->stale();
    REQUIRE(stale);
    REQUIRE(stale->size() == 2);
    CHECK(stale->at(0).name == QStringLiteral("NEVER"));
    CHECK(stale->at(1).name == QStringLiteral("OLD"));
    REQUIRE(f.queries->setStaleDays(5));
    CHECK(f.queries->stale()->size() == 3);
    CHECK(f.queries->stale(365)->size() == 1);
    CHECK_FALSE(f.queries->setStaleDays(0));
}

TEST_CASE("The lookup index built after a change follows it - an index already built stays as it was")
{
    DirectoryFixture f;
    Team team = makeTeam(0, QStringLiteral("ISP"));
    with(team, ConstituencyKind::Ip, QStringLiteral("198.51.100.0/24"));
    auto id = f.store->addTeam(team);
    REQUIRE(id);
    auto index = f.queries->lookup();
    REQUIRE(index);
    CHECK((*index)->lookup(QStringLiteral("198.51.100.1"))->matches.size() == 1);
    auto stored = f.store->team(*id);
    stored->constituency.clear();
    REQUIRE(f.store->updateTeam(*stored));
    auto rebuilt = f.queries->lookup();
    REQUIRE(rebuilt);
    CHECK((*rebuilt)->lookup(QStringLiteral("198.51.100.1"))->matches.isEmpty());
    // The old index is unchanged for whoever still holds it.
    CHECK((*index)->lookup(QStringLiteral("198.51.100.1"))->matches.size() == 1);
}

TEST_CASE("Staleness counts from the later of our verification and the update at the source, and says which")
{
    DirectoryFixture f;
    const QDateTime now = f.clock.nowUtc();
    Team updatedLongAgo = makeTeam(0, QStringLiteral("SOURCE-OLD")); // never verified, source three years ago
    updatedLongAgo.sourceUpdatedAt = now.addYears(-3);
    Team updatedRecently = makeTeam(0, QStringLiteral("SOURCE-NEW")); // verified long ago, source recently
    updatedRecently.verifiedAt = now.addDays(-400);
    updatedRecently.sourceUpdatedAt = now.addDays(-20);
    Team verifiedLater = makeTeam(0, QStringLiteral("VERIFIED-LATER")); // both old, our verification the later
    verifiedLater.verifiedAt = now.addDays(-300);
    verifiedLater.sourceUpdatedAt = now.addDays(-900);
    for (const Team& t : {updatedLongAgo, updatedRecently, verifiedLater})
        REQUIRE(f.store->addTeam(t));

    auto stale = f.queries->stale();
    REQUIRE(stale);
    REQUIRE(stale->size() == 2);
    CHECK(stale->at(0).name == QStringLiteral("SOURCE-OLD"));
    CHECK(stale->at(0).basis == QStringLiteral("source"));
    CHECK(stale->at(0).lastConfirmed() == updatedLongAgo.sourceUpdatedAt);
    CHECK(stale->at(1).name == QStringLiteral("VERIFIED-LATER"));
    CHECK(stale->at(1).basis == QStringLiteral("verified"));

    auto stored = f.store->findTeam(QStringLiteral("SOURCE-OLD"));
    REQUIRE(stored);
    CHECK(stored->sourceUpdatedAt == updatedLongAgo.sourceUpdatedAt);
    const QStringList warnings = TeamFields::warnings(*stored, now.date(), 180);
    CHECK(warnings.contains(QStringLiteral("Stale: last updated at the source on %1, more than 180 days ago; never "
                                           "verified by us.")
                                .arg(TeamFields::dateText(now.addYears(-3).date()))));
    CHECK_FALSE(warnings.contains(QStringLiteral("Never verified.")));
}

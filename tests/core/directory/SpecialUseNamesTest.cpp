// SPDX-License-Identifier: GPL-3.0-or-later
// Names under special-use top-level domains (.example, .test, .internal, .local, home.arpa...) in contacts,
// constituency entries and lookups.
#include "core/directory/NetworkLookup.h"
#include "core/directory/Person.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

Channel email(const char* address)
{
    return Channel{ChannelKind::Email, QString::fromLatin1(address), ChannelUsage::Contact, {}, false};
}

QList<qint64> teamsOf(const LookupResult& result)
{
    QList<qint64> ids;
    for (const LookupMatch& m : result.matches)
        ids.append(m.teamId);
    return ids;
}

} // namespace

TEST_CASE("Contacts may have addresses under special-use names", "[directory][special-use]")
{
    DirectoryFixture f;
    Team team = makeTeam(0, QStringLiteral("EXERCISE-CERT"));
    team.channels.append(email("CSIRT@Team.Example"));
    team.channels.append(email("soc@host.corp.internal"));
    auto teamId = f.store->addTeam(team);
    INFO((teamId ? QString() : teamId.error().toString()).toStdString());
    REQUIRE(teamId);
    auto stored = f.store->team(*teamId);
    REQUIRE(stored);
    REQUIRE(stored->channels.size() == 2);
    CHECK(stored->channels[0].value == QStringLiteral("csirt@team.example"));

    Person person;
    person.name = QStringLiteral("Eve Exercise");
    person.channels.append(email("eve@lab.test"));
    person.memberships.append(TeamMembership{*teamId, QStringLiteral("handler"), QDate(2025, 1, 1), {}});
    auto personId = f.people->addPerson(person);
    INFO((personId ? QString() : personId.error().toString()).toStdString());
    REQUIRE(personId);

    auto byTeam = f.queries->findByEmail(QStringLiteral("soc@host.corp.internal"));
    REQUIRE(byTeam);
    REQUIRE(byTeam->size() == 1);
    CHECK(byTeam->first().teamId == *teamId);
    auto byPerson = f.queries->findByEmail(QStringLiteral("EVE@lab.test"));
    REQUIRE(byPerson);
    REQUIRE(byPerson->size() == 1);
    CHECK(byPerson->first().personId == *personId);

    // Names no registry reserves are still refused, with the reason.
    Team lan = makeTeam(0, QStringLiteral("LAN-CERT"));
    lan.channels.append(email("soc@host.lan"));
    auto refused = f.store->addTeam(lan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(refused.error().message.contains(QStringLiteral("top-level domain")));
}

TEST_CASE("Constituency entries may be special-use names", "[directory][special-use]")
{
    const struct
    {
        const char* input;
        const char* value;
    } accepted[] = {
        {"corp.internal", "corp.internal"},     {".internal", "internal"},   {"*.test", "*.test"},
        {"Lab.Example", "lab.example"},         {".home.arpa", "home.arpa"}, {"printer.local.", "printer.local"},
        {"*.corp.internal", "*.corp.internal"},
    };
    for (const auto& c : accepted) {
        INFO(c.input);
        auto parsed = Constituency::parse(ConstituencyKind::Domain, QString::fromLatin1(c.input));
        INFO((parsed ? QString() : parsed.error().toString()).toStdString());
        REQUIRE(parsed);
        CHECK(parsed->value == QString::fromLatin1(c.value));
        auto guessed = Constituency::guess(QString::fromLatin1(c.input));
        REQUIRE(guessed);
        CHECK(guessed->kind == ConstituencyKind::Domain);
    }
    for (const char* refused : {"corp.lan", ".lan", "host.localdomain"}) {
        INFO(refused);
        CHECK_FALSE(Constituency::parse(ConstituencyKind::Domain, QString::fromLatin1(refused)));
    }
}

TEST_CASE("Lookup answers for names under special-use domains", "[directory][special-use]")
{
    Team internal = makeTeam(1, QStringLiteral("SOC"));
    with(internal, ConstituencyKind::Domain, QStringLiteral(".internal"));
    Team corp = makeTeam(2, QStringLiteral("CORP-CSIRT"));
    with(corp, ConstituencyKind::Domain, QStringLiteral("corp.internal"));
    corp.channels.append(email("csirt@corp.internal"));
    Team exercise = makeTeam(3, QStringLiteral("EXERCISE"));
    with(exercise, ConstituencyKind::Domain, QStringLiteral("*.example"));
    const auto index = NetworkLookup::build({internal, corp, exercise});

    const auto check = [&index](const QString& query, const QList<qint64>& expected) {
        INFO(query.toStdString());
        auto result = index->lookup(query);
        INFO((result ? QString() : result.error().toString()).toStdString());
        REQUIRE(result);
        CHECK(teamsOf(*result) == expected);
        auto linear = index->lookupLinear(query);
        REQUIRE(linear);
        CHECK(linear->matches == result->matches);
    };
    check(QStringLiteral("host.corp.internal"), {2, 1});
    check(QStringLiteral("other.internal"), {1});
    check(QStringLiteral("csirt@corp.internal"), {2, 2, 1});
    check(QStringLiteral("soc@lab.example"), {3});
    check(QStringLiteral("www.evil[.]example"), {3});
    check(QStringLiteral("printer.home.arpa"), {});
    CHECK_FALSE(index->lookup(QStringLiteral("host.corp.lan")));
}

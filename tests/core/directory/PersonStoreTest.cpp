// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/PersonStore.h"

#include "core/directory/DistributionListStore.h"
#include "core/history/History.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

Channel email(const QString& address)
{
    return Channel{ChannelKind::Email, address, ChannelUsage::Contact, {}, false};
}

} // namespace

TEST_CASE("PersonStore records every change in the history with edit times, by whom")
{
    DirectoryFixture f;
    Person person;
    person.name = QStringLiteral("  Jane Doe ");
    person.channels = {email(QStringLiteral("Jane@Example.org"))};
    const qint64 id = f.people->addPerson(person).value();
    auto stored = f.people->person(id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Jane Doe"));
    CHECK(stored->channels.first().value == QStringLiteral("jane@example.org"));

    f.clock.advanceSecs(60);
    stored->notes = QStringLiteral("Prefers Signal.");
    REQUIRE(f.people->updatePerson(*stored, EditOrigin::Import));
    // Unchanged: no row, no edit time.
    REQUIRE(f.people->updatePerson(*f.people->person(id)));

    auto history = History(*f.vault).forFieldPrefix(QStringLiteral("person/%1/").arg(id));
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK((*history)[0].action == QStringLiteral("directory.person.create"));
    CHECK((*history)[0].field == QStringLiteral("person/%1/name").arg(id));
    CHECK((*history)[1].action == QStringLiteral("directory.person.update"));
    CHECK((*history)[1].field == QStringLiteral("person/%1/notes").arg(id));
    CHECK((*history)[1].newValue == QStringLiteral("Prefers Signal."));

    auto edits = f.people->fieldEdits(id);
    REQUIRE(edits);
    CHECK(edits->value(QStringLiteral("name")).byUser);
    CHECK(edits->value(QStringLiteral("channels")).byUser);
    CHECK_FALSE(edits->value(QStringLiteral("notes")).byUser);
    CHECK(edits->value(QStringLiteral("notes")).at == f.clock.nowUtc());
    CHECK_FALSE(edits->contains(QStringLiteral("organisation")));
    // The team store's edit times are its own.
    CHECK(f.store->fieldEdits(id)->isEmpty());
}

TEST_CASE("PersonStore refuses a person without a name or with a bad address, and stores nothing")
{
    DirectoryFixture f;
    Person nameless;
    nameless.name = QStringLiteral("   ");
    CHECK(f.people->addPerson(nameless).error().where == QStringLiteral("name"));
    Person badAddress;
    badAddress.name = QStringLiteral("Bad Address");
    badAddress.channels = {email(QStringLiteral("not an address"))};
    CHECK(f.people->addPerson(badAddress).error().where == QStringLiteral("channels"));
    Person backwards;
    backwards.name = QStringLiteral("Backwards");
    backwards.memberships = {{1, {}, QDate(2026, 1, 1), QDate(2025, 1, 1)}};
    CHECK(f.people->addPerson(backwards).error().where == QStringLiteral("memberships"));
    CHECK(f.people->people()->isEmpty());
    CHECK(f.people->updatePerson(Person{}).error().code == ErrorCode::BadInput);
}

TEST_CASE("PersonStore removes a person with their memberships and list places, and records it")
{
    DirectoryFixture f;
    const qint64 team = f.store->addTeam(makeTeam(0, QStringLiteral("EXU-CERT"))).value();
    Person person;
    person.name = QStringLiteral("Jane Doe");
    person.channels = {email(QStringLiteral("jane@example.org"))};
    person.memberships = {{team, QStringLiteral("lead"), QDate(2025, 1, 1), {}}};
    const qint64 id = f.people->addPerson(person).value();
    DistributionListStore lists(f.change());
    const qint64 list = lists.create(QStringLiteral("partners")).value();
    REQUIRE(lists.addMember(list, {0, id, {}}));

    REQUIRE(f.people->removePerson(id));
    CHECK(f.people->people()->isEmpty());
    CHECK(lists.list(list)->members.isEmpty());
    CHECK(f.store->team(team)); // the team stays
    auto history = History(*f.vault).forFieldPrefix(QStringLiteral("person/%1/").arg(id));
    REQUIRE(history);
    CHECK(history->last().action == QStringLiteral("directory.person.delete"));
    CHECK(history->last().oldValue == QStringLiteral("Jane Doe"));
    CHECK(f.people->fieldEdits(id)->isEmpty());

    CHECK(f.people->removePerson(id).error().code == ErrorCode::NotFound);
}

TEST_CASE("PersonReader matches an imported person by UID, then by e-mail address")
{
    DirectoryFixture f;
    Person stored;
    stored.name = QStringLiteral("Jane Doe");
    stored.channels = {email(QStringLiteral("jane@example.org"))};
    const qint64 id = f.people->addPerson(stored).value();
    const QString uid = f.people->person(id)->uid;

    Person byUid;
    byUid.uid = uid;
    auto match = f.people->matchPerson(byUid);
    REQUIRE(match);
    CHECK(match->person->id == id);
    CHECK(match->how == QStringLiteral("uid"));

    Person byAddress;
    byAddress.uid = QStringLiteral("unknown-uid");
    byAddress.channels = {email(QStringLiteral("not an address")), email(QStringLiteral("JANE@example.org"))};
    match = PersonReader(*f.vault).matchPerson(byAddress);
    REQUIRE(match);
    CHECK(match->person->id == id);
    CHECK(match->how == QStringLiteral("email"));

    Person stranger;
    stranger.channels = {email(QStringLiteral("someone@example.org"))};
    match = f.people->matchPerson(stranger);
    REQUIRE(match);
    CHECK_FALSE(match->person.has_value());
}

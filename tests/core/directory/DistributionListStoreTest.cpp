// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DistributionListStore.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

Channel email(const QString& address)
{
    Channel c;
    c.kind = ChannelKind::Email;
    c.value = address;
    return c;
}

// The value of a result that must be there, with the error's text when it is not.
template <typename T>
T ok(Result<T> result)
{
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result);
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

} // namespace

TEST_CASE("DistributionListStore: lists, members and history")
{
    DirectoryFixture f;
    DistributionListStore lists(f.change());
    Team team = makeTeam(0, QStringLiteral("CERT-XL"));
    team.channels = {email(QStringLiteral("cert@xl.example.org"))};
    const auto teamId = std::optional(ok(f.store->addTeam(team)));
    Person person;
    person.name = QStringLiteral("Ana Lyst");
    const auto personId = std::optional(ok(f.people->addPerson(person)));

    const auto id = std::optional(
        ok(lists.create(QStringLiteral("isps"), QStringLiteral("Internet providers of the constituency"))));
    ok(lists.addMember(*id, {*teamId, 0, {}}));
    ok(lists.addMember(*id, {0, *personId, {}}));

    auto found = lists.find(QStringLiteral("ISPs"));
    REQUIRE(found);
    CHECK(found->id == *id);
    CHECK(found->description == QStringLiteral("Internet providers of the constituency"));
    REQUIRE(found->members.size() == 2);
    CHECK(found->members[0].name == QStringLiteral("CERT-XL"));
    CHECK(found->members[1].name == QStringLiteral("Ana Lyst"));
    CHECK(lists.find(QString::number(*id)));

    // Errors: duplicate list, duplicate member, missing team, missing list, empty or numeric name.
    auto again = lists.create(QStringLiteral("ISPS"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    auto twice = lists.addMember(*id, {*teamId, 0, {}});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(twice.error().message.contains(QStringLiteral("CERT-XL")));
    CHECK(lists.addMember(*id, {999, 0, {}}).error().code == ErrorCode::NotFound);
    CHECK(lists.addMember(999, {*teamId, 0, {}}).error().code == ErrorCode::NotFound);
    CHECK(lists.create(QStringLiteral("  ")).error().code == ErrorCode::BadInput);
    CHECK(lists.create(QStringLiteral("42")).error().code == ErrorCode::BadInput);
    CHECK(lists.find(QStringLiteral("nope")).error().code == ErrorCode::NotFound);

    REQUIRE(lists.removeMember(*id, {0, *personId, {}}));
    CHECK(lists.removeMember(*id, {0, *personId, {}}).error().code == ErrorCode::NotFound);
    CHECK(lists.list(*id)->members.size() == 1);

    // Removing a team from the directory takes it off every list.
    REQUIRE(f.store->removeTeam(*teamId));
    CHECK(lists.list(*id)->members.isEmpty());

    auto history = History(*f.vault).forFieldPrefix(QStringLiteral("list/"));
    REQUIRE(history);
    QStringList actions;
    for (const HistoryEntry& e : *history)
        if (e.action.startsWith(QStringLiteral("directory.list.")))
            actions.append(e.action);
    CHECK(actions == QStringList{QStringLiteral("directory.list.create"), QStringLiteral("directory.list.member-add"),
                                 QStringLiteral("directory.list.member-add"),
                                 QStringLiteral("directory.list.member-remove")});

    REQUIRE(lists.remove(*id));
    CHECK(lists.lists()->isEmpty());
}

TEST_CASE("DistributionListStore: recipients carry an address and the TLP label they may receive")
{
    DirectoryFixture f;
    DistributionListStore lists(f.change());
    Team amber = makeTeam(0, QStringLiteral("CERT-AM"));
    amber.highestTlp = TlpLevel::Amber;
    amber.channels = {email(QStringLiteral("cert@am.example.org"))};
    const qint64 amberId = ok(f.store->addTeam(amber));
    Team green = makeTeam(0, QStringLiteral("CERT-GR"));
    green.highestTlp = TlpLevel::Green;
    const qint64 greenId = ok(f.store->addTeam(green));

    Person inherits; // from CERT-AM, current
    inherits.name = QStringLiteral("Ines Herit");
    inherits.channels = {email(QStringLiteral("ines@am.example.org"))};
    inherits.memberships = {{amberId, QStringLiteral("handler"), QDate(2020, 1, 1), {}}};
    Person own; // own label wins over the team's
    own.name = QStringLiteral("Olga Wn");
    own.highestTlp = TlpLevel::Red;
    own.memberships = {{greenId, {}, {}, {}}};
    Person former; // left CERT-AM: inherits nothing
    former.name = QStringLiteral("Fred Ormer");
    former.memberships = {{amberId, {}, QDate(2020, 1, 1), QDate(2025, 1, 1)}};
    Person both; // in two teams: the more restrictive label
    both.name = QStringLiteral("Bo Th");
    both.memberships = {{amberId, {}, {}, {}}, {greenId, {}, {}, {}}};
    const qint64 inheritsId = ok(f.people->addPerson(inherits));
    const qint64 ownId = ok(f.people->addPerson(own));
    const qint64 formerId = ok(f.people->addPerson(former));
    const qint64 bothId = ok(f.people->addPerson(both));
    CHECK(f.people->person(ownId)->highestTlp == TlpLevel::Red); // stored and read back

    const qint64 id = ok(lists.create(QStringLiteral("all")));
    for (const DistributionListMember& m : QList<DistributionListMember>{{amberId, 0, {}},
                                                                         {greenId, 0, {}},
                                                                         {0, inheritsId, {}},
                                                                         {0, ownId, {}},
                                                                         {0, formerId, {}},
                                                                         {0, bothId, {}}})
        ok(lists.addMember(id, m));

    auto recipients = lists.recipients(id, QDate(2026, 3, 2));
    REQUIRE(recipients);
    REQUIRE(recipients->size() == 6);
    const QList<ListRecipient>& r = *recipients;
    CHECK(r[0].name == QStringLiteral("CERT-AM"));
    CHECK(r[0].address == QStringLiteral("cert@am.example.org"));
    CHECK(r[0].highestTlp == TlpLevel::Amber);
    CHECK(r[1].address.isEmpty());
    CHECK(r[1].highestTlp == TlpLevel::Green);
    CHECK(r[2].highestTlp == TlpLevel::Amber);
    CHECK(r[2].tlpFrom == QStringLiteral("CERT-AM"));
    CHECK(r[2].address == QStringLiteral("ines@am.example.org"));
    CHECK(r[3].highestTlp == TlpLevel::Red);
    CHECK(r[3].tlpFrom == QStringLiteral("Olga Wn"));
    CHECK_FALSE(r[4].highestTlp.has_value());
    CHECK(r[5].highestTlp == TlpLevel::Green);
}

TEST_CASE("DistributionListStore: addMembers and removeMembers resolve names and change all of them or none")
{
    DirectoryFixture f;
    DistributionListStore lists(f.change());
    const qint64 alpha = ok(f.store->addTeam(makeTeam(0, QStringLiteral("ALPHA"))));
    const qint64 bravo = ok(f.store->addTeam(makeTeam(0, QStringLiteral("BRAVO"))));
    Person person;
    person.name = QStringLiteral("Ana Lyst");
    const qint64 ana = ok(f.people->addPerson(person));
    const qint64 id = ok(lists.create(QStringLiteral("partners")));
    auto memberIds = [&]() {
        QList<std::pair<qint64, qint64>> out;
        const auto stored = lists.list(id);
        REQUIRE(stored);
        for (const DistributionListMember& m : stored->members)
            out.append({m.teamId, m.personId});
        return out;
    };

    auto added = lists.addMembers(QStringLiteral("Partners"), {QStringLiteral("alpha")}, {QStringLiteral("Ana Lyst")});
    REQUIRE(added);
    CHECK(added->id == id);
    CHECK(added->name == QStringLiteral("partners"));
    CHECK(memberIds() == QList<std::pair<qint64, qint64>>{{alpha, 0}, {0, ana}});

    // One unknown name, or one that is already a member: nothing of the call is stored.
    auto unknown = lists.addMembers(QString::number(id), {QStringLiteral("BRAVO"), QStringLiteral("CHARLIE")}, {});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    auto already = lists.addMembers(QStringLiteral("partners"), {QStringLiteral("BRAVO"), QStringLiteral("ALPHA")}, {});
    REQUIRE_FALSE(already);
    CHECK(already.error().code == ErrorCode::Conflict);
    CHECK(memberIds() == QList<std::pair<qint64, qint64>>{{alpha, 0}, {0, ana}});
    CHECK(lists.addMembers(QStringLiteral("nope"), {QStringLiteral("BRAVO")}, {}).error().code == ErrorCode::NotFound);

    auto notMember =
        lists.removeMembers(QStringLiteral("partners"), {QStringLiteral("ALPHA"), QStringLiteral("BRAVO")}, {});
    REQUIRE_FALSE(notMember);
    CHECK(notMember.error().code == ErrorCode::NotFound);
    CHECK(memberIds().size() == 2);
    REQUIRE(lists.removeMembers(QStringLiteral("partners"), {QStringLiteral("ALPHA")}, {QStringLiteral("ana lyst")}));
    CHECK(memberIds().isEmpty());
    REQUIRE(lists.addMembers(QStringLiteral("partners"), {QString::number(bravo)}, {}));
    CHECK(memberIds() == QList<std::pair<qint64, qint64>>{{bravo, 0}});

    auto history = History(*f.vault).forFieldPrefix(QStringLiteral("list/%1/members").arg(id));
    REQUIRE(history);
    CHECK(history->size() == 5); // two added, two removed, one added: the refused calls left no row
}

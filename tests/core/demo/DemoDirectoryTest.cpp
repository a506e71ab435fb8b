// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoDirectory.h"

#include "core/directory/OwnTeam.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

QString firstTeam(DirectoryQueries& store, const QString& query)
{
    auto lookup = store.lookup();
    REQUIRE(lookup);
    auto result = (*lookup)->lookup(query);
    REQUIRE(result);
    REQUIRE_FALSE(result->matches.isEmpty());
    return (*lookup)->team(result->matches.first().teamId)->name;
}

} // namespace

TEST_CASE("the demo directory answers the demo tickets' addresses and names our team", "[directory][demo]")
{
    DirectoryFixture f;
    auto added = DemoDirectory::populate(*f.vault, f.clock);
    REQUIRE(added);
    CHECK(*added == 5);
    auto teams = f.store->teams();
    REQUIRE(teams);
    CHECK(teams->size() == 5);

    CHECK(firstTeam(*f.queries, QStringLiteral("192.0.2.14")) == QStringLiteral("EXU-CERT"));
    CHECK(firstTeam(*f.queries, QStringLiteral("192.0.2.80")) == QStringLiteral("EXB-CSIRT"));
    CHECK(firstTeam(*f.queries, QStringLiteral("2001:db8::/32")) == QStringLiteral("CERT-XX"));
    CHECK(firstTeam(*f.queries, QStringLiteral("2001:db8:4::23")) == QStringLiteral("EXU-CERT"));
    CHECK(firstTeam(*f.queries, QStringLiteral("AS64501")) == QStringLiteral("ISP1-ABUSE"));

    auto stale = f.queries->stale();
    REQUIRE(stale);
    QStringList staleNames;
    for (const StaleEntry& entry : *stale) {
        if (entry.entity == QStringLiteral("team"))
            staleNames.append(entry.name);
    }
    staleNames.sort();
    CHECK(staleNames == QStringList{QStringLiteral("EXU-SOC"), QStringLiteral("ISP1-ABUSE")});

    auto own = OwnTeam(*f.vault).team();
    REQUIRE(own);
    REQUIRE(own->has_value());
    CHECK((*own)->shortName == QStringLiteral("EXU-CERT"));

    auto again = DemoDirectory::populate(*f.vault, f.clock);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(f.store->teams()->size() == 5);
}

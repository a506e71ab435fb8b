// SPDX-License-Identifier: GPL-3.0-or-later
// Small builders for directory tests: teams with constituency entries, and a workspace with the directory stores.
#pragma once

#include "core/base/Clock.h"
#include "core/history/ChangeContext.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/NetworkLookupStore.h"
#include "core/directory/PersonStore.h"
#include "core/directory/TeamStore.h"
#include "core/directory/Team.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <memory>

namespace fb::test {

inline ConstituencyEntry entry(ConstituencyKind kind, const QString& text)
{
    auto parsed = Constituency::parse(kind, text);
    INFO(text.toStdString());
    REQUIRE(parsed);
    return *parsed;
}

inline Team makeTeam(qint64 id, const QString& name, const QString& country = {}, TeamType type = TeamType::Unknown)
{
    Team team;
    team.id = id;
    team.officialName = name + QStringLiteral(" official");
    team.shortName = name;
    team.country = country;
    team.type = type;
    return team;
}

inline Team& with(Team& team, ConstituencyKind kind, const QString& text)
{
    team.constituency.append(entry(kind, text));
    return team;
}

class DirectoryFixture
{
public:
    DirectoryFixture()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()))
    {
        auto created = Vault::create(dir.file(QStringLiteral("directory.firebreak")), SecretBytes("test", 4));
        REQUIRE(created);
        vault = std::move(*created);
        store = std::make_unique<TeamStore>(change());
        people = std::make_unique<PersonStore>(change());
        queries = std::make_unique<DirectoryQueries>(*vault, clock);
    }

    TempDir dir;
    // Changes made by `actor` at the fixture's clock.
    ChangeContext change(const QString& actor = QStringLiteral("alice")) { return ChangeContext{*vault, clock, actor}; }

    FixedClock clock;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<TeamStore> store;
    std::unique_ptr<PersonStore> people;
    std::unique_ptr<DirectoryQueries> queries;

    DirectoryImporter importer() { return DirectoryImporter(change()); }
    Result<LookupResult> whoHandles(const QString& query) { return NetworkLookupStore(*vault).lookup(query); }
};

} // namespace fb::test

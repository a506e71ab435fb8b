// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/TeamFields.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("A team's warnings name expired and expiring agreements, a missing key and no verification",
          "[directory][warnings]")
{
    const QDate today(2026, 11, 30);
    Team team;
    team.officialName = QStringLiteral("CERT-XX");

    SECTION("a fresh entry without key or verification")
    {
        const QStringList warnings = TeamFields::warnings(team, today);
        REQUIRE(warnings.size() == 2);
        CHECK(warnings[0].contains(QStringLiteral("No OpenPGP key")));
        CHECK(warnings[1] == QStringLiteral("Never verified."));
    }
    SECTION("agreements: expired, within 30 days, later, never")
    {
        team.keyFingerprints = {QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")};
        team.verifiedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        team.agreements = {{AgreementKind::Nda, QStringLiteral("CERT-YY"), {}, QDate(2026, 11, 29), {}},
                           {AgreementKind::Mou, QStringLiteral("CERT-ZZ"), {}, QDate(2026, 12, 30), {}},
                           {AgreementKind::Nda, QStringLiteral("CERT-LATER"), {}, QDate(2026, 12, 31), {}},
                           {AgreementKind::Other, QStringLiteral("CERT-OPEN"), {}, {}, {}}};
        const QStringList warnings = TeamFields::warnings(team, today);
        REQUIRE(warnings.size() == 2);
        CHECK(warnings[0] == QStringLiteral("The NDA with CERT-YY expired on 2026-11-29."));
        CHECK(warnings[1] == QStringLiteral("The MOU with CERT-ZZ expires on 2026-12-30."));
    }
}

TEST_CASE("A team's stale warning counts from the later of our verification and the source's update",
          "[directory][warnings]")
{
    const QDate today(2026, 11, 30);
    Team team;
    team.officialName = QStringLiteral("CERT-XX");
    team.keyFingerprints = {QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")};
    auto at = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC); };

    SECTION("updated at the source three years ago, never verified: stale, from the source")
    {
        team.sourceUpdatedAt = at(2023, 11, 1);
        CHECK(TeamFields::lastConfirmed(team).bySource);
        CHECK(TeamFields::warnings(team, today, 180) ==
              QStringList{QStringLiteral("Stale: last updated at the source on 2023-11-01, more than 180 days ago; "
                                         "never verified by us.")});
        // Without a period, no stale warning; but it is said that we never verified it.
        CHECK(TeamFields::warnings(team, today) ==
              QStringList{QStringLiteral("Never verified by us; updated at the source on 2023-11-01.")});
    }
    SECTION("verified long ago, updated at the source since: stale from the source's date")
    {
        team.verifiedAt = at(2023, 1, 1);
        team.sourceUpdatedAt = at(2024, 1, 1);
        CHECK(TeamFields::warnings(team, today, 180) ==
              QStringList{QStringLiteral("Stale: last updated at the source on 2024-01-01 (after our last "
                                         "verification on 2023-01-01), more than 180 days ago.")});
    }
    SECTION("verified recently, source old: not stale")
    {
        team.verifiedAt = at(2026, 10, 1);
        team.sourceUpdatedAt = at(2020, 1, 1);
        CHECK_FALSE(TeamFields::lastConfirmed(team).bySource);
        CHECK(TeamFields::warnings(team, today, 180).isEmpty());
    }
    SECTION("verified long ago, no source date")
    {
        team.verifiedAt = at(2025, 1, 1);
        CHECK(TeamFields::warnings(team, today, 180) ==
              QStringList{QStringLiteral("Stale: last verified by us on 2025-01-01, more than 180 days ago.")});
    }
}

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

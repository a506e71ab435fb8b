// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/OwnTeam.h"

#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

TEST_CASE("OwnTeam names our directory entry and falls back to its first key for signing")
{
    DirectoryFixture f;
    OwnTeam own(*f.vault);
    REQUIRE(own.team());
    CHECK_FALSE(own.team()->has_value());
    CHECK(own.signingKey().value().isEmpty());

    Team team = makeTeam(0, QStringLiteral("CERT-XX"), QStringLiteral("de"), TeamType::National);
    team.keyFingerprints = {QStringLiteral("0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567")};
    const qint64 id = f.store->addTeam(team).value();

    CHECK(own.setTeam(id + 100).error().code == ErrorCode::NotFound);
    REQUIRE(own.setTeam(id));
    REQUIRE(own.team()->has_value());
    CHECK((*own.team())->id == id);
    CHECK(own.signingKey().value() == QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));

    CHECK(own.chosenSigningKey().value().isEmpty());
    CHECK(own.setSigningKey(QStringLiteral("not a key")).error().code == ErrorCode::BadInput);
    REQUIRE(own.setSigningKey(QStringLiteral("fedcba9876543210fedcba9876543210fedcba98")));
    CHECK(own.signingKey().value() == QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98"));
    CHECK(own.chosenSigningKey().value() == QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98"));
    // Back to the automatic choice: the first key of our entry.
    REQUIRE(own.clearSigningKey());
    CHECK(own.chosenSigningKey().value().isEmpty());
    CHECK(own.signingKey().value() == QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
    REQUIRE(own.setSigningKey(QStringLiteral("fedcba9876543210fedcba9876543210fedcba98")));

    REQUIRE(f.store->removeTeam(id));
    CHECK_FALSE(own.team()->has_value()); // a removed entry is not our team any more
    REQUIRE(own.clearTeam());
}

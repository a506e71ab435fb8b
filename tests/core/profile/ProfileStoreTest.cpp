// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileStore.h"
#include "tests/core/profile/ProfileFixture.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("ProfileStore: the original's draft, saved and read back")
{
    test::ProfileFixture f;
    REQUIRE(f.profiles->draft());
    CHECK_FALSE(f.profiles->draft()->has_value());
    const TeamProfile p = test::sampleProfile();
    REQUIRE(f.profiles->saveDraft(p));
    auto back = f.profiles->draft();
    REQUIRE(back);
    REQUIRE(back->has_value());
    CHECK(**back == p);
    auto docs = f.profiles->documents();
    REQUIRE(docs);
    REQUIRE(docs->size() == 1);
    CHECK(docs->first().original);
    CHECK(docs->first().changedAt == f.clock.nowUtc());

    // Saving the same content does not move the time of the newest change.
    f.clock.advanceSecs(3600);
    REQUIRE(f.profiles->saveDraft(p));
    CHECK(f.profiles->documents()->first().changedAt == f.clock.nowUtc().addSecs(-3600));
    TeamProfile changed = p;
    changed.text[QStringLiteral("3.1")] = QStringLiteral("A new mission.");
    REQUIRE(f.profiles->saveDraft(changed));
    CHECK(f.profiles->documents()->first().changedAt == f.clock.nowUtc());
}

TEST_CASE("ProfileStore: translations need their original, one original only")
{
    test::ProfileFixture f;
    TeamProfile de = test::sampleProfile();
    de.language = QStringLiteral("de");
    de.originalLanguage = QStringLiteral("en");
    auto refused = f.profiles->saveDraft(de);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);

    REQUIRE(f.profiles->saveDraft(test::sampleProfile()));
    REQUIRE(f.profiles->saveDraft(de));
    CHECK(f.profiles->draft(QStringLiteral("de"))->value().originalLanguage == QStringLiteral("en"));
    CHECK(f.profiles->draft()->value().language == QStringLiteral("en"));

    TeamProfile secondOriginal = test::sampleProfile();
    secondOriginal.language = QStringLiteral("fr");
    CHECK(f.profiles->saveDraft(secondOriginal).error().code == ErrorCode::Conflict);
    CHECK(f.profiles->removeDraft(QStringLiteral("en")).error().code == ErrorCode::Conflict);
    REQUIRE(f.profiles->removeDraft(QStringLiteral("de")));
    CHECK(f.profiles->documents()->size() == 1);
}

TEST_CASE("ProfileStore: published versions keep the signed text, newest first")
{
    test::ProfileFixture f;
    TeamProfile p = test::sampleProfile();
    auto v1 = f.profiles->publish(p, QByteArray("signed one"), QStringLiteral("AAAA"));
    REQUIRE(v1);
    CHECK(v1->version == 1);
    p.text[QStringLiteral("3.1")] = QStringLiteral("Changed.");
    f.clock.advanceSecs(60);
    auto v2 = f.profiles->publish(p, QByteArray("signed two"), QStringLiteral("AAAA"));
    REQUIRE(v2);
    CHECK(v2->version == 2);
    auto all = f.profiles->versions();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->first().version == 2);
    CHECK(all->first().signedText == QByteArray("signed two"));
    CHECK(all->last().profile.sectionText(QStringLiteral("3.1")) != QStringLiteral("Changed."));
    CHECK(f.profiles->version(1)->signedText == QByteArray("signed one"));
    CHECK(f.profiles->version(7).error().code == ErrorCode::NotFound);
    CHECK(f.profiles->draft()->value().sectionText(QStringLiteral("3.1")) == QStringLiteral("Changed."));
}

TEST_CASE("ProfileStore: a refused publish leaves nothing behind")
{
    test::ProfileFixture f;
    REQUIRE(f.profiles->saveDraft(test::sampleProfile()));
    TeamProfile fr = test::sampleProfile();
    fr.language = QStringLiteral("fr"); // not a translation, but the original is in English
    CHECK_FALSE(f.profiles->publish(fr, QByteArray("x"), QStringLiteral("AAAA")));
    CHECK(f.profiles->versions(QStringLiteral("fr"))->isEmpty());
    CHECK(f.profiles->documents()->size() == 1);
}

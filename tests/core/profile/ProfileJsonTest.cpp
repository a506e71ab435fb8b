// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileJson.h"
#include "tests/core/profile/ProfileFixture.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("ProfileJson: a round trip keeps every field")
{
    TeamProfile p = test::sampleProfile();
    p.language = QStringLiteral("de");
    p.originalLanguage = QStringLiteral("en");
    p.originalUrl = QStringLiteral("https://cert-xx.example.org/rfc2350.txt");
    p.unmapped = {{QStringLiteral("8. Annex"), QStringLiteral("Kept.")}};
    auto back = ProfileJson::fromBytes(ProfileJson::toBytes(p));
    REQUIRE(back);
    CHECK(*back == p);
}

TEST_CASE("ProfileJson: only the keys given change - bad values are refused with the key named")
{
    const TeamProfile base = test::sampleProfile();
    auto changed = ProfileJson::fromBytes(R"({"sections": {"3.1": "New mission."}, "languages": ["fr"]})", base);
    REQUIRE(changed);
    CHECK(changed->sectionText(QStringLiteral("3.1")) == QStringLiteral("New mission."));
    CHECK(changed->sectionText(QStringLiteral("3.2")) == base.sectionText(QStringLiteral("3.2")));
    CHECK(changed->languages == QStringList{QStringLiteral("fr")});

    struct Case
    {
        const char* json;
        const char* where;
    };
    const Case c = GENERATE(
        Case{R"({"sections": {"9.9": "x"}})", "sections.9.9"}, Case{R"({"sections": {"3.1": 42}})", "sections.3.1"},
        Case{R"({"keyFingerprint": "ABC"})", "keyFingerprint"}, Case{R"({"lastUpdate": "yesterday"})", "lastUpdate"},
        Case{R"({"locations": "https://x.example"})", "locations"},
        Case{R"({"priorities": [{"reaction": "1h"}]})", "priorities"}, Case{R"({"colour": "red"})", "colour"},
        Case{R"([1, 2])", "offset 0"}, Case{R"({"title": )", "offset 10"});
    auto refused = ProfileJson::fromBytes(QByteArray(c.json), base);
    INFO(c.json);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(refused.error().where == QString::fromLatin1(c.where));
}

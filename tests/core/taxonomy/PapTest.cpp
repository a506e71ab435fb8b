// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy/Pap.h"

#include "tests/core/taxonomy/TaxonomyTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using fb::Pap;
using fb::PapLevel;

TEST_CASE("Pap parses every spelling and the WHITE alias", "[taxonomy][pap]")
{
    const auto [text, expected] = GENERATE(table<const char*, PapLevel>({
        {"CLEAR", PapLevel::Clear},
        {"PAP:CLEAR", PapLevel::Clear},
        {"pap:clear", PapLevel::Clear},
        {" Clear ", PapLevel::Clear},
        {"WHITE", PapLevel::Clear},
        {"PAP:WHITE", PapLevel::Clear},
        {"pap:white", PapLevel::Clear},
        {"GREEN", PapLevel::Green},
        {"PAP:GREEN", PapLevel::Green},
        {"AMBER", PapLevel::Amber},
        {"pap:amber", PapLevel::Amber},
        {"RED", PapLevel::Red},
        {"\tPAP:Red\n", PapLevel::Red},
    }));
    INFO("input: " << text);
    const std::optional<PapLevel> parsed = Pap::parse(QString::fromUtf8(text));
    REQUIRE(parsed.has_value());
    CHECK(*parsed == expected);
}

TEST_CASE("Pap refuses what is not a PAP label", "[taxonomy][pap]")
{
    const char* text = GENERATE("PAP:PINK", "", "  ", "PAP:", "PAP", "amber+strict", "PAP:AMBER+STRICT", "TLP:RED",
                                "PAP: RED", "PAP:PAP:RED", "reds");
    INFO("input: \"" << text << '"');
    CHECK_FALSE(Pap::parse(QString::fromUtf8(text)).has_value());
}

TEST_CASE("Pap names each level", "[taxonomy][pap]")
{
    const auto [level, label, key, colour] = GENERATE(table<PapLevel, const char*, const char*, const char*>({
        {PapLevel::Clear, "PAP:CLEAR", "clear", "#FFFFFF"},
        {PapLevel::Green, "PAP:GREEN", "green", "#33FF00"},
        {PapLevel::Amber, "PAP:AMBER", "amber", "#FFC000"},
        {PapLevel::Red, "PAP:RED", "red", "#FF2B2B"},
    }));
    CHECK(Pap::label(level) == QString::fromUtf8(label));
    CHECK(Pap::key(level) == QString::fromUtf8(key));
    CHECK(Pap::machineTag(level) == QString::fromUtf8(label));
    CHECK(Pap::colour(level) == QString::fromUtf8(colour));
    CHECK(Pap::backgroundColour() == QStringLiteral("#000000"));

    CHECK(Pap::parse(Pap::label(level)) == level);
    CHECK(Pap::parse(Pap::key(level)) == level);
    CHECK(Pap::parse(Pap::machineTag(level)) == level);
    CHECK_FALSE(Pap::meaning(level).isEmpty());
}

TEST_CASE("Pap levels are ordered and decide which actions are permitted", "[taxonomy][pap]")
{
    REQUIRE(Pap::all() == QList<PapLevel>{PapLevel::Clear, PapLevel::Green, PapLevel::Amber, PapLevel::Red});

    const auto [data, action, allowed] = GENERATE(table<PapLevel, PapLevel, bool>({
        {PapLevel::Red, PapLevel::Red, true},     // non-detectable use of red data
        {PapLevel::Red, PapLevel::Amber, false},  // no third-party lookups with red data
        {PapLevel::Amber, PapLevel::Amber, true}, // passive cross-check with amber data
        {PapLevel::Amber, PapLevel::Green, false},
        {PapLevel::Green, PapLevel::Green, true}, // active action with green data
        {PapLevel::Green, PapLevel::Clear, false},
        {PapLevel::Clear, PapLevel::Clear, true},
        {PapLevel::Clear, PapLevel::Red, true},
    }));
    CHECK(Pap::permits(data, action) == allowed);
}

TEST_CASE("Pap matches the shipped PAP data file", "[taxonomy][pap]")
{
    const QJsonObject root = fb::test::readJsonObject(QStringLiteral(":/taxonomy/pap.json"));
    REQUIRE(root.value(QLatin1StringView("namespace")).toString() == QStringLiteral("PAP"));
    const QJsonArray predicates = root.value(QLatin1StringView("predicates")).toArray();
    REQUIRE_FALSE(predicates.isEmpty());

    QStringList seen;
    for (const QJsonValue& value : predicates) {
        const QJsonObject predicate = value.toObject();
        const QString name = predicate.value(QLatin1StringView("value")).toString();
        INFO("predicate: " << name.toStdString());
        const std::optional<PapLevel> level = Pap::parse(name);
        REQUIRE(level.has_value()); // every label in the file is understood
        if (name == QStringLiteral("WHITE")) {
            CHECK(*level == PapLevel::Clear);
            continue;
        }
        seen.append(name);
        CHECK(Pap::machineTag(*level) == root.value(QLatin1StringView("namespace")).toString() + u':' + name);
        CHECK(Pap::colour(*level).compare(predicate.value(QLatin1StringView("colour")).toString(),
                                          Qt::CaseInsensitive) == 0);
        const QString expanded = predicate.value(QLatin1StringView("expanded")).toString();
        const QString prefix = QStringLiteral("(") + Pap::label(*level) + QStringLiteral(") ");
        REQUIRE(expanded.startsWith(prefix));
        CHECK(Pap::meaning(*level) == expanded.mid(prefix.size()));
    }
    CHECK(seen.size() == Pap::all().size());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy/Tlp.h"

#include "tests/core/taxonomy/TaxonomyTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using fb::Tlp;
using fb::TlpLevel;

TEST_CASE("Tlp parses every TLP 2.0 spelling and the WHITE alias", "[taxonomy][tlp]")
{
    const auto [text, expected] = GENERATE(table<const char*, TlpLevel>({
        {"CLEAR", TlpLevel::Clear},
        {"TLP:CLEAR", TlpLevel::Clear},
        {"tlp:clear", TlpLevel::Clear},
        {"  Clear\t", TlpLevel::Clear},
        {"WHITE", TlpLevel::Clear},
        {"white", TlpLevel::Clear},
        {"TLP:WHITE", TlpLevel::Clear},
        {"tlp:White", TlpLevel::Clear},
        {"GREEN", TlpLevel::Green},
        {"TLP:GREEN", TlpLevel::Green},
        {"tlp:green", TlpLevel::Green},
        {"AMBER", TlpLevel::Amber},
        {"TLP:AMBER", TlpLevel::Amber},
        {"Tlp:Amber", TlpLevel::Amber},
        {"amber+strict", TlpLevel::AmberStrict},
        {"AMBER+STRICT", TlpLevel::AmberStrict},
        {"TLP:AMBER+STRICT", TlpLevel::AmberStrict},
        {"tlp:amber+strict", TlpLevel::AmberStrict},
        {" TLP:Amber+Strict \n", TlpLevel::AmberStrict},
        {"RED", TlpLevel::Red},
        {"TLP:RED", TlpLevel::Red},
        {"red", TlpLevel::Red},
    }));
    INFO("input: " << text);
    const std::optional<TlpLevel> parsed = Tlp::parse(QString::fromUtf8(text));
    REQUIRE(parsed.has_value());
    CHECK(*parsed == expected);
}

TEST_CASE("Tlp refuses what is not a TLP 2.0 label", "[taxonomy][tlp]")
{
    const char* text = GENERATE("TLP:PINK", "", "   ", "amber strict", "amber-strict", "amberstrict", "amber+",
                                "AMBER+STRICT+", "TLP:", "TLP", "TLP:TLP:RED", "TLP: RED", "TLPRED", "tlp:ex:chr",
                                "unclear", "TLP:UNCLEAR", "PAP:RED", "redd", "r", "tlp:amber;strict");
    INFO("input: \"" << text << '"');
    CHECK_FALSE(Tlp::parse(QString::fromUtf8(text)).has_value());
}

TEST_CASE("Tlp names each level", "[taxonomy][tlp]")
{
    const auto [level, label, key, tag, colour] =
        GENERATE(table<TlpLevel, const char*, const char*, const char*, const char*>({
            {TlpLevel::Clear, "TLP:CLEAR", "clear", "tlp:clear", "#FFFFFF"},
            {TlpLevel::Green, "TLP:GREEN", "green", "tlp:green", "#33FF00"},
            {TlpLevel::Amber, "TLP:AMBER", "amber", "tlp:amber", "#FFC000"},
            {TlpLevel::AmberStrict, "TLP:AMBER+STRICT", "amber+strict", "tlp:amber+strict", "#FFC000"},
            {TlpLevel::Red, "TLP:RED", "red", "tlp:red", "#FF2B2B"},
        }));
    CHECK(Tlp::label(level) == QString::fromUtf8(label));
    CHECK(Tlp::key(level) == QString::fromUtf8(key));
    CHECK(Tlp::machineTag(level) == QString::fromUtf8(tag));
    CHECK(Tlp::colour(level) == QString::fromUtf8(colour));
    CHECK(Tlp::backgroundColour() == QStringLiteral("#000000"));

    // Every form it writes, it reads back.
    CHECK(Tlp::parse(Tlp::label(level)) == level);
    CHECK(Tlp::parse(Tlp::key(level)) == level);
    CHECK(Tlp::parse(Tlp::machineTag(level)) == level);

    const QString meaning = Tlp::meaning(level);
    CHECK_FALSE(meaning.isEmpty());
    CHECK(meaning.endsWith(u'.'));
}

TEST_CASE("Tlp levels are ordered from least to most restrictive", "[taxonomy][tlp]")
{
    const QList<TlpLevel> expected = {TlpLevel::Clear, TlpLevel::Green, TlpLevel::Amber, TlpLevel::AmberStrict,
                                      TlpLevel::Red};
    REQUIRE(Tlp::all() == expected);
    for (qsizetype i = 1; i < expected.size(); ++i)
        CHECK(expected[i - 1] < expected[i]);
}

TEST_CASE("Tlp decides who may receive what", "[taxonomy][tlp]")
{
    const auto [data, recipient, allowed] = GENERATE(table<TlpLevel, TlpLevel, bool>({
        {TlpLevel::Clear, TlpLevel::Clear, true},
        {TlpLevel::Clear, TlpLevel::Red, true},
        {TlpLevel::Green, TlpLevel::Clear, false},
        {TlpLevel::Green, TlpLevel::Green, true},
        {TlpLevel::Amber, TlpLevel::Green, false},
        {TlpLevel::Amber, TlpLevel::Amber, true},
        {TlpLevel::Amber, TlpLevel::AmberStrict, true},
        {TlpLevel::AmberStrict, TlpLevel::Amber, false},
        {TlpLevel::AmberStrict, TlpLevel::AmberStrict, true},
        {TlpLevel::Red, TlpLevel::AmberStrict, false},
        {TlpLevel::Red, TlpLevel::Red, true},
    }));
    CHECK(Tlp::mayShare(data, recipient) == allowed);
}

TEST_CASE("Tlp matches the shipped TLP 2.0 data file", "[taxonomy][tlp]")
{
    const QJsonObject root = fb::test::readJsonObject(QStringLiteral(":/taxonomy/tlp.json"));
    REQUIRE(root.value(QLatin1StringView("namespace")).toString() == QStringLiteral("tlp"));
    const QJsonArray predicates = root.value(QLatin1StringView("predicates")).toArray();
    REQUIRE_FALSE(predicates.isEmpty());

    QStringList seen;
    for (const QJsonValue& value : predicates) {
        const QJsonObject predicate = value.toObject();
        const QString key = predicate.value(QLatin1StringView("value")).toString();
        INFO("predicate: " << key.toStdString());
        const std::optional<TlpLevel> level = Tlp::parse(key);
        if (key == QStringLiteral("ex:chr") || key == QStringLiteral("unclear")) {
            CHECK_FALSE(level.has_value()); // MISP extras, not TLP 2.0
            continue;
        }
        REQUIRE(level.has_value());
        if (key == QStringLiteral("white")) {
            CHECK(*level == TlpLevel::Clear); // TLP 1.0 name: read, never written
            continue;
        }
        seen.append(key);
        CHECK(Tlp::key(*level) == key);
        CHECK(Tlp::colour(*level).compare(predicate.value(QLatin1StringView("colour")).toString(),
                                          Qt::CaseInsensitive) == 0);
        // The meaning is the data's "expanded" sentence without its "(TLP:X) " prefix.
        const QString expanded = predicate.value(QLatin1StringView("expanded")).toString();
        const QString prefix = QStringLiteral("(") + Tlp::label(*level) + QStringLiteral(") ");
        REQUIRE(expanded.startsWith(prefix));
        CHECK(Tlp::meaning(*level) == expanded.mid(prefix.size()));
    }
    // The file has all five TLP 2.0 labels, CLEAR and AMBER+STRICT included.
    CHECK(seen.size() == Tlp::all().size());
    for (const TlpLevel level : Tlp::all())
        CHECK(seen.contains(Tlp::key(level)));
}

TEST_CASE("The export gate: CLEAR and GREEN to anyone, above that only within a known clearance", "[tlp]")
{
    for (const TlpLevel level : Tlp::all()) {
        INFO(Tlp::key(level).toStdString());
        CHECK(Tlp::mayReceive(level, std::nullopt) == (level <= TlpLevel::Green));
        for (const TlpLevel clearance : Tlp::all())
            CHECK(Tlp::mayReceive(level, clearance) == (level <= TlpLevel::Green || level <= clearance));
    }
    CHECK_FALSE(Tlp::mayReceive(TlpLevel::Red, TlpLevel::AmberStrict));
    CHECK(Tlp::mayReceive(TlpLevel::Green, TlpLevel::Clear));
}

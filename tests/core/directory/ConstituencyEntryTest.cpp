// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/ConstituencyEntry.h"

#include "core/directory/Countries.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("Constituency lines are guessed one a line, or named before a colon, and read back the same")
{
    auto entries = Constituency::parseLines(QStringLiteral("192.0.2.0/24\n\n  AS64496 \n*.Example.ORG\nde\n"
                                                           "text: all ministries\nDomain: example\n192.0.2.0/24\n"));
    REQUIRE(entries);
    REQUIRE(entries->size() == 6); // the repeated network once
    CHECK((*entries)[0].kind == ConstituencyKind::Ip);
    CHECK((*entries)[1].kind == ConstituencyKind::Asn);
    CHECK((*entries)[1].value == QStringLiteral("AS64496"));
    CHECK((*entries)[2].value == QStringLiteral("*.example.org"));
    CHECK((*entries)[3].kind == ConstituencyKind::Country);
    CHECK((*entries)[3].value == QStringLiteral("DE"));
    CHECK((*entries)[4].kind == ConstituencyKind::Text);
    CHECK((*entries)[4].value == QStringLiteral("all ministries"));
    CHECK((*entries)[5].kind == ConstituencyKind::Domain);
    CHECK((*entries)[5].value == QStringLiteral("example"));

    QStringList lines;
    for (const ConstituencyEntry& e : *entries)
        lines.append(Constituency::lineText(e));
    CHECK(lines[4] == QStringLiteral("text: all ministries"));
    auto again = Constituency::parseLines(lines.join(u'\n'));
    REQUIRE(again);
    CHECK(*again == *entries);
    // An IPv6 network is not taken for a named kind.
    auto v6 = Constituency::parseLines(QStringLiteral("2001:db8::/32"));
    REQUIRE(v6);
    CHECK(v6->first().kind == ConstituencyKind::Ip);
}

TEST_CASE("Constituency lines that are not entries are refused, every bad line named")
{
    auto refused = Constituency::parseLines(QStringLiteral("192.0.2.0/24\n10.0.0.0/33\nexample.org\nnot a domain\n"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(refused.error().where == QStringLiteral("constituency"));
    const QStringList lines = refused.error().message.split(u'\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("Line 2: ")));
    CHECK(lines[0].contains(QStringLiteral("10.0.0.0/33")));
    CHECK_FALSE(lines[0].contains(QStringLiteral("domain"))); // an address that is wrong, not a domain
    CHECK(lines[1].startsWith(QStringLiteral("Line 4: ")));
    CHECK_FALSE(Constituency::parseLines(QStringLiteral("country: XX")));
    // A name that starts with a digit is still a domain.
    auto digits = Constituency::parseLines(QStringLiteral("1e100.net\n123.example"));
    REQUIRE(digits);
    CHECK(digits->at(1).kind == ConstituencyKind::Domain);
    CHECK_FALSE(Constituency::parseLines(QStringLiteral("text:   ")));
    auto empty = Constituency::parseLines(QStringLiteral(" \n\n"));
    REQUIRE(empty);
    CHECK(empty->isEmpty());
}

TEST_CASE("Countries offers every code it accepts, sorted")
{
    const QStringList codes = Countries::codes();
    CHECK(codes.size() > 200);
    CHECK(codes.contains(QStringLiteral("DE")));
    CHECK(codes.contains(QStringLiteral("EU")));
    CHECK(codes.contains(QStringLiteral("GB")));
    CHECK_FALSE(codes.contains(QStringLiteral("UK")));
    QStringList sorted = codes;
    sorted.sort();
    CHECK(sorted == codes);
    for (const QString& code : codes)
        CHECK(Countries::isValid(code));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observables/IpRange.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstring>
#include <string>

using fb::IpRange;

namespace {

IpRange range(const char* text)
{
    const std::optional<IpRange> parsed = IpRange::parse(QString::fromUtf8(text));
    REQUIRE(parsed.has_value());
    return *parsed;
}

std::string hex(const QByteArray& bytes)
{
    return bytes.toHex().toStdString();
}

} // namespace

TEST_CASE("IpRange parses addresses and blocks into canonical text", "[tickets][iprange]")
{
    auto [input, text, prefix, ipv4, low,
          high] = GENERATE(table<const char*, const char*, int, bool, const char*, const char*>({
        {"192.0.2.1", "192.0.2.1", 32, true, "00000000000000000000ffffc0000201", "00000000000000000000ffffc0000201"},
        {"192.0.2.0/24", "192.0.2.0/24", 24, true, "00000000000000000000ffffc0000200",
         "00000000000000000000ffffc00002ff"},
        {"192.0.2.77/24", "192.0.2.0/24", 24, true, "00000000000000000000ffffc0000200",
         "00000000000000000000ffffc00002ff"},
        {"192.0.2.1/32", "192.0.2.1", 32, true, "00000000000000000000ffffc0000201", "00000000000000000000ffffc0000201"},
        {"0.0.0.0/0", "0.0.0.0/0", 0, true, "00000000000000000000ffff00000000", "00000000000000000000ffffffffffff"},
        {"255.255.255.255", "255.255.255.255", 32, true, "00000000000000000000ffffffffffff",
         "00000000000000000000ffffffffffff"},
        {"2001:db8::/32", "2001:db8::/32", 32, false, "20010db8000000000000000000000000",
         "20010db8ffffffffffffffffffffffff"},
        {"2001:DB8::1/128", "2001:db8::1", 128, false, "20010db8000000000000000000000001",
         "20010db8000000000000000000000001"},
        {"2001:db8::1/64", "2001:db8::/64", 64, false, "20010db8000000000000000000000000",
         "20010db800000000ffffffffffffffff"},
        {"::1", "::1", 128, false, "00000000000000000000000000000001", "00000000000000000000000000000001"},
        {"::/0", "::/0", 0, false, "00000000000000000000000000000000", "ffffffffffffffffffffffffffffffff"},
        {"::ffff:192.0.2.1", "192.0.2.1", 32, true, "00000000000000000000ffffc0000201",
         "00000000000000000000ffffc0000201"},
        {"::ffff:192.0.2.0/120", "192.0.2.0/24", 24, true, "00000000000000000000ffffc0000200",
         "00000000000000000000ffffc00002ff"},
        {"::ffff:0:0/96", "0.0.0.0/0", 0, true, "00000000000000000000ffff00000000", "00000000000000000000ffffffffffff"},
        {"::ffff:0:0/95", "::fffe:0:0/95", 95, false, "00000000000000000000fffe00000000",
         "00000000000000000000ffffffffffff"},
        // RFC 5952: lower case, no leading zeros, longest zero run compressed (the first on a tie), never
        // a single zero group; ::/96 stays hexadecimal (glibc's inet_ntop would print "::0.2.0.3").
        {"2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1", 128, false, "20010db8000000000000000000000001",
         "20010db8000000000000000000000001"},
        {"2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1", 128, false, "20010db8000000010001000100010001",
         "20010db8000000010001000100010001"},
        {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1", 128, false, "20010db8000000000001000000000001",
         "20010db8000000000001000000000001"},
        {"2001:0:0:1:0:0:0:1", "2001:0:0:1::1", 128, false, "20010000000000010000000000000001",
         "20010000000000010000000000000001"},
        {"::2:3", "::2:3", 128, false, "00000000000000000000000000020003", "00000000000000000000000000020003"},
        {"1::", "1::", 128, false, "00010000000000000000000000000000", "00010000000000000000000000000000"},
    }));
    INFO(input);
    const IpRange r = range(input);
    CHECK(r.toString().toStdString() == text);
    CHECK(r.prefixLength() == prefix);
    CHECK(r.isIpv4() == ipv4);
    CHECK(hex(r.low()) == low);
    CHECK(hex(r.high()) == high);
    CHECK(r.low().size() == 16);
    CHECK(r.high().size() == 16);
    // The canonical text parses back to the same range.
    CHECK(IpRange::parse(r.toString()) == r);
}

TEST_CASE("IpRange refuses malformed addresses, prefixes and masks", "[tickets][iprange]")
{
    const char* input =
        GENERATE("", "/24", "192.0.2.0/33", "2001:db8::/129", "192.0.2.0/24x", "192.0.2.0/", "192.0.2.0/-1",
                 "192.0.2.0/+24", "192.0.2.0/024", "192.0.2.0/ 24", "192.0.2.0//24", "192.0.2.0/24/24", "010.1.1.1",
                 "256.1.1.1", "1.2.3", "1.2.3.4.5", "1.2.3.", ".1.2.3", "1..2.3", " 192.0.2.1", "192.0.2.1 ",
                 "0x7f.0.0.1", "2001:db8::1::1", "2001:db8:::1", "12345::", "gggg::1", "1:2:3:4:5:6:7:8:9",
                 "fe80::1%eth0", "[2001:db8::1]", "::ffff:1.2.3.04", "example.com", "::/", "2001:db8::/032");
    INFO(input);
    CHECK_FALSE(IpRange::parse(QString::fromUtf8(input)).has_value());
}

TEST_CASE("IpRange::parseAddress takes single addresses only", "[tickets][iprange]")
{
    CHECK(IpRange::parseAddress(u"192.0.2.1").has_value());
    CHECK(IpRange::parseAddress(u"2001:db8::1").has_value());
    CHECK_FALSE(IpRange::parseAddress(u"192.0.2.0/24").has_value());
    CHECK_FALSE(IpRange::parseAddress(u"2001:db8::/32").has_value());
    CHECK(IpRange().toString() == QStringLiteral("::"));
    CHECK(IpRange().isSingleAddress());
}

TEST_CASE("IpRange containment", "[tickets][iprange]")
{
    auto [outer, inner, expected] = GENERATE(table<const char*, const char*, bool>({
        {"192.0.2.0/24", "192.0.2.77", true},
        {"192.0.2.0/24", "192.0.2.0/24", true},
        {"192.0.2.0/24", "192.0.2.128/25", true},
        {"192.0.2.0/24", "192.0.3.0", false},
        {"192.0.2.0/24", "192.0.2.0/23", false},
        {"192.0.2.1", "192.0.2.1", true},
        {"192.0.2.1", "192.0.2.2", false},
        {"0.0.0.0/0", "198.51.100.1", true},
        {"0.0.0.0/0", "255.255.255.255", true},
        {"0.0.0.0/0", "2001:db8::1", false},
        {"0.0.0.0/0", "::1", false},
        {"::/0", "192.0.2.1", true},
        {"::/0", "2001:db8::1", true},
        {"2001:db8::/32", "2001:db8:ffff::1", true},
        {"2001:db8::/32", "2001:db9::", false},
        {"2001:db8::/32", "2001:db8::/31", false},
        {"2001:db8::1", "2001:db8::1", true},
        {"::ffff:192.0.2.1", "192.0.2.1", true},
        {"192.0.2.1", "::ffff:192.0.2.1", true},
        {"::ffff:192.0.2.0/120", "192.0.2.200", true},
        {"192.0.2.0/24", "::ffff:192.0.2.0/121", true},
    }));
    INFO(outer << " contains " << inner);
    CHECK(range(outer).contains(range(inner)) == expected);
}

TEST_CASE("IpRange bounds sort in address order, IPv4 between ::/96 and the rest of IPv6", "[tickets][iprange]")
{
    const QList<const char*> ordered = {"::",
                                        "::1",
                                        "0.0.0.0",
                                        "10.0.0.0/8",
                                        "192.0.2.0/24",
                                        "192.0.2.1",
                                        "192.0.2.255",
                                        "255.255.255.255",
                                        "2001:db8::/32",
                                        "2001:db8::1",
                                        "fe80::1",
                                        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"};
    QList<QByteArray> lows;
    for (const char* text : ordered) {
        lows.append(range(text).low());
    }
    for (qsizetype i = 1; i < lows.size(); ++i) {
        INFO(ordered[i - 1] << " < " << ordered[i]);
        CHECK(std::memcmp(lows[i - 1].constData(), lows[i].constData(), 16) < 0);
    }
    // low <= high, and a block's high sorts before the next block's low.
    const IpRange block = range("192.0.2.0/24");
    CHECK(std::memcmp(block.low().constData(), block.high().constData(), 16) < 0);
    CHECK(std::memcmp(block.high().constData(), range("192.0.3.0").low().constData(), 16) < 0);
}

TEST_CASE("IpRange::fromBytes masks host bits", "[tickets][iprange]")
{
    IpRange::Bytes bytes{};
    bytes.fill(0xff);
    CHECK(IpRange::fromBytes(bytes, 16).toString() == QStringLiteral("ffff::/16"));
    CHECK(IpRange::fromBytes(bytes, 128).toString() == QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
    CHECK(IpRange::fromBytes(bytes, 200).prefixLength() == 128);
    CHECK(IpRange::fromBytes(bytes, -5).toString() == QStringLiteral("::/0"));
}

TEST_CASE("IpRange::fromLowHigh gives back the block of a low and high address", "[tickets][iprange]")
{
    for (const char* text : {"192.0.2.77", "192.0.2.0/24", "10.0.0.0/8", "0.0.0.0/0", "2001:db8::/32", "::/0",
                             "2001:db8::1", "::ffff:0:0/96", "198.51.100.128/25"}) {
        INFO(text);
        const IpRange block = range(text);
        const auto back = IpRange::fromLowHigh(block.low(), block.high());
        REQUIRE(back);
        CHECK(*back == block);
    }
    // Not a CIDR block: a range that ends mid-block, low above high, host bits set, wrong sizes.
    const IpRange a = range("192.0.2.0/24");
    const IpRange b = range("192.0.2.1");
    CHECK_FALSE(IpRange::fromLowHigh(a.low(), range("192.0.2.200").low()));
    CHECK_FALSE(IpRange::fromLowHigh(a.high(), a.low()));
    CHECK_FALSE(IpRange::fromLowHigh(b.low(), a.high()));
    CHECK_FALSE(IpRange::fromLowHigh(a.low().left(4), a.high().left(4)));
    CHECK_FALSE(IpRange::fromLowHigh(QByteArray(), QByteArray()));
}

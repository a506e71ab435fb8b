// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileConstituency.h"

#include "tests/core/crypto/GpgTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

QStringList values(const ConstituencyReading& r)
{
    QStringList out;
    for (const ConstituencyEntry& e : r.entries)
        out.append(QString(DirectoryTypes::key(e.kind) + u' ' + e.value));
    return out;
}

} // namespace

TEST_CASE("ProfileConstituency: AS numbers, blocks, ranges and domains in prose and lists")
{
    const ConstituencyReading r = ProfileConstituency::read(QStringLiteral(
        "The administration of Example Land, its networks AS64496 and ASN 64497 (see AS 64498),\n"
        "- 192.0.2.0/24, 2001:db8::/32 and 2001:DB8:1::1\n"
        "- 198.51.100.0 - 198.51.100.255\n"
        "- 203.0.113.10-203.0.113.20\n"
        "- *.exampleland.de and .exampleland.nl, exampleland.fr.\n"
        "Version 2.1 of this section, e.g. rfc2350.txt, is at https://cert.exampleland.de/networks.html; write to "
        "noc@exampleland.org. Office hours 09:00-17:00, such as 2024."));
    CHECK(values(r) == QStringList{QStringLiteral("asn AS64496"), QStringLiteral("asn AS64497"),
                                   QStringLiteral("asn AS64498"), QStringLiteral("ip 192.0.2.0/24"),
                                   QStringLiteral("ip 2001:db8::/32"), QStringLiteral("ip 2001:db8:1::1/128"),
                                   QStringLiteral("ip 198.51.100.0/24"), QStringLiteral("ip 203.0.113.10-203.0.113.20"),
                                   QStringLiteral("domain *.exampleland.de"), QStringLiteral("domain exampleland.nl"),
                                   QStringLiteral("domain exampleland.fr")});
    CHECK(r.notUnderstood.isEmpty());
}

TEST_CASE("ProfileConstituency: what looks like a network but is not is listed, the rest is taken")
{
    const ConstituencyReading r = ProfileConstituency::read(
        QStringLiteral("192.0.2.0/33, 198.51.100.20 - 198.51.100.10, AS64496-AS64511, 2001:db8::/32, "
                       "192.0.2.1 - 2001:db8::1"));
    CHECK(values(r) == QStringList{QStringLiteral("ip 2001:db8::/32")});
    REQUIRE(r.notUnderstood.size() == 4);
    CHECK(r.notUnderstood[0].startsWith(QStringLiteral("“192.0.2.0/33”")));
    CHECK(r.notUnderstood[1].contains(QStringLiteral("ends before it starts")));
    CHECK(r.notUnderstood[2].startsWith(QStringLiteral("“AS64496-AS64511”")));
    CHECK(r.notUnderstood[3].contains(QStringLiteral("mixes IPv4 and IPv6")));
}

TEST_CASE("ProfileConstituency: prose without networks gives nothing")
{
    const ConstituencyReading r = ProfileConstituency::read(
        QStringLiteral("All public bodies of Example Land, i.e. ministries and agencies, as defined in 2019."));
    CHECK(r.entries.isEmpty());
    CHECK(r.notUnderstood.isEmpty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/NetworkLookup.h"

#include "core/directory/Person.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <random>
#include <thread>
#include <vector>

using namespace fb;
using namespace fb::test;

namespace {

QList<qint64> teamsOf(const LookupResult& result)
{
    QList<qint64> ids;
    for (const LookupMatch& m : result.matches)
        ids.append(m.teamId);
    return ids;
}

LookupResult ask(const NetworkLookup& index, const QString& query)
{
    auto result = index.lookup(query);
    INFO(query.toStdString());
    REQUIRE(result);
    auto linear = index.lookupLinear(query);
    REQUIRE(linear);
    CHECK(result->matches == linear->matches);
    return *result;
}

QList<Team> sampleDirectory()
{
    Team national = makeTeam(1, QStringLiteral("CERT-DE"), QStringLiteral("DE"), TeamType::National);
    with(national, ConstituencyKind::Country, QStringLiteral("DE"));
    Team isp = makeTeam(2, QStringLiteral("ISP-CERT"), QStringLiteral("DE"), TeamType::Isp);
    with(isp, ConstituencyKind::Ip, QStringLiteral("198.51.0.0/16"));
    with(isp, ConstituencyKind::Ip, QStringLiteral("2001:db8::/32"));
    with(isp, ConstituencyKind::Asn, QStringLiteral("AS64496"));
    Team customer = makeTeam(3, QStringLiteral("CUSTOMER-CSIRT"), QStringLiteral("DE"), TeamType::Commercial);
    with(customer, ConstituencyKind::Ip, QStringLiteral("198.51.100.0/24"));
    with(customer, ConstituencyKind::Ip, QStringLiteral("2001:db8:1234::/48"));
    with(customer, ConstituencyKind::Domain, QStringLiteral("customer.de"));
    Team lab = makeTeam(4, QStringLiteral("LAB"), QStringLiteral("DE"), TeamType::Internal);
    // A range that is no CIDR block and crosses the customer's /24 boundary.
    with(lab, ConstituencyKind::Ip, QStringLiteral("198.51.100.200-198.51.101.10"));
    with(lab, ConstituencyKind::Ip, QStringLiteral("2001:db8:1234:5::1"));
    Team nren = makeTeam(5, QStringLiteral("JANET"), QStringLiteral("GB"), TeamType::Academic);
    with(nren, ConstituencyKind::Domain, QStringLiteral("*.ac.uk"));
    with(nren, ConstituencyKind::Domain, QStringLiteral("ja.net"));
    with(nren, ConstituencyKind::Asn, QStringLiteral("786"));
    Team uni = makeTeam(6, QStringLiteral("UNI-CERT"), QStringLiteral("GB"), TeamType::Academic);
    with(uni, ConstituencyKind::Domain, QStringLiteral("uni.ac.uk"));
    with(uni, ConstituencyKind::Asn, QStringLiteral("AS64496"));
    Team ncsc = makeTeam(7, QStringLiteral("NCSC-UK"), QStringLiteral("GB"), TeamType::National);
    Team fr = makeTeam(8, QStringLiteral("CERT-FR-REGION"), QStringLiteral("FR"), TeamType::Governmental);
    with(fr, ConstituencyKind::Country, QStringLiteral("FR"));
    return {national, isp, customer, lab, nren, uni, ncsc, fr};
}

} // namespace

TEST_CASE("Lookup picks the longest IPv4 prefix first and lists the enclosing ranges")
{
    const auto index = NetworkLookup::build(sampleDirectory());
    CHECK(teamsOf(ask(*index, QStringLiteral("198.51.100.7"))) == QList<qint64>{3, 2});
    CHECK(teamsOf(ask(*index, QStringLiteral("198.51.100.250"))) == QList<qint64>{4, 3, 2});
    CHECK(teamsOf(ask(*index, QStringLiteral("198.51.101.5"))) == QList<qint64>{4, 2});
    CHECK(teamsOf(ask(*index, QStringLiteral("198.51.102.5"))) == QList<qint64>{2});
    const LookupResult r = ask(*index, QStringLiteral("198.51.100.250"));
    CHECK(r.kind == QStringLiteral("ip"));
    CHECK(r.matches[0].entry == QStringLiteral("198.51.100.200-198.51.101.10"));
    CHECK(r.matches[0].path ==
          QStringList{QStringLiteral("198.51.100.250"), QStringLiteral("198.51.100.200-198.51.101.10")});
    CHECK(r.matches[1].entry == QStringLiteral("198.51.100.0/24"));
    CHECK_FALSE(r.fallback);
}

TEST_CASE("Lookup over IPv6 ranges and CIDR queries")
{
    const auto index = NetworkLookup::build(sampleDirectory());
    CHECK(teamsOf(ask(*index, QStringLiteral("2001:db8:1234:5::1"))) == QList<qint64>{4, 3, 2});
    CHECK(teamsOf(ask(*index, QStringLiteral("2001:db8:1234:6::1"))) == QList<qint64>{3, 2});
    CHECK(teamsOf(ask(*index, QStringLiteral("2001:db8:ffff::1"))) == QList<qint64>{2});
    // A CIDR query matches the ranges that hold all of it.
    CHECK(teamsOf(ask(*index, QStringLiteral("198.51.100.0/25"))) == QList<qint64>{3, 2});
    CHECK(teamsOf(ask(*index, QStringLiteral("198.51.100.192/26"))) == QList<qint64>{3, 2});
    CHECK(teamsOf(ask(*index, QStringLiteral("2001:db8:1234::/40"))) == QList<qint64>{2});
    CHECK(ask(*index, QStringLiteral("198.51.100.0/25")).kind == QStringLiteral("cidr"));
}

TEST_CASE("Lookup of AS numbers")
{
    const auto index = NetworkLookup::build(sampleDirectory());
    CHECK(teamsOf(ask(*index, QStringLiteral("AS64496"))) == QList<qint64>{2, 6});
    CHECK(teamsOf(ask(*index, QStringLiteral("as786"))) == QList<qint64>{5});
    CHECK(teamsOf(ask(*index, QStringLiteral("786"))) == QList<qint64>{5});
    CHECK(ask(*index, QStringLiteral("AS65000")).matches.isEmpty());
}

TEST_CASE("Lookup of domains with wildcards prefers the most specific match")
{
    const auto index = NetworkLookup::build(sampleDirectory());
    // uni.ac.uk is held by UNI-CERT; *.ac.uk by JANET.
    const LookupResult www = ask(*index, QStringLiteral("www.cs.uni.ac.uk"));
    CHECK(teamsOf(www) == QList<qint64>{6, 5});
    CHECK(www.matches[0].entry == QStringLiteral("uni.ac.uk"));
    CHECK(www.matches[1].entry == QStringLiteral("*.ac.uk"));
    CHECK(teamsOf(ask(*index, QStringLiteral("uni.ac.uk"))) == QList<qint64>{6, 5});
    CHECK(teamsOf(ask(*index, QStringLiteral("other.ac.uk"))) == QList<qint64>{5});
    // The wildcard covers names strictly below ac.uk, not ac.uk itself: falls back to the country.
    const LookupResult bare = ask(*index, QStringLiteral("ac.uk"));
    CHECK(teamsOf(bare) == QList<qint64>{7});
    CHECK(bare.fallback);
    CHECK(teamsOf(ask(*index, QStringLiteral("mail.customer.de"))) == QList<qint64>{3});
    CHECK(teamsOf(ask(*index, QStringLiteral("WWW.JA.NET."))) == QList<qint64>{5});
}

TEST_CASE("Lookup of e-mail addresses uses the address and then its domain")
{
    QList<Team> teams = sampleDirectory();
    teams[2].channels.append(
        Channel{ChannelKind::Email, QStringLiteral("abuse@customer.de"), ChannelUsage::Abuse, {}, false});
    Person person;
    person.id = 40;
    person.name = QStringLiteral("Ann Handler");
    person.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("ann@uni.ac.uk"), ChannelUsage::Contact, {}, false});
    person.memberships.append(TeamMembership{6, QStringLiteral("handler"), QDate(2020, 1, 1), {}});
    Person former;
    former.id = 41;
    former.name = QStringLiteral("Old Handler");
    former.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("old@uni.ac.uk"), ChannelUsage::Contact, {}, false});
    former.memberships.append(TeamMembership{6, QStringLiteral("lead"), QDate(2010, 1, 1), QDate(2019, 12, 31)});
    const auto index = NetworkLookup::build(teams, {person, former});

    const LookupResult abuse = ask(*index, QStringLiteral("Abuse@Customer.DE"));
    CHECK(abuse.kind == QStringLiteral("email"));
    REQUIRE(abuse.matches.size() == 2);
    CHECK(abuse.matches[0].via == LookupVia::EmailAddress);
    CHECK(abuse.matches[1].via == LookupVia::Domain);
    CHECK(abuse.matches[1].path == QStringList{QStringLiteral("abuse@customer.de"), QStringLiteral("customer.de"),
                                               QStringLiteral("customer.de")});

    const LookupResult ann = ask(*index, QStringLiteral("ann@uni.ac.uk"));
    REQUIRE(ann.matches.size() == 3);
    CHECK(ann.matches[0].personId == 40);
    CHECK(ann.matches[0].teamId == 6);
    CHECK(teamsOf(ann) == QList<qint64>{6, 6, 5});
    // A person who left no longer speaks for the team: only the domain matches.
    CHECK(teamsOf(ask(*index, QStringLiteral("old@uni.ac.uk"))) == QList<qint64>{6, 5});
}

TEST_CASE("Lookup falls back to the national team of a ccTLD")
{
    const auto index = NetworkLookup::build(sampleDirectory());
    const LookupResult de = ask(*index, QStringLiteral("unknown-shop.de"));
    CHECK(de.fallback);
    CHECK(de.country == QStringLiteral("DE"));
    CHECK(teamsOf(de) == QList<qint64>{1});
    CHECK(de.matches[0].via == LookupVia::Country);
    CHECK(de.matches[0].path ==
          QStringList{QStringLiteral("unknown-shop.de"), QStringLiteral(".de"), QStringLiteral("DE")});
    // .uk is Great Britain; a team holding a whole country counts too, after national teams.
    CHECK(teamsOf(ask(*index, QStringLiteral("shop.co.uk"))) == QList<qint64>{7});
    CHECK(teamsOf(ask(*index, QStringLiteral("someone@mairie.fr"))) == QList<qint64>{8});
    CHECK(teamsOf(ask(*index, QStringLiteral("DE"))) == QList<qint64>{1});
}

TEST_CASE("Lookup with no match")
{
    const auto index = NetworkLookup::build(sampleDirectory());
    // Addresses have no country of their own: no fallback.
    const LookupResult ip = ask(*index, QStringLiteral("203.0.113.9"));
    CHECK(ip.matches.isEmpty());
    CHECK_FALSE(ip.fallback);
    CHECK(ask(*index, QStringLiteral("2001:db9::1")).matches.isEmpty());
    CHECK(ask(*index, QStringLiteral("example.com")).matches.isEmpty());
    CHECK(ask(*index, QStringLiteral("shop.es")).matches.isEmpty()); // no Spanish national team known
    CHECK_FALSE(index->lookup(QStringLiteral("not a thing")));
    CHECK(NetworkLookup().lookup(QStringLiteral("192.0.2.1"))->matches.isEmpty());
}

TEST_CASE("Lookup agrees with a linear scan on a randomised directory")
{
    std::mt19937_64 random(20260302);
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<quint64>(n)); };
    QList<Team> teams;
    const QStringList tlds{QStringLiteral("de"), QStringLiteral("org"), QStringLiteral("nl"), QStringLiteral("com")};
    for (int t = 1; t <= 300; ++t) {
        Team team = makeTeam(t, QStringLiteral("T%1").arg(t), t % 7 == 0 ? QStringLiteral("NL") : QString(),
                             t % 7 == 0 ? TeamType::National : TeamType::Commercial);
        for (int r = 0; r < 12; ++r) {
            // Few top octets so that ranges nest and overlap a lot.
            const int prefix = 8 + pick(25);
            const QString v4 = QStringLiteral("%1.%2.%3.%4/%5")
                                   .arg(10 + pick(3))
                                   .arg(pick(4))
                                   .arg(pick(256))
                                   .arg(pick(256))
                                   .arg(prefix);
            with(team, ConstituencyKind::Ip, v4);
            if (r % 3 == 0)
                with(team, ConstituencyKind::Ip,
                     QStringLiteral("2001:db8:%1::/%2").arg(pick(8), 0, 16).arg(32 + pick(33)));
            if (r % 4 == 0) {
                const int a = pick(256), b = pick(256);
                with(team, ConstituencyKind::Ip,
                     QStringLiteral("11.1.%1.%2-11.1.%3.%4")
                         .arg(std::min(a, b))
                         .arg(pick(256))
                         .arg(std::max(a, b) + (a == b ? 0 : 0))
                         .arg(255));
            }
        }
        with(team, ConstituencyKind::Asn, QStringLiteral("AS%1").arg(64496 + pick(40)));
        const QString domain = QStringLiteral("d%1.example.%2").arg(pick(60)).arg(tlds[pick(tlds.size())]);
        with(team, ConstituencyKind::Domain, pick(2) ? domain : QStringLiteral("*.") + domain);
        teams.append(team);
    }
    const auto index = NetworkLookup::build(teams);
    CHECK(index->ipEntryCount() > 4000);
    for (int i = 0; i < 3000; ++i) {
        QString query;
        switch (i % 5) {
        case 0:
        case 1:
            query = QStringLiteral("%1.%2.%3.%4").arg(10 + pick(3)).arg(pick(4)).arg(pick(256)).arg(pick(256));
            break;
        case 2:
            query = QStringLiteral("2001:db8:%1:%2::%3").arg(pick(8), 0, 16).arg(pick(65536), 0, 16).arg(pick(100));
            break;
        case 3:
            query = QStringLiteral("%1.%2.%3.0/%4").arg(10 + pick(3)).arg(pick(4)).arg(pick(256)).arg(16 + pick(9));
            break;
        default:
            query = QStringLiteral("www.d%1.example.%2").arg(pick(60)).arg(tlds[pick(tlds.size())]);
            break;
        }
        auto fast = index->lookup(query);
        auto slow = index->lookupLinear(query);
        REQUIRE(fast);
        REQUIRE(slow);
        INFO(query.toStdString());
        REQUIRE(fast->matches == slow->matches);
    }
}

TEST_CASE("Lookup answers the same from several threads at once")
{
    const auto index = NetworkLookup::build(sampleDirectory());
    const QStringList queries{QStringLiteral("198.51.100.250"),   QStringLiteral("2001:db8:1234:5::1"),
                              QStringLiteral("www.cs.uni.ac.uk"), QStringLiteral("AS64496"),
                              QStringLiteral("shop.de"),          QStringLiteral("203.0.113.9")};
    QList<QList<LookupMatch>> expected;
    for (const QString& q : queries)
        expected.append(index->lookup(q)->matches);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) {
                const auto k = static_cast<qsizetype>(i % queries.size());
                auto result = index->lookup(queries[k]);
                if (!result || result->matches != expected[k])
                    ++mismatches;
            }
        });
    for (std::thread& thread : threads)
        thread.join();
    CHECK(mismatches == 0);
}

TEST_CASE("An IPv6 entry does not answer for IPv4 addresses unless it lies in the IPv4-mapped block")
{
    Team everything = makeTeam(1, QStringLiteral("ALL-V6"));
    with(everything, ConstituencyKind::Ip, QStringLiteral("::/0"));
    Team global = makeTeam(2, QStringLiteral("GLOBAL-UNICAST"));
    with(global, ConstituencyKind::Ip, QStringLiteral("2000::/3"));
    Team mapped = makeTeam(3, QStringLiteral("MAPPED"));
    with(mapped, ConstituencyKind::Ip, QStringLiteral("::ffff:0:0/96"));
    Team v4 = makeTeam(4, QStringLiteral("DOC-NET"));
    with(v4, ConstituencyKind::Ip, QStringLiteral("192.0.2.0/24"));
    const auto index = NetworkLookup::build({everything, global, mapped, v4});

    // IPv4: the IPv4 entry and the entry written for mapped space; never ::/0.
    CHECK(teamsOf(ask(*index, QStringLiteral("192.0.2.7"))) == QList<qint64>{4, 3});
    CHECK(teamsOf(ask(*index, QStringLiteral("198.51.100.0/24"))) == QList<qint64>{3});
    // The same address written as an IPv4-mapped IPv6 address is the same query.
    CHECK(teamsOf(ask(*index, QStringLiteral("::ffff:192.0.2.7"))) == QList<qint64>{4, 3});
    // IPv6 queries: ::/0 covers them, as it says.
    CHECK(teamsOf(ask(*index, QStringLiteral("2001:db8::1"))) == QList<qint64>{2, 1});
    CHECK(teamsOf(ask(*index, QStringLiteral("fe80::1"))) == QList<qint64>{1});
}

TEST_CASE("A bare AS is not a valid query, not the country code of American Samoa")
{
    Team samoa = makeTeam(1, QStringLiteral("CERT-AS"), QStringLiteral("AS"), TeamType::National);
    const auto index = NetworkLookup::build({samoa});
    for (const QString& query : {QStringLiteral("AS"), QStringLiteral("as"), QStringLiteral(" As ")}) {
        auto result = index->lookup(query);
        INFO(query.toStdString());
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::BadInput);
        CHECK(result.error().message.contains(QStringLiteral("AS number")));
    }
    CHECK(ask(*index, QStringLiteral("AS64496")).kind == QStringLiteral("asn"));
    CHECK(ask(*index, QStringLiteral("DE")).kind == QStringLiteral("country"));
}

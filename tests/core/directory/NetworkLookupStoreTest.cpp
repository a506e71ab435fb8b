// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/NetworkLookupStore.h"

#include "core/directory/NetworkLookup.h"
#include "core/observables/IpRange.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

#include <random>

using namespace fb;
using namespace fb::test;

namespace {

void requireSameAnswer(DirectoryFixture& f, const NetworkLookup& index, const QString& query)
{
    INFO(query.toStdString());
    auto fromSql = f.whoHandles(query);
    auto fromIndex = index.lookup(query);
    REQUIRE(fromSql.has_value() == fromIndex.has_value());
    if (!fromSql) {
        CHECK(fromSql.error().message == fromIndex.error().message);
        return;
    }
    CHECK(fromSql->kind == fromIndex->kind);
    CHECK(fromSql->normalised == fromIndex->normalised);
    CHECK(fromSql->fallback == fromIndex->fallback);
    CHECK(fromSql->country == fromIndex->country);
    CHECK(fromSql->matches == fromIndex->matches);
}

QString ipv4(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

} // namespace

TEST_CASE("A range's key is the hexadecimal digits its first and last address share")
{
    auto key = [](const QString& text) {
        const auto range = IpRange::parse(text);
        REQUIRE(range);
        return NetworkLookupStore::rangeKey(range->low(), range->high());
    };
    CHECK(key(QStringLiteral("198.51.100.0/24")) == QStringLiteral("00000000000000000000FFFFC63364"));
    CHECK(key(QStringLiteral("198.51.100.7")) == QStringLiteral("00000000000000000000FFFFC6336407"));
    CHECK(key(QStringLiteral("198.51.100.0/25")) == QStringLiteral("00000000000000000000FFFFC63364"));
    CHECK(key(QStringLiteral("2001:db8::/32")) == QStringLiteral("20010DB8"));
    CHECK(key(QStringLiteral("::/0")) == QStringLiteral(""));
    CHECK_FALSE(key(QStringLiteral("::/0")).isNull());
    CHECK(NetworkLookupStore::rangeKey(QByteArray(4, '\0'), QByteArray(4, '\0')).isNull());
}

TEST_CASE("Lookups answered from the workspace equal the in-memory index on random queries")
{
    DirectoryFixture f;
    std::mt19937 random(20261207);
    auto pick = [&](quint32 n) { return static_cast<quint32>(random() % n); };
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("FR"), QStringLiteral("NL")};
    const QStringList tlds{QStringLiteral("de"), QStringLiteral("uk"), QStringLiteral("fr"), QStringLiteral("com")};
    // Addresses from a small space so that ranges nest and overlap.
    auto address = [&]() { return (198u << 24) | (51u << 16) | pick(1 << 12); };
    QStringList domains;
    QStringList emails;
    QList<qint64> teamIds;
    for (int t = 0; t < 120; ++t) {
        Team team;
        team.officialName = QStringLiteral("Team %1 official").arg(t);
        team.shortName = t % 7 == 0 ? QString() : QStringLiteral("T%1").arg(t);
        team.country = countries[pick(countries.size())];
        team.type = t % 15 == 0 ? TeamType::National : TeamType::Commercial;
        for (quint32 k = pick(4); k > 0; --k) {
            const quint32 prefix = 20 + pick(13);
            const quint32 base = address() & (prefix == 32 ? ~0u : ~((1u << (32 - prefix)) - 1));
            with(team, ConstituencyKind::Ip, ipv4(base) + QStringLiteral("/%1").arg(prefix));
        }
        if (pick(3) == 0) {
            const quint32 a = address();
            const quint32 b = a + pick(600);
            with(team, ConstituencyKind::Ip, ipv4(a) + u'-' + ipv4(b));
        }
        if (pick(5) == 0)
            with(team, ConstituencyKind::Ip, QStringLiteral("2001:db8:%1::/48").arg(pick(16), 0, 16));
        if (t == 3)
            with(team, ConstituencyKind::Ip, QStringLiteral("::/0"));
        if (t == 4)
            with(team, ConstituencyKind::Ip, QStringLiteral("::ffff:0:0/96"));
        if (pick(3) == 0)
            with(team, ConstituencyKind::Asn, QStringLiteral("AS%1").arg(64496 + pick(20)));
        for (quint32 k = pick(3); k > 0; --k) {
            const QString domain = QStringLiteral("n%1.example.%2").arg(pick(40)).arg(tlds[pick(tlds.size())]);
            domains.append(domain);
            with(team, ConstituencyKind::Domain, pick(3) == 0 ? QStringLiteral("*.") + domain : domain);
        }
        if (pick(10) == 0)
            with(team, ConstituencyKind::Country, countries[pick(countries.size())]);
        if (pick(2) == 0) {
            const QString mail = QStringLiteral("cert@n%1.example.%2").arg(pick(40)).arg(tlds[pick(tlds.size())]);
            emails.append(mail);
            team.channels.append(Channel{ChannelKind::Email, mail, ChannelUsage::Contact, {}, false});
        }
        auto id = f.store->addTeam(team);
        REQUIRE(id);
        teamIds.append(*id);
    }
    for (int p = 0; p < 30; ++p) {
        Person person;
        person.name = QStringLiteral("Person %1").arg(p);
        const QString mail =
            p % 3 == 0 && !emails.isEmpty() ? emails[pick(emails.size())] : QStringLiteral("p%1@example.de").arg(p);
        emails.append(mail);
        person.channels.append(Channel{ChannelKind::Email, mail, ChannelUsage::Contact, {}, false});
        for (quint32 k = 1 + pick(2); k > 0; --k) {
            TeamMembership m;
            m.teamId = teamIds[pick(teamIds.size())];
            if (pick(3) == 0)
                m.until = QDate(2025, 1, 1); // a past member does not speak for the team
            person.memberships.append(m);
        }
        REQUIRE(f.people->addPerson(person));
    }
    auto index = f.queries->lookup();
    REQUIRE(index);

    QStringList queries{QStringLiteral("::"),
                        QStringLiteral("::/0"),
                        QStringLiteral("198.51.0.0/16"),
                        QStringLiteral("2001:db8::1"),
                        QStringLiteral("DE"),
                        QStringLiteral("gb"),
                        QStringLiteral("unknown.example.fr"),
                        QStringLiteral("nobody@nowhere.de"),
                        QStringLiteral("AS1"),
                        QStringLiteral("not a query")};
    for (int i = 0; i < 2000; ++i) {
        switch (pick(8)) {
        case 0:
        case 1:
            queries.append(ipv4(address()));
            break;
        case 2:
            queries.append(ipv4(address() & ~0xffu) + QStringLiteral("/%1").arg(22 + pick(11)));
            break;
        case 3:
            queries.append(QStringLiteral("2001:db8:%1::%2").arg(pick(16), 0, 16).arg(pick(100)));
            break;
        case 4:
            queries.append(QStringLiteral("AS%1").arg(64496 + pick(24)));
            break;
        case 5:
            queries.append((pick(2) ? QStringLiteral("www.") : QString()) + domains[pick(domains.size())]);
            break;
        case 6:
            queries.append(emails[pick(emails.size())]);
            break;
        default:
            queries.append(QStringLiteral("someone@host.") + domains[pick(domains.size())]);
            break;
        }
    }
    for (const QString& query : std::as_const(queries))
        requireSameAnswer(f, **index, query);
}

TEST_CASE("Lookups from the workspace follow changes and name the team")
{
    DirectoryFixture f;
    Team isp = makeTeam(0, QStringLiteral("ISP-CERT"), QStringLiteral("DE"), TeamType::Isp);
    with(isp, ConstituencyKind::Ip, QStringLiteral("198.51.0.0/16"));
    Team customer = makeTeam(0, QStringLiteral("CUSTOMER"), QStringLiteral("DE"), TeamType::Commercial);
    with(customer, ConstituencyKind::Ip, QStringLiteral("198.51.100.200-198.51.101.10"));
    const qint64 ispId = f.store->addTeam(isp).value();
    const qint64 customerId = f.store->addTeam(customer).value();

    auto answer = f.whoHandles(QStringLiteral("198.51.100.250"));
    REQUIRE(answer);
    REQUIRE(answer->matches.size() == 2);
    CHECK(answer->matches[0].teamId == customerId);
    CHECK(answer->matches[0].teamName == QStringLiteral("CUSTOMER"));
    CHECK(answer->matches[0].path ==
          QStringList{QStringLiteral("198.51.100.250"), QStringLiteral("198.51.100.200-198.51.101.10")});
    CHECK(answer->matches[1].teamId == ispId);

    Team changed = f.store->team(customerId).value();
    changed.constituency.clear();
    with(changed, ConstituencyKind::Ip, QStringLiteral("203.0.113.0/24"));
    REQUIRE(f.store->updateTeam(changed));
    answer = f.whoHandles(QStringLiteral("198.51.100.250"));
    REQUIRE(answer);
    REQUIRE(answer->matches.size() == 1);
    CHECK(answer->matches[0].teamId == ispId);
    CHECK(f.whoHandles(QStringLiteral("203.0.113.9"))->matches.first().teamId == customerId);

    REQUIRE(f.store->removeTeam(customerId));
    CHECK(f.whoHandles(QStringLiteral("203.0.113.9"))->matches.isEmpty());
    CHECK(f.store->teamChannels(ispId).value().isEmpty());
}

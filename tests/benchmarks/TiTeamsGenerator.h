// SPDX-License-Identifier: GPL-3.0-or-later
// A deterministic Trusted Introducer teams.json of N teams (names, country, type, status, channels, a key, and a
// constituency of IPv4/IPv6 blocks and ranges, AS numbers and domains per team) for the "Directory at scale"
// benchmarks (docs/benchmarks.md). The first teams are the same whatever N is.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <random>

namespace fb::bench {

struct TiGenerator
{
    explicit TiGenerator(quint64 seed)
        : random(seed)
    {
    }
    std::mt19937_64 random;
    quint64 pick(quint64 n) { return random() % n; }

    QString ipv4Block()
    {
        const int prefix = 16 + static_cast<int>(pick(13)); // /16 .. /28
        const quint32 address = static_cast<quint32>(random()) & (0xffffffffu << (32 - prefix));
        return QStringLiteral("%1.%2.%3.%4/%5")
            .arg(1 + (address >> 24) % 223)
            .arg((address >> 16) & 0xff)
            .arg((address >> 8) & 0xff)
            .arg(address & 0xff)
            .arg(prefix);
    }
    QString ipv4Range()
    {
        const quint64 a = pick(256), b = pick(256);
        return QStringLiteral("%1.%2.%3.%4-%1.%2.%5.%6")
            .arg(1 + pick(223))
            .arg(pick(256))
            .arg(std::min(a, b))
            .arg(pick(128))
            .arg(std::max(a, b))
            .arg(128 + pick(128));
    }
    QString ipv6Block()
    {
        return QStringLiteral("2%1:%2:%3::/48")
            .arg(pick(0x1000), 3, 16, QLatin1Char('0'))
            .arg(pick(0x10000), 0, 16)
            .arg(pick(0x10000), 0, 16);
    }
};

inline const QStringList kCountries{
    QStringLiteral("DE"), QStringLiteral("NL"), QStringLiteral("FR"), QStringLiteral("SE"), QStringLiteral("IT"),
    QStringLiteral("PL"), QStringLiteral("ES"), QStringLiteral("BE"), QStringLiteral("AT"), QStringLiteral("GB")};
inline const QStringList kTypes{QStringLiteral("commercial"), QStringLiteral("academic"), QStringLiteral("isp"),
                                QStringLiteral("governmental"), QStringLiteral("vendor")};
inline const QStringList kStatus{QStringLiteral("Listed"), QStringLiteral("Accredited"), QStringLiteral("Certified")};

inline QJsonObject tiTeam(TiGenerator& g, int i)
{
    const QString tld = kCountries[i % kCountries.size()].toLower();
    const QString domain = QStringLiteral("team%1.example%2.%3").arg(i).arg(g.pick(100)).arg(tld);
    QJsonArray ranges;
    for (quint64 k = 1 + g.pick(4); k > 0; --k) {
        const quint64 kind = g.pick(10);
        ranges.append(kind < 7 ? g.ipv4Block() : kind < 8 ? g.ipv4Range() : g.ipv6Block());
    }
    QJsonArray asns;
    for (quint64 k = g.pick(3); k > 0; --k)
        asns.append(static_cast<qint64>(64496 + g.pick(400000)));
    QJsonArray domains{domain};
    if (g.pick(4) == 0)
        domains.append(QStringLiteral("*.net%1.example.%2").arg(i).arg(tld));
    QString fingerprint;
    for (int k = 0; k < 40; ++k)
        fingerprint.append(QLatin1Char("0123456789ABCDEF"[g.pick(16)]));
    const QString shortName = QStringLiteral("TEAM-%1").arg(i + 1);
    return QJsonObject{
        {QStringLiteral("id"), i + 1},
        {QStringLiteral("official_name"), QStringLiteral("Computer Emergency Response Team %1").arg(i + 1)},
        {QStringLiteral("short_name"), shortName},
        {QStringLiteral("host_organisation"), QStringLiteral("Example Organisation %1").arg(i + 1)},
        {QStringLiteral("country"), kCountries[i % kCountries.size()]},
        {QStringLiteral("classification"),
         i < kCountries.size() ? QStringLiteral("national") : kTypes[g.pick(kTypes.size())]},
        {QStringLiteral("ti_status"), kStatus[g.pick(kStatus.size())]},
        {QStringLiteral("ti_since"),
         QStringLiteral("20%1-0%2-1%3").arg(10 + g.pick(15)).arg(1 + g.pick(9)).arg(g.pick(9))},
        {QStringLiteral("established"), QStringLiteral("%1").arg(1990 + g.pick(34))},
        {QStringLiteral("memberships"), QJsonArray{QStringLiteral("FIRST"), QStringLiteral("TF-CSIRT")}},
        {QStringLiteral("languages"),
         QJsonArray{QStringLiteral("en"), tld == QLatin1String("gb") ? QStringLiteral("cy") : tld}},
        {QStringLiteral("business_hours"), QJsonObject{{QStringLiteral("hours"), QStringLiteral("Mon-Fri 08:00-17:00")},
                                                       {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
                                                       {QStringLiteral("24x7"), g.pick(3) == 0}}},
        {QStringLiteral("website"), QStringLiteral("https://www.%1/").arg(domain)},
        {QStringLiteral("rfc2350"), QStringLiteral("https://www.%1/rfc2350.txt").arg(domain)},
        {QStringLiteral("postal_address"),
         QStringLiteral("Example Street %1\n%2 Example City").arg(i % 200).arg(10000 + i)},
        {QStringLiteral("constituency"),
         QJsonObject{
             {QStringLiteral("types"), QJsonArray{QStringLiteral("research"), QStringLiteral("education")}},
             {QStringLiteral("description"), QStringLiteral("Customers of %1 and their networks.").arg(shortName)},
             {QStringLiteral("ipranges"), ranges},
             {QStringLiteral("asns"), asns},
             {QStringLiteral("domains"), domains}}},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("address"), QStringLiteral("cert@%1").arg(domain)},
                                {QStringLiteral("type"), QStringLiteral("contact")}},
                    QJsonObject{{QStringLiteral("address"), QStringLiteral("abuse@%1").arg(domain)},
                                {QStringLiteral("type"), QStringLiteral("abuse")}}}},
        {QStringLiteral("phones"), QJsonArray{QStringLiteral("+49 30 %1").arg(1000000 + i)}},
        {QStringLiteral("pgp_keys"), QJsonArray{fingerprint}},
        {QStringLiteral("last_updated"), QStringLiteral("2026-0%1-1%2T10:00:00Z").arg(1 + g.pick(9)).arg(g.pick(9))},
    };
}

// A teams.json document of `count` teams; with hugeMb > 0 the first team's description is that many MiB.
inline QByteArray tiTeamsJson(int count, quint64 seed = 0x46426b31, int hugeMb = 0)
{
    TiGenerator g(seed);
    QJsonArray teams;
    for (int i = 0; i < count; ++i)
        teams.append(tiTeam(g, i));
    if (hugeMb > 0) {
        QJsonObject first = teams[0].toObject();
        QJsonObject constituency = first.value(QStringLiteral("constituency")).toObject();
        constituency.insert(QStringLiteral("description"), QString(hugeMb * 1024 * 1024, QLatin1Char('x')));
        first.insert(QStringLiteral("constituency"), constituency);
        teams[0] = first;
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("teams"), teams}}).toJson(QJsonDocument::Compact);
}

} // namespace fb::bench

// SPDX-License-Identifier: GPL-3.0-or-later
// Directory lookup benchmark: a deterministic directory of 5,000 teams holding 200,000 IPv4/IPv6 ranges, 10,000
// ASNs and 50,000 domains; 100,000 random lookups through NetworkLookup (median, p99, lookups per second) against
// a linear scan over every entry, measured in the same run. Results go in docs/benchmarks.md.
#include "core/directory/NetworkLookup.h"
#include "core/directory/Team.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace fb;

namespace {

constexpr int kTeams = 5000;
constexpr int kRanges = 200000;
constexpr int kAsns = 10000;
constexpr int kDomains = 50000;
constexpr int kLookups = 100000;
constexpr int kLinearLookups = 1000;

struct Generator
{
    std::mt19937_64 random{0x46426b31};
    quint64 pick(quint64 n) { return random() % n; }

    QString ipv4Block()
    {
        const int prefix = 12 + static_cast<int>(pick(17)); // /12 .. /28
        return QStringLiteral("%1.%2.%3.%4/%5")
            .arg(1 + pick(223))
            .arg(pick(256))
            .arg(pick(256))
            .arg(pick(256))
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
        const int prefix = 29 + static_cast<int>(pick(36)); // /29 .. /64
        return QStringLiteral("2%1:%2:%3::/%4")
            .arg(pick(0x1000), 3, 16, QLatin1Char('0'))
            .arg(pick(0x10000), 0, 16)
            .arg(pick(0x10000), 0, 16)
            .arg(prefix);
    }
};

const QStringList kTlds{QStringLiteral("com"), QStringLiteral("org"), QStringLiteral("net"), QStringLiteral("de"),
                        QStringLiteral("nl"),  QStringLiteral("fr"),  QStringLiteral("se"),  QStringLiteral("it"),
                        QStringLiteral("pl"),  QStringLiteral("es"),  QStringLiteral("be"),  QStringLiteral("at")};

QList<Team> makeDirectory(Generator& g)
{
    QList<Team> teams;
    teams.reserve(kTeams);
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("NL"), QStringLiteral("FR"),
                                QStringLiteral("SE"), QStringLiteral("IT"), QStringLiteral("PL")};
    for (int t = 0; t < kTeams; ++t) {
        Team team;
        team.id = t + 1;
        team.shortName = QStringLiteral("TEAM-%1").arg(t + 1);
        team.officialName = team.shortName;
        team.country = countries[t % countries.size()];
        team.type = t < countries.size() ? TeamType::National : TeamType::Commercial;
        teams.append(team);
    }
    auto add = [&](int i, ConstituencyKind kind, const QString& text) {
        auto entry = Constituency::parse(kind, text);
        if (!entry) {
            std::fprintf(stderr, "generator produced a bad entry: %s\n", qPrintable(text));
            std::exit(5);
        }
        teams[i % kTeams].constituency.append(*entry);
    };
    for (int i = 0; i < kRanges; ++i) {
        const quint64 kind = g.pick(10);
        add(static_cast<int>(g.pick(kTeams)), ConstituencyKind::Ip,
            kind < 6   ? g.ipv4Block()
            : kind < 7 ? g.ipv4Range()
                       : g.ipv6Block());
    }
    for (int i = 0; i < kAsns; ++i)
        add(static_cast<int>(g.pick(kTeams)), ConstituencyKind::Asn, QStringLiteral("AS%1").arg(64496 + i * 7));
    for (int i = 0; i < kDomains; ++i) {
        const QString domain =
            QStringLiteral("org%1.example%2.%3").arg(i).arg(g.pick(100)).arg(kTlds[i % kTlds.size()]);
        add(static_cast<int>(g.pick(kTeams)), ConstituencyKind::Domain,
            g.pick(4) == 0 ? QStringLiteral("*.") + domain : domain);
    }
    return teams;
}

QStringList makeQueries(Generator& g)
{
    QStringList queries;
    queries.reserve(kLookups);
    for (int i = 0; i < kLookups; ++i) {
        switch (g.pick(10)) {
        case 0:
        case 1:
        case 2:
        case 3:
            queries.append(
                QStringLiteral("%1.%2.%3.%4").arg(1 + g.pick(223)).arg(g.pick(256)).arg(g.pick(256)).arg(g.pick(256)));
            break;
        case 4:
        case 5:
            queries.append(QStringLiteral("2%1:%2:%3::%4")
                               .arg(g.pick(0x1000), 3, 16, QLatin1Char('0'))
                               .arg(g.pick(0x10000), 0, 16)
                               .arg(g.pick(0x10000), 0, 16)
                               .arg(g.pick(0x10000), 0, 16));
            break;
        case 6:
            queries.append(QStringLiteral("AS%1").arg(64496 + g.pick(kAsns * 8)));
            break;
        case 7:
        case 8:
            queries.append(QStringLiteral("www.org%1.example%2.%3")
                               .arg(g.pick(kDomains * 2))
                               .arg(g.pick(100))
                               .arg(kTlds[g.pick(kTlds.size())]));
            break;
        default:
            queries.append(QStringLiteral("abuse@org%1.example%2.%3")
                               .arg(g.pick(kDomains * 2))
                               .arg(g.pick(100))
                               .arg(kTlds[g.pick(kTlds.size())]));
            break;
        }
    }
    return queries;
}

struct Stats
{
    double medianUs = 0;
    double p99Us = 0;
    double perSecond = 0;
    qint64 matches = 0;
};

template <typename Fn>
Stats measure(const QStringList& queries, int count, Fn&& lookup)
{
    std::vector<double> times;
    times.reserve(count);
    Stats stats;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < count; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        stats.matches += lookup(queries[i]);
        const auto t1 = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::sort(times.begin(), times.end());
    stats.medianUs = times[times.size() / 2];
    stats.p99Us = times[std::min(times.size() - 1, times.size() * 99 / 100)];
    stats.perSecond = count / total;
    return stats;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Generator g;
    QElapsedTimer timer;
    timer.start();
    const QList<Team> teams = makeDirectory(g);
    const qint64 generateMs = timer.restart();
    const auto index = NetworkLookup::build(teams);
    const qint64 buildMs = timer.elapsed();
    const QStringList queries = makeQueries(g);

    // Warm up (PSL list, allocator), then measure.
    for (int i = 0; i < 1000; ++i)
        (void)index->lookup(queries[i]);
    const Stats fast = measure(queries, kLookups, [&](const QString& q) {
        auto r = index->lookup(q);
        return r ? r->matches.size() : 0;
    });
    const Stats slow = measure(queries, kLinearLookups, [&](const QString& q) {
        auto r = index->lookupLinear(q);
        return r ? r->matches.size() : 0;
    });
    int mismatches = 0;
    for (int i = 0; i < kLinearLookups; ++i)
        if (index->lookup(queries[i])->matches != index->lookupLinear(queries[i])->matches)
            ++mismatches;

    std::printf("directory: %d teams, %d ranges, %d ASNs, %d domains (generated in %lld ms)\n", kTeams, kRanges, kAsns,
                kDomains, static_cast<long long>(generateMs));
    std::printf("index build: %lld ms, %lld elementary segments\n", static_cast<long long>(buildMs),
                static_cast<long long>(index->segmentCount()));
    std::printf("| method | lookups | median µs | p99 µs | lookups/s | matches |\n|---|---:|---:|---:|---:|---:|\n");
    std::printf("| NetworkLookup (index) | %d | %.2f | %.2f | %.0f | %lld |\n", kLookups, fast.medianUs, fast.p99Us,
                fast.perSecond, static_cast<long long>(fast.matches));
    std::printf("| linear scan | %d | %.2f | %.2f | %.0f | %lld |\n", kLinearLookups, slow.medianUs, slow.p99Us,
                slow.perSecond, static_cast<long long>(slow.matches));
    std::printf("index vs linear on the first %d queries: %d mismatches\n", kLinearLookups, mismatches);
    std::printf("target p99 < 50 µs: %s\n", fast.p99Us < 50.0 ? "met" : "NOT met");
    return mismatches == 0 ? 0 : 1;
}

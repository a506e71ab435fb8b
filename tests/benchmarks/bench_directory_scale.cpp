// SPDX-License-Identifier: GPL-3.0-or-later
// Directory at scale (docs/benchmarks.md): for each N, reads a generated Trusted Introducer file of N teams
// (TiTeamsGenerator.h) and imports it into a new encrypted workspace (DirectoryImporter, one transaction, commit
// included; key derivation not included); then, on workspaces of 50 and of 20,000 teams, what one
// `directory lookup` process does after parsing its arguments: open the workspace (key derivation included),
// answer one address query and read the contacts of each matching team, close. Both ways of answering are timed
// in the same run: indexed queries (NetworkLookupStore, what firebreak-cli does now) and the in-memory
// index built from every team (DirectoryQueries::lookup(), what it did before). Medians of RUNS runs.
//
//   bench_directory_scale [SIZES...]   (default 1000 5000 20000 60000; RUNS env, default 5 for lookups)
#include "core/base/Clock.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/NetworkLookupStore.h"
#include "core/directory/TeamReader.h"
#include "core/directory/TrustedIntroducerReader.h"
#include "core/vault/Vault.h"
#include "tests/benchmarks/TiTeamsGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace fb;

namespace {

const SecretBytes kPassphrase("bench-directory-scale", 21);

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Imports `count` teams into a new workspace at `path`; returns the import's time (not the key derivation's).
Timing importTeams(const QString& path, int count)
{
    const QByteArray json = bench::tiTeamsJson(count);
    auto vault = Vault::create(path, kPassphrase);
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().toString()));
        std::exit(5);
    }
    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuMs();
    auto read = TrustedIntroducerReader::read(json);
    auto report = read ? DirectoryImporter(ChangeContext{**vault, clock, QStringLiteral("bench")}).import(*read)
                       : Result<ImportReport>(fail(read.error()));
    const Timing timing{static_cast<double>(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu0};
    if (!report || report->added.size() != count || !report->problems.isEmpty()) {
        std::fprintf(stderr, "import of %d teams failed or was incomplete\n", count);
        std::exit(5);
    }
    return timing;
}

// One lookup as a process does it: open (with key derivation), answer, read contacts, close.
Timing lookupOnce(const QString& path, const QString& query, bool indexed, qsizetype* matches)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuMs();
    {
        auto vault = Vault::open(path, kPassphrase);
        if (!vault)
            std::exit(5);
        SystemClock clock;
        TeamReader store(**vault);
        Result<LookupResult> answer = fail(ErrorCode::Internal, QStringLiteral("unset"));
        if (indexed) {
            answer = NetworkLookupStore(**vault).lookup(query);
        } else {
            auto index = DirectoryQueries(**vault, clock).lookup();
            if (!index)
                std::exit(5);
            answer = (*index)->lookup(query);
        }
        if (!answer)
            std::exit(5);
        for (const LookupMatch& m : answer->matches) {
            if (indexed)
                (void)store.teamChannels(m.teamId);
            else
                (void)store.team(m.teamId);
        }
        *matches = answer->matches.size();
    }
    return {static_cast<double>(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu0};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {1000, 5000, 20000, 60000};
    const int runs = qEnvironmentVariableIsSet("RUNS") ? qEnvironmentVariableIntValue("RUNS") : 5;
    QTemporaryDir dir;

    std::printf("| teams | import wall ms | import CPU ms | wall ms per team |\n|---:|---:|---:|---:|\n");
    for (int n : sizes) {
        const QString path = dir.filePath(QStringLiteral("import-%1.firebreak").arg(n));
        const Timing t = importTeams(path, n);
        std::printf("| %d | %.0f | %.0f | %.3f |\n", n, t.wallMs, t.cpuMs, t.wallMs / n);
        std::fflush(stdout);
        QFile::remove(path);
    }

    // The first generated team's first address block, the same in both workspaces.
    const QString small = dir.filePath(QStringLiteral("lookup-50.firebreak"));
    const QString large = dir.filePath(QStringLiteral("lookup-20000.firebreak"));
    importTeams(small, 50);
    importTeams(large, 20000);
    const QJsonObject first =
        QJsonDocument::fromJson(bench::tiTeamsJson(1)).object()[QStringLiteral("teams")][0].toObject();
    QString query = first[QStringLiteral("constituency")][QStringLiteral("ipranges")][0].toString();
    query = query.left(query.indexOf(u'/'));
    std::printf("\nlookup of %s, median of %d (open with key derivation, answer, contacts, close)\n", qPrintable(query),
                runs);
    std::printf("| method | 50 teams wall/CPU ms | 20,000 teams wall/CPU ms | ratio wall/CPU | matches |\n"
                "|---|---:|---:|---:|---:|\n");
    for (bool indexed : {true, false}) {
        std::vector<double> wall[2], cpu[2];
        qsizetype matches[2] = {0, 0};
        for (int r = 0; r < runs; ++r)
            for (int w = 0; w < 2; ++w) {
                const Timing t = lookupOnce(w == 0 ? small : large, query, indexed, &matches[w]);
                wall[w].push_back(t.wallMs);
                cpu[w].push_back(t.cpuMs);
            }
        std::printf("| %s | %.0f / %.0f | %.0f / %.0f | %.2f / %.2f | %lld / %lld |\n",
                    indexed ? "indexed queries (whoHandles)" : "in-memory index (lookup())", median(wall[0]),
                    median(cpu[0]), median(wall[1]), median(cpu[1]), median(wall[1]) / median(wall[0]),
                    median(cpu[1]) / median(cpu[0]), static_cast<long long>(matches[0]),
                    static_cast<long long>(matches[1]));
    }
    return 0;
}

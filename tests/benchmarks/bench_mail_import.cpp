// SPDX-License-Identifier: GPL-3.0-or-later
// Mail import throughput: a 10,000-message mixed mbox into a new encrypted workspace, against GMime
// parsing alone (the ceiling) in the same run. Usage: bench_mail_import [messages] [runs] [plain]
// With "plain", each run also imports into an unencrypted SQLite file of the same schema, to show what
// SQLCipher's page encryption costs.
#include "core/base/Clock.h"
#include "core/mail/MailImporter.h"
#include "core/mail/MailReader.h"
#include "core/vault/Vault.h"
#include "tests/benchmarks/MailCorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace fb;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Seconds of CPU used by this thread or by the whole process: on a shared machine wall time depends on
// the other load, CPU time much less.
double cpuSeconds(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const bool plain = argc > 3 && QByteArray(argv[3]) == "plain";
    QTemporaryDir dir;
    const QString box = dir.filePath(QStringLiteral("corpus.mbox"));
    QFile file(box);
    if (!file.open(QIODevice::WriteOnly) || file.write(bench::mailCorpusMbox(messages)) < 0)
        return 1;
    file.close();
    const auto sources = MailReader::collect({box});
    if (!sources)
        return 1;
    QList<double> sizes;
    (void)MailReader::read(sources->first(), [&sizes](ReadMessage&& m) {
        sizes.append(double(m.outcome.message.raw.size()));
        return true;
    });
    std::printf("corpus: %d messages, %.1f MB, median %.1f KB, largest %.1f KB\n", messages, double(file.size()) / 1e6,
                median(sizes) / 1024, *std::max_element(sizes.cbegin(), sizes.cend()) / 1024);
    std::fflush(stdout);

    QList<double> parseRates;
    QList<double> importRates;
    QList<double> parseCpuRates;
    QList<double> storeCpuRates;
    QList<double> readerCpuRates;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        int parsed = 0;
        (void)MailReader::read(sources->first(), [&parsed](ReadMessage&&) {
            ++parsed;
            return true;
        });
        parseRates.append(parsed / (double(timer.nsecsElapsed()) / 1e9));
        parseCpuRates.append(parsed / (cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu));

        const QString path = dir.filePath(QStringLiteral("bench%1.firebreak").arg(run));
        auto vault = Vault::create(path, SecretBytes("bench", 5)); // KDF outside the timing
        if (!vault)
            return 1;
        SystemClock clock;
        MailImporter importer(ChangeContext{**vault, clock, QStringLiteral("bench")});
        DirectJobControl job;
        timer.restart();
        const double processCpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
        cpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        auto report = importer.importPaths({box}, job);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
            return 1;
        }
        importRates.append(report->total() / (double(timer.nsecsElapsed()) / 1e9));
        // The storing thread is this one; the rest of the process's CPU time is the reader thread's.
        const double storeCpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu;
        const double readerCpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - processCpu - storeCpu;
        storeCpuRates.append(report->total() / storeCpu);
        readerCpuRates.append(report->total() / readerCpu);
        std::printf("run %d: parse-only %.0f msg/s, import %.0f msg/s (imported %d, threaded %d, quarantined %d); "
                    "per CPU second: parse-only %.0f, storing thread %.0f, reading thread %.0f msg\n",
                    run + 1, parseRates.last(), importRates.last(), report->imported, report->threaded,
                    report->quarantined, parseCpuRates.last(), storeCpuRates.last(), readerCpuRates.last());
        if (run == 0) {
            // What the import wrote, per message: the work the storing thread cannot avoid.
            Vault& v = **vault;
            const double n = report->total();
            auto per = [&v, n](const char* sql) { return double(v.pragmaInt(sql).value_or(0)) / n; };
            std::printf("rows per message: observables %.1f, history %.1f, attachments %.2f, tickets %.2f; "
                        "%.1f pages of 4 KB per message\n",
                        per("SELECT count(*) FROM ticket_observables"), per("SELECT count(*) FROM history"),
                        per("SELECT count(*) FROM attachments"), per("SELECT count(*) FROM tickets"),
                        per("PRAGMA page_count"));
        }
        if (plain) {
            const QString plainPath = dir.filePath(QStringLiteral("plain%1.sqlite").arg(run));
            auto unencrypted = Vault::openUnencryptedForBenchmark(plainPath);
            if (!unencrypted)
                return 1;
            MailImporter plainImporter(ChangeContext{**unencrypted, clock, QStringLiteral("bench")});
            DirectJobControl plainJob;
            const double before = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
            timer.restart();
            auto plainReport = plainImporter.importPaths({box}, plainJob);
            if (!plainReport)
                return 1;
            std::printf("       unencrypted SQLite: import %.0f msg/s, storing thread %.0f msg per CPU second\n",
                        plainReport->total() / (double(timer.nsecsElapsed()) / 1e9),
                        plainReport->total() / (cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - before));
        }
        std::fflush(stdout);
    }
    const double parse = median(parseRates);
    const double import = median(importRates);
    std::printf("median: parse-only %.0f msg/s, import %.0f msg/s, ratio %.0f%%\n", parse, import,
                100.0 * import / parse);
    // On two idle cores the pipeline runs as fast as its slower thread.
    const double parseCpu = median(parseCpuRates);
    const double bound = std::min(median(storeCpuRates), median(readerCpuRates));
    std::printf("median per CPU second: parse-only %.0f msg, storing thread %.0f msg, reading thread %.0f msg; "
                "two idle cores: import at most %.0f msg/s, %.0f%% of parse-only\n",
                parseCpu, median(storeCpuRates), median(readerCpuRates), bound, 100.0 * bound / parseCpu);
    return 0;
}

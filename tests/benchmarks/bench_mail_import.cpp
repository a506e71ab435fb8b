// SPDX-License-Identifier: GPL-3.0-or-later
// Mail import throughput: a 10,000-message mixed mbox into a new encrypted workspace, against GMime
// parsing alone (the ceiling) in the same run. Usage: bench_mail_import [messages] [runs]
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

using namespace fb;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    QTemporaryDir dir;
    const QString box = dir.filePath(QStringLiteral("corpus.mbox"));
    QFile file(box);
    if (!file.open(QIODevice::WriteOnly) || file.write(bench::mailCorpusMbox(messages)) < 0)
        return 1;
    file.close();
    const auto sources = MailReader::collect({box});
    if (!sources)
        return 1;
    std::printf("corpus: %d messages, %.1f MB\n", messages, double(file.size()) / 1e6);

    QList<double> parseRates;
    QList<double> importRates;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        int parsed = 0;
        (void)MailReader::read(sources->first(), [&parsed](ReadMessage&&) {
            ++parsed;
            return true;
        });
        parseRates.append(parsed / (double(timer.nsecsElapsed()) / 1e9));

        const QString path = dir.filePath(QStringLiteral("bench%1.firebreak").arg(run));
        auto vault = Vault::create(path, SecretBytes("bench", 5)); // KDF outside the timing
        if (!vault)
            return 1;
        SystemClock clock;
        MailImporter importer(**vault, clock, QStringLiteral("bench"));
        DirectJobControl job;
        timer.restart();
        auto report = importer.importPaths({box}, job);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
            return 1;
        }
        importRates.append(report->total() / (double(timer.nsecsElapsed()) / 1e9));
        std::printf("run %d: parse-only %.0f msg/s, import %.0f msg/s (imported %d, threaded %d, quarantined %d)\n",
                    run + 1, parseRates.last(), importRates.last(), report->imported, report->threaded,
                    report->quarantined);
    }
    const double parse = median(parseRates);
    const double import = median(importRates);
    std::printf("median: parse-only %.0f msg/s, import %.0f msg/s, ratio %.0f%%\n", parse, import,
                100.0 * import / parse);
    return 0;
}

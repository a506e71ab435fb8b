// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a deterministic Trusted Introducer teams.json of N teams (TiTeamsGenerator.h) for the "Directory at
// scale" benchmark (docs/benchmarks.md). With --huge-description MB, the first team's constituency description
// is MB mebibytes long (the oversized-field case).
//
//   gen_ti_teams N FILE [--seed S] [--huge-description MB]
#include "tests/benchmarks/TiTeamsGenerator.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: gen_ti_teams N FILE [--seed S] [--huge-description MB]\n");
        return 1;
    }
    bool ok = false;
    const int count = args[1].toInt(&ok);
    if (!ok || count < 1) {
        std::fprintf(stderr, "N must be a positive number\n");
        return 1;
    }
    quint64 seed = 0x46426b31;
    int hugeMb = 0;
    for (qsizetype i = 3; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toULongLong();
        else if (args[i] == QLatin1String("--huge-description"))
            hugeMb = args[i + 1].toInt();
    }
    QFile file(args[2]);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args[2]));
        return 1;
    }
    file.write(fb::bench::tiTeamsJson(count, seed, hugeMb));
    return file.error() == QFileDevice::NoError ? 0 : 1;
}

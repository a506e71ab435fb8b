// SPDX-License-Identifier: GPL-3.0-or-later
// For the exchange tests: runs tests/tools/misp_validate.py (python3-jsonschema) on MISP event files: MISP's event
// schema, describeTypes (type exists, category allowed), the object templates, and the TLP and RSIT taxonomies.
// Header-only: test executables build their *Test.cpp files.
#pragma once

#include "tests/TestSupport.h"

#include <QMap>
#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

namespace fb::test {

// The validator's verdict per file: empty when valid, else what it found.
inline QMap<QString, QString> mispProblems(const QStringList& files)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{sourcePath(QStringLiteral("tests/tools/misp_validate.py")), conformancePath(QString())} +
                     files);
    REQUIRE(python.waitForFinished(120000));
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitCode() == 0);
    QMap<QString, QString> out;
    for (const QString& line : QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            continue;
        const QString verdict = line.mid(tab + 1);
        out.insert(line.left(tab), verdict == QLatin1String("valid") ? QString() : verdict);
    }
    REQUIRE(out.size() == files.size());
    return out;
}

} // namespace fb::test

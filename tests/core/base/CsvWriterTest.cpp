// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("CSV fields are quoted only when RFC 4180 needs it", "[csv]")
{
    CHECK(CsvWriter::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvWriter::field(QString()) == QString());
    CHECK(CsvWriter::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::field(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvWriter::field(QStringLiteral("cr\r")) == QStringLiteral("\"cr\r\""));
    CHECK(CsvWriter::write({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QString()}}) ==
          QByteArray("a,b\r\n1,\r\n"));
}

TEST_CASE("Python's csv module reads back exactly what CsvWriter wrote", "[csv]")
{
    const QList<QStringList> rows{
        {QStringLiteral("month"), QStringLiteral("malicious-code"), QStringLiteral("fraud, phishing")},
        {QStringLiteral("2026-09"), QStringLiteral("3"), QStringLiteral("\"quoted\"")},
        {QStringLiteral("Zürich\r\nline two"), QString(), QStringLiteral("  spaces  ")},
    };
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), QStringLiteral("import csv, io, json, sys\n"
                                              "text = sys.stdin.buffer.read().decode('utf-8')\n"
                                              "print(json.dumps(list(csv.reader(io.StringIO(text, newline='')))))\n")});
    REQUIRE(python.waitForStarted());
    python.write(CsvWriter::write(rows));
    python.closeWriteChannel();
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonArray read = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    REQUIRE(read.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList fields;
        for (const QJsonValue& value : read.at(i).toArray())
            fields.append(value.toString());
        CHECK(fields == rows.at(i));
    }
}

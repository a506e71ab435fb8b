// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: report constituency: the known-answer workspace's report as text, CSV, HTML and PDF, and each refusal
// with its exit code before any file is written.
#include "core/base/CsvReader.h"
#include "tests/core/report/ReportFixture.h"
#include "tests/e2e/CliRunner.h"

#include <QFile>
#include <QFileInfo>

using namespace fb;
using namespace fb::test;

namespace {

// `init` through the command line, then the known-answer tickets written into that workspace directly.
void prepare(const CliRunner& cli)
{
    cli.ok(args({"init"}));
    const QByteArray passphrase = kE2ePassphrase.toUtf8();
    auto vault = Vault::open(cli.workspace(), SecretBytes(passphrase.constData(), std::size_t(passphrase.size())));
    REQUIRE(vault);
    populateReportWorkspace(**vault);
}

QStringList reportArgs(std::initializer_list<const char*> extra)
{
    QStringList list = args({"report", "constituency", "--from", "2026-02-01", "--to", "2026-02-28"});
    for (const char* word : extra)
        list.append(QString::fromUtf8(word));
    return list;
}

QString csvValue(const QList<QStringList>& rows, const QString& section, const QString& key, const QString& measure)
{
    for (const QStringList& row : rows) {
        if (row.size() == 7 && row.at(0) == section && row.at(1) == key && row.at(5) == measure)
            return row.at(6);
    }
    return QStringLiteral("<missing>");
}

} // namespace

TEST_CASE("report constituency prints text and CSV and writes HTML and PDF", "[e2e][report]")
{
    TempDir dir;
    CliRunner cli(dir);
    prepare(cli);

    const QString text = QString::fromUtf8(cli.ok(reportArgs({"--constituency", "example bank", "--format", "text"})));
    CHECK(text.startsWith(QStringLiteral("TLP:AMBER")));
    CHECK(text.contains(QStringLiteral("Constituency report: Example Bank, 2026-02-01 to 2026-02-28")));
    CHECK(text.contains(QStringLiteral("3 d 8 h")));

    const auto csv = CsvReader::read(cli.ok(reportArgs({"--format", "csv"})));
    REQUIRE(csv);
    const QString count = QStringLiteral("count");
    CHECK(csvValue(*csv, QStringLiteral("totals"), QStringLiteral("reports-received"), count) == QStringLiteral("6"));
    CHECK(csvValue(*csv, QStringLiteral("totals"), QStringLiteral("incidents-resolved"), count) == QStringLiteral("4"));
    CHECK(csvValue(*csv, QStringLiteral("times"), QStringLiteral("first-response"), QStringLiteral("median-hours")) ==
          QStringLiteral("4.00"));
    CHECK(csvValue(*csv, QStringLiteral("times"), QStringLiteral("first-response"), QStringLiteral("p90-hours")) ==
          QStringLiteral("80.00"));
    CHECK(csvValue(*csv, QStringLiteral("sla-breaches"), QStringLiteral("response"), count) == QStringLiteral("2"));

    const QString html = dir.file(QStringLiteral("report.html"));
    const CliResult written = cli.run(reportArgs({"--format", "html", "--out"}) + QStringList{html});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains("report.html"));
    const QByteArray page = readAll(html);
    CHECK(page.startsWith("<!DOCTYPE html>"));
    CHECK(page.contains("Incidents opened by RSIT class and type"));
    CHECK((QFileInfo(html).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    const QString pdf = dir.file(QStringLiteral("report.pdf"));
    const CliResult json =
        cli.run(QStringList{QStringLiteral("--json")} +
                reportArgs({"--constituency", "City Hospital", "--format", "pdf", "--out"}) + QStringList{pdf});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    CHECK(json.object().value(QStringLiteral("constituency")).toString() == kHospital);
    CHECK(json.object().value(QStringLiteral("format")).toString() == QStringLiteral("pdf"));
    const QByteArray pdfBytes = readAll(pdf);
    CHECK(pdfBytes.startsWith("%PDF"));
    CHECK(json.object().value(QStringLiteral("bytes")).toInteger() == pdfBytes.size());
    // Without --force an existing file stays as it was.
    const CliResult again = cli.run(reportArgs({"--format", "pdf", "--out"}) + QStringList{pdf});
    CHECK(again.exitCode == 4);
    CHECK(readAll(pdf) == pdfBytes);
}

TEST_CASE("report constituency refuses bad dates, a reversed range, an unknown constituency and an unwritable file",
          "[e2e][report]")
{
    TempDir dir;
    CliRunner cli(dir);
    prepare(cli);

    const CliResult badDate =
        cli.run(args({"report", "constituency", "--from", "2026-02-30", "--to", "2026-03-01", "--format", "text"}));
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains("2026-02-30"));

    const CliResult reversed =
        cli.run(args({"report", "constituency", "--from", "2026-03-01", "--to", "2026-02-01", "--format", "text"}));
    CHECK(reversed.exitCode == 2);
    CHECK(reversed.err.contains("--from"));

    const CliResult noRange = cli.run(args({"report", "constituency", "--format", "text"}));
    CHECK(noRange.exitCode == 1);

    const CliResult badFormat = cli.run(reportArgs({"--format", "docx"}));
    CHECK(badFormat.exitCode == 1);

    const CliResult pdfWithoutFile = cli.run(reportArgs({"--format", "pdf"}));
    CHECK(pdfWithoutFile.exitCode == 1);

    const CliResult unknown = cli.run(reportArgs({"--constituency", "Nowhere Ltd", "--format", "text"}));
    CHECK(unknown.exitCode == 4);
    CHECK(unknown.err.contains("Nowhere Ltd"));

    const QString unwritable = dir.file(QStringLiteral("no-such-folder/report.csv"));
    const CliResult cannotWrite = cli.run(reportArgs({"--format", "csv", "--out"}) + QStringList{unwritable});
    CHECK(cannotWrite.exitCode == 2);
    CHECK_FALSE(QFile::exists(unwritable));

    const CliResult help = cli.run(args({"report", "constituency", "--help"}));
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("--constituency"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ConstituencyReport.h"

#include "core/base/CsvReader.h"
#include "tests/core/report/ReportFixture.h"
#include "tests/TestSupport.h"

#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

constexpr qint64 kHour = 3600 * 1000;

struct Fixture
{
    Fixture()
        : clock(kReportNow)
    {
        auto created = Vault::create(dir.file(QStringLiteral("report.firebreak")), SecretBytes("test", 4));
        REQUIRE(created);
        vault = std::move(*created);
        populateReportWorkspace(*vault);
    }

    Result<ConstituencyReportData> collect(const QString& constituency, QDate from = kReportFrom, QDate to = kReportTo)
    {
        DirectJobControl control;
        return ConstituencyReport::collect(*vault, clock, QStringLiteral("alice"),
                                           StatisticsFilter{from, to, constituency}, control);
    }

    TempDir dir;
    FixedClock clock;
    std::unique_ptr<Vault> vault;
};

QStringList classRows(const ConstituencyReportData& d)
{
    QStringList rows;
    for (const ReportCount& c : d.byClassAndType)
        rows.append(QStringLiteral("%1/%2=%3").arg(c.key, c.subKey).arg(c.count));
    return rows;
}

QStringList reporterRows(const ConstituencyReportData& d)
{
    QStringList rows;
    for (const ReportCount& c : d.byReporterType)
        rows.append(QStringLiteral("%1=%2").arg(c.key).arg(c.count));
    return rows;
}

// The value of the CSV row (section, key, measure).
QString csvValue(const QList<QStringList>& rows, const QString& section, const QString& key, const QString& measure)
{
    for (const QStringList& row : rows) {
        if (row.size() == 7 && row.at(0) == section && row.at(1) == key && row.at(5) == measure)
            return row.at(6);
    }
    return QStringLiteral("<missing>");
}

} // namespace

TEST_CASE("The constituency report counts every constituency's tickets of the period by hand-computed rules",
          "[report]")
{
    Fixture f;
    auto report = f.collect({});
    REQUIRE(report);
    const ConstituencyReportData& d = *report;
    CHECK(d.totals.reportsReceived == 6);    // R1-R6: R7 came before, R8 was merged
    CHECK(d.totals.incidentsOpened == 6);    // I1-I4, I7, I8
    CHECK(d.totals.incidentsResolved == 4);  // I1, I2, I4 and I5 (opened in January); I7 abandoned, I8 in March
    CHECK(d.totals.incidentsOpenAtEnd == 3); // I3, I6 and I8
    CHECK(classRows(d) == QStringList{QStringLiteral("malicious-code/infected-system=3"), QStringLiteral("/=1"),
                                      QStringLiteral("information-gathering/scanner=1"),
                                      QStringLiteral("malicious-code/c2-server=1")});
    CHECK(d.byClassAndType.at(1).label == QStringLiteral("Unclassified"));
    CHECK(reporterRows(d) == QStringList{QStringLiteral("constituent=3"), QStringLiteral("individual=1"),
                                         QStringLiteral("isp=1"), QStringLiteral("other-csirt=1")});
    // First responses 1, 2, 4, 10, 80 h: nearest rank ceil(0.5 * 5) = 3 and ceil(0.9 * 5) = 5.
    CHECK(d.firstResponse.count == 5);
    CHECK(d.firstResponse.medianMs == 4 * kHour);
    CHECK(d.firstResponse.p90Ms == 80 * kHour);
    // Resolutions 24, 48, 192, 240 h: ranks 2 and 4.
    CHECK(d.resolution.count == 4);
    CHECK(d.resolution.medianMs == 48 * kHour);
    CHECK(d.resolution.p90Ms == 240 * kHour);
    CHECK(d.responseBreaches == 2);   // R3 answered late, R5 never
    CHECK(d.resolutionBreaches == 5); // R7, I2, I3, I5, I6: due dates in February
    CHECK(d.tlp == TlpLevel::Amber);  // counts only, although I2 is TLP:RED
    CHECK(d.generatedAt == kReportNow);
    CHECK(d.constituency.isEmpty());
}

TEST_CASE("The constituency report of one constituency counts only its tickets", "[report]")
{
    Fixture f;
    auto bank = f.collect(QStringLiteral("example BANK")); // named without case
    REQUIRE(bank);
    CHECK(bank->constituency == kBank);
    CHECK(bank->totals.reportsReceived == 5);
    CHECK(bank->totals.incidentsOpened == 5);
    CHECK(bank->totals.incidentsResolved == 3);
    CHECK(bank->totals.incidentsOpenAtEnd == 3);
    CHECK(classRows(*bank) == QStringList{QStringLiteral("malicious-code/infected-system=3"), QStringLiteral("/=1"),
                                          QStringLiteral("information-gathering/scanner=1")});
    CHECK(reporterRows(*bank) ==
          QStringList{QStringLiteral("constituent=3"), QStringLiteral("isp=1"), QStringLiteral("other-csirt=1")});
    // 1, 2, 4, 80 h: ranks 2 and 4. Resolutions 48, 192, 240 h: ranks 2 and 3.
    CHECK(bank->firstResponse.medianMs == 2 * kHour);
    CHECK(bank->firstResponse.p90Ms == 80 * kHour);
    CHECK(bank->resolution.count == 3);
    CHECK(bank->resolution.medianMs == 192 * kHour);
    CHECK(bank->resolution.p90Ms == 240 * kHour);
    CHECK(bank->responseBreaches == 2);
    CHECK(bank->resolutionBreaches == 5);

    auto hospital = f.collect(kHospital);
    REQUIRE(hospital);
    CHECK(hospital->totals.reportsReceived == 1);
    CHECK(hospital->totals.incidentsOpened == 1);
    CHECK(hospital->totals.incidentsResolved == 1);
    CHECK(hospital->totals.incidentsOpenAtEnd == 0);
    CHECK(classRows(*hospital) == QStringList{QStringLiteral("malicious-code/c2-server=1")});
    CHECK(reporterRows(*hospital) == QStringList{QStringLiteral("individual=1")});
    CHECK(hospital->firstResponse.count == 1);
    CHECK(hospital->firstResponse.medianMs == 10 * kHour);
    CHECK(hospital->firstResponse.p90Ms == 10 * kHour);
    CHECK(hospital->resolution.medianMs == 24 * kHour);
    CHECK(hospital->responseBreaches == 0);
    CHECK(hospital->resolutionBreaches == 0);
}

TEST_CASE("A constituency report of a period without tickets is all zeros and says so", "[report]")
{
    Fixture f;
    auto report = f.collect({}, QDate(2025, 6, 1), QDate(2025, 6, 30));
    REQUIRE(report);
    CHECK(report->totals.reportsReceived == 0);
    CHECK(report->totals.incidentsOpened == 0);
    CHECK(report->totals.incidentsResolved == 0);
    CHECK(report->totals.incidentsOpenAtEnd == 0);
    CHECK(report->byClassAndType.isEmpty());
    CHECK(report->byReporterType.isEmpty());
    CHECK(report->firstResponse.count == 0);
    CHECK(report->firstResponse.medianMs == 0);
    CHECK(report->resolution.count == 0);
    CHECK(report->responseBreaches == 0);
    CHECK(report->resolutionBreaches == 0);
    const QString text = ConstituencyReport::toText(*report);
    CHECK(text.contains(QStringLiteral("No incident was opened in the period.")));
    CHECK(text.contains(QStringLiteral("No incident report was received in the period.")));
    CHECK(text.contains(QStringLiteral("—")));
    const auto csv = CsvReader::read(ConstituencyReport::toCsv(*report));
    REQUIRE(csv);
    CHECK(csvValue(*csv, QStringLiteral("times"), QStringLiteral("first-response"), QStringLiteral("median-hours"))
              .isEmpty());
}

TEST_CASE("The constituency report refuses a reversed range and an unknown constituency", "[report]")
{
    Fixture f;
    auto reversed = f.collect({}, kReportTo, kReportFrom);
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().code == ErrorCode::BadInput);
    auto invalid = f.collect({}, QDate(), kReportTo);
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().code == ErrorCode::BadInput);
    auto unknown = f.collect(QStringLiteral("Nowhere Ltd"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("Nowhere Ltd")));
}

TEST_CASE("A cancelled constituency report ends with Cancelled", "[report]")
{
    Fixture f;
    DirectJobControl control;
    control.cancel();
    auto report = ConstituencyReport::collect(*f.vault, f.clock, QStringLiteral("alice"),
                                              StatisticsFilter{kReportFrom, kReportTo, {}}, control);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Cancelled);
}

TEST_CASE("Nearest rank is ceil(p times n), at least 1", "[report]")
{
    CHECK(TicketStatistics::nearestRank(50, 0) == 0);
    CHECK(TicketStatistics::nearestRank(50, 1) == 1);
    CHECK(TicketStatistics::nearestRank(90, 1) == 1);
    CHECK(TicketStatistics::nearestRank(50, 4) == 2);
    CHECK(TicketStatistics::nearestRank(50, 5) == 3);
    CHECK(TicketStatistics::nearestRank(90, 10) == 9);
    CHECK(TicketStatistics::nearestRank(90, 11) == 10);
    CHECK(TicketStatistics::nearestRank(100, 7) == 7);
}

TEST_CASE("The report's counts read the tickets through the report indexes", "[report]")
{
    Fixture f;
    auto plan = f.vault->query("EXPLAIN QUERY PLAN SELECT count(*) FROM tickets WHERE kind = 'incident' AND "
                               "closed_at >= 1 AND closed_at < 2 AND merged_into IS NULL");
    REQUIRE(plan);
    QString details;
    REQUIRE(plan->forEachRow([&](const Query& row) { details += row.text(3) + QLatin1Char('\n'); }));
    INFO(details.toStdString());
    CHECK(details.contains(QStringLiteral("tickets_kind_closed")));
}

TEST_CASE("The constituency report as text, HTML and CSV carries the numbers and the label", "[report]")
{
    Fixture f;
    auto report = f.collect(kBank);
    REQUIRE(report);

    const QString text = ConstituencyReport::toText(*report);
    CHECK(text.startsWith(QStringLiteral("TLP:AMBER\n")));
    CHECK(text.trimmed().endsWith(QStringLiteral("TLP:AMBER")));
    CHECK(text.contains(QStringLiteral("Constituency report: Example Bank, 2026-02-01 to 2026-02-28")));
    CHECK(text.contains(QStringLiteral("Generated 2026-03-02 09:00 UTC by alice.")));
    CHECK(text.contains(QStringLiteral("3 d 8 h"))); // the 90th percentile of first responses, 80 h
    CHECK(text.contains(QStringLiteral("8 d")));     // the median resolution, 192 h
    for (const QString& line : text.split(QLatin1Char('\n')))
        CHECK(line.size() <= 100);
    CHECK_FALSE(text.contains(QStringLiteral("Ticket of"))); // no ticket title

    const QString html = ConstituencyReport::toHtml(*report);
    QXmlStreamReader xml(QString(html).remove(QStringLiteral("<!DOCTYPE html>\n")));
    int tables = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table"))
            ++tables;
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError()); // well-formed
    CHECK(tables == 5);
    CHECK(html.count(QStringLiteral("TLP:AMBER")) == 2);
    CHECK(ConstituencyReport::toHtml(*report, true).count(QStringLiteral("TLP:AMBER")) == 0);

    const auto csv = CsvReader::read(ConstituencyReport::toCsv(*report));
    REQUIRE(csv);
    CHECK(csv->first() == QStringList{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("name"),
                                      QStringLiteral("subkey"), QStringLiteral("subname"), QStringLiteral("measure"),
                                      QStringLiteral("value")});
    const QString count = QStringLiteral("count");
    CHECK(csvValue(*csv, QStringLiteral("report"), QStringLiteral("tlp"), QStringLiteral("label")) ==
          QStringLiteral("TLP:AMBER"));
    CHECK(csvValue(*csv, QStringLiteral("report"), QStringLiteral("constituency"), QStringLiteral("name")) == kBank);
    CHECK(csvValue(*csv, QStringLiteral("totals"), QStringLiteral("reports-received"), count) == QStringLiteral("5"));
    CHECK(csvValue(*csv, QStringLiteral("totals"), QStringLiteral("incidents-open-at-end"), count) ==
          QStringLiteral("3"));
    CHECK(csvValue(*csv, QStringLiteral("incidents-by-class"), QStringLiteral("malicious-code"), count) ==
          QStringLiteral("3"));
    CHECK(csvValue(*csv, QStringLiteral("reports-by-reporter-type"), QStringLiteral("constituent"), count) ==
          QStringLiteral("3"));
    CHECK(csvValue(*csv, QStringLiteral("times"), QStringLiteral("first-response"), QStringLiteral("median-hours")) ==
          QStringLiteral("2.00"));
    CHECK(csvValue(*csv, QStringLiteral("times"), QStringLiteral("resolution"), QStringLiteral("p90-hours")) ==
          QStringLiteral("240.00"));
    CHECK(csvValue(*csv, QStringLiteral("sla-breaches"), QStringLiteral("resolution"), count) == QStringLiteral("5"));
    CHECK(ConstituencyReport::fileName(*report, QStringLiteral("text")) ==
          QStringLiteral("constituency-report-example-bank-2026-02-01-2026-02-28.txt"));
}

TEST_CASE("Durations are written in days, hours and minutes", "[report]")
{
    CHECK(ConstituencyReport::duration(0, 0) == QStringLiteral("—"));
    CHECK(ConstituencyReport::duration(0, 1) == QStringLiteral("0 min"));
    CHECK(ConstituencyReport::duration(90 * 60000, 1) == QStringLiteral("1 h 30 min"));
    CHECK(ConstituencyReport::duration(80 * kHour, 3) == QStringLiteral("3 d 8 h"));
    CHECK(ConstituencyReport::duration(48 * kHour + 5 * 60000, 3) == QStringLiteral("2 d")); // minutes dropped
}

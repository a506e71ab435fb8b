// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPage.h"

#include "core/demo/DemoWorkspace.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/dashboard/ChartPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFontMetricsF>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace fb;
using namespace fb::test;

namespace {

// What a chart draws, as rows of values per series name (bar sets or line points).
QMap<QString, QList<double>> drawn(ChartPanel* panel)
{
    QMap<QString, QList<double>> values;
    for (QAbstractSeries* series : panel->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                QList<double> row;
                for (int i = 0; i < set->count(); ++i)
                    row.append(set->at(i));
                values.insert(set->label(), row);
            }
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            QList<double> row;
            for (const QPointF& point : line->points())
                row.append(point.y());
            values.insert(line->name(), row);
        }
    }
    return values;
}

void requireMatches(ChartPanel* panel, const Result<StatisticsTable>& expected, const QStringList& plotted = {})
{
    REQUIRE(expected);
    const auto values = drawn(panel);
    int compared = 0;
    for (const StatisticsSeries& series : expected->series) {
        if (!plotted.isEmpty() && !plotted.contains(series.key))
            continue;
        INFO(panel->key().toStdString() << " series " << series.key.toStdString());
        REQUIRE(values.contains(series.label));
        CHECK(values.value(series.label) == series.values);
        ++compared;
    }
    CHECK(compared == values.size());
    CHECK(panel->table().categories == expected->categories);
}

void waitLoaded(DashboardPage& page)
{
    for (int i = 0; i < 600 && page.isLoading(); ++i)
        QTest::qWait(20);
    REQUIRE_FALSE(page.isLoading());
}

} // namespace

TEST_CASE("The dashboard's series equal TicketStatistics on the demo workspace", "[ui][dashboard]")
{
    SessionFixture f;
    REQUIRE(DemoWorkspace::populate(f.session->vault(), f.clock));
    DashboardPage page;
    page.resize(1400, 1000);
    page.setSession(f.session.get());
    page.show();

    TicketStatistics statistics(f.session->vault());
    for (const QString& constituency : {QString(), QStringLiteral("Example Bank")}) {
        if (!constituency.isEmpty()) {
            auto* combo = child<QComboBox>(&page, "constituencyComboBox");
            const int index = combo->findData(constituency);
            REQUIRE(index > 0);
            combo->setCurrentIndex(index);
        }
        waitLoaded(page);
        const StatisticsFilter filter = page.filter();
        CHECK(filter.constituency == constituency);
        CHECK(filter.to == f.clock.nowUtc().date());
        CHECK(filter.from == filter.to.addDays(-89));
        requireMatches(page.panel(QStringLiteral("incidents-by-class")), statistics.incidentsByClassPerMonth(filter));
        requireMatches(page.panel(QStringLiteral("open-tickets")), statistics.openByKindAndState(filter));
        requireMatches(page.panel(QStringLiteral("sla-breaches")),
                       statistics.slaBreachesPerWeek(filter, f.clock.nowUtc()));
        for (const QString& key : {QStringLiteral("response-times"), QStringLiteral("resolution-times")})
            requireMatches(page.panel(key), statistics.responseTimesBySeverity(filter),
                           DashboardPage::plottedSeries(key));
        requireMatches(page.panel(QStringLiteral("reports-by-channel")),
                       statistics.reportsByChannelAndReporter(filter));
        // The overdue tasks of the constituency, now.
        const qint64 overdue = statistics.overdueTasks(constituency, f.clock.nowUtc()).value();
        CHECK(overdue > 0);
        CHECK(child<QLabel>(&page, "overdueTasksLabel")->text() ==
              QStringLiteral("Overdue tasks now: %1").arg(overdue));
    }
    // The bank's incidents are fewer than everyone's.
    const double bank = page.panel(QStringLiteral("incidents-by-class"))->table().total();
    page.setFilter(StatisticsFilter{page.filter().from, page.filter().to, {}});
    waitLoaded(page);
    CHECK(bank > 0);
    CHECK(bank < page.panel(QStringLiteral("incidents-by-class"))->table().total());
}

TEST_CASE("Each dashboard chart exports to PNG, SVG and CSV", "[ui][dashboard]")
{
    SessionFixture f;
    REQUIRE(DemoWorkspace::populate(f.session->vault(), f.clock));
    DashboardPage page;
    page.resize(1400, 1000);
    page.setSession(f.session.get());
    page.show();
    waitLoaded(page);
    for (ChartPanel* panel : page.panels()) {
        INFO(panel->key().toStdString());
        const QString base = f.dir.file(panel->key());
        REQUIRE(panel->exportPng(base + QStringLiteral(".png")));
        QImage image(base + QStringLiteral(".png"));
        CHECK(image.width() > 100);
        CHECK(image.height() > 100);

        REQUIRE(panel->exportSvg(base + QStringLiteral(".svg")));
        QXmlStreamReader svg(readAll(base + QStringLiteral(".svg")));
        int elements = 0;
        while (!svg.atEnd()) {
            if (svg.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        CHECK_FALSE(svg.hasError());
        CHECK(elements > 20);

        REQUIRE(panel->exportCsv(base + QStringLiteral(".csv")));
        CHECK(readAll(base + QStringLiteral(".csv")) == panel->table().toCsv());
        CHECK(readAll(base + QStringLiteral(".csv")).count("\r\n") == panel->table().categories.size() + 1);
    }
    // A folder that does not exist is an error that names the path, not a crash.
    const auto refused = page.panels().first()->exportCsv(f.dir.file(QStringLiteral("missing/x.csv")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().where.contains(QStringLiteral("missing")));
}

TEST_CASE("On a small screen the charts stack and keep their axis labels readable", "[ui][dashboard]")
{
    SessionFixture f;
    REQUIRE(DemoWorkspace::populate(f.session->vault(), f.clock));
    DashboardPage page;
    page.resize(1900, 1000);
    page.setSession(f.session.get());
    page.show();
    waitLoaded(page);
    QTest::qWait(50);
    CHECK(page.columns() == 2);

    page.resize(800, 650);
    QTest::qWait(50);
    CHECK(page.columns() == 1);
    for (ChartPanel* panel : page.panels()) {
        INFO(panel->key().toStdString());
        // Never wider than the page: nothing is cut off at the right.
        CHECK(panel->width() <= page.width());
        // The value axis has no more labels than the plot has room for (Qt Charts would elide them all).
        for (QAbstractAxis* axis : panel->chart()->axes()) {
            auto* values = qobject_cast<QValueAxis*>(axis);
            if (!values)
                continue;
            const QRectF plot = panel->chart()->plotArea();
            const double room = values->orientation() == Qt::Vertical ? plot.height() : plot.width();
            const double intervals = values->max() / values->tickInterval();
            CHECK(intervals >= 1);
            CHECK(intervals <= 4);
            if (values->orientation() == Qt::Vertical)
                CHECK(room / intervals >= QFontMetricsF(values->labelsFont()).height());
        }
    }
    page.resize(1900, 1000);
    QTest::qWait(50);
    CHECK(page.columns() == 2);
}

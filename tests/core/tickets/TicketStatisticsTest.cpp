// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketStatistics.h"

#include "core/demo/DemoWorkspace.h"
#include "core/tickets/Lifecycle.h"
#include "tests/core/tickets/TicketFixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace fb;
using namespace fb::test;

namespace {

// The demo, and every ticket in it as TicketSearch lists them: the expected numbers are counted from these,
// ticket by ticket, not by the statistics' own SQL.
struct DemoFixture
{
    DemoFixture()
    {
        REQUIRE(DemoWorkspace::populate(*f.vault, f.clock));
        TicketQuery query;
        query.limit = 1000;
        auto listed = f.search->list(query);
        REQUIRE(listed);
        tickets = *listed;
        REQUIRE(tickets.size() > 30);
        filter.to = f.clock.nowUtc().date();
        filter.from = filter.to.addDays(-89);
    }

    bool selected(const Ticket& t, const QString& constituency = {}) const
    {
        const QDate day = t.createdAt.toUTC().date();
        return day >= filter.from && day <= filter.to && (constituency.isEmpty() || t.constituency == constituency);
    }

    TicketFixture f;
    QList<Ticket> tickets;
    StatisticsFilter filter;
};

double nearestRank(QList<double> values, int percent)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Smallest value with at least `percent` % of the values at or below it.
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (double(i + 1) * 100.0 >= double(percent) * double(values.size()))
            return values.at(i);
    }
    return values.last();
}

} // namespace

TEST_CASE("incidents per RSIT class and month match the demo's incidents", "[statistics]")
{
    DemoFixture d;
    for (const QString& constituency : {QString(), QStringLiteral("Example Bank")}) {
        d.filter.constituency = constituency;
        auto table = TicketStatistics(*d.f.vault).incidentsByClassPerMonth(d.filter);
        REQUIRE(table);
        std::map<std::pair<QString, QString>, int> expected;
        int incidents = 0;
        for (const Ticket& t : d.tickets) {
            if (t.kind == TicketKind::Incident && d.selected(t, constituency)) {
                ++expected[{t.rsitClass, t.createdAt.toUTC().toString(QStringLiteral("yyyy-MM"))}];
                ++incidents;
            }
        }
        REQUIRE(incidents > 0);
        CHECK(table->total() == incidents);
        for (const auto& [key, count] : expected)
            CHECK(table->value(key.first, key.second) == count);
        CHECK(table->categories.first() == d.filter.from.toString(QStringLiteral("yyyy-MM")));
        CHECK(table->categories.last() == d.filter.to.toString(QStringLiteral("yyyy-MM")));
        CHECK(table->categoryLabels.size() == table->categories.size());
    }
}

TEST_CASE("open tickets by kind and state match the active tickets of the demo", "[statistics]")
{
    DemoFixture d;
    auto table = TicketStatistics(*d.f.vault).openByKindAndState(d.filter);
    REQUIRE(table);
    std::map<std::pair<QString, QString>, int> expected;
    int open = 0;
    for (const Ticket& t : d.tickets) {
        if (d.selected(t) && Lifecycle::of(t.kind).isActive(t.state)) {
            ++expected[{t.state, TicketEnums::key(t.kind)}];
            ++open;
        }
    }
    REQUIRE(open > 0);
    CHECK(table->total() == open);
    for (const auto& [key, count] : expected)
        CHECK(table->value(key.first, key.second) == count);
    // The queue counts say the same.
    auto queues = d.f.search->queueCounts(d.f.clock.nowUtc());
    REQUIRE(queues);
    for (const QueueCount& queue : *queues) {
        double sum = 0;
        for (const StatisticsSeries& s : table->series)
            sum += table->value(s.key, TicketEnums::key(queue.kind));
        CHECK(sum == queue.active);
    }
}

TEST_CASE("SLA breaches per week follow each ticket's due dates", "[statistics]")
{
    DemoFixture d;
    const QDateTime now = d.f.clock.nowUtc();
    auto table = TicketStatistics(*d.f.vault).slaBreachesPerWeek(d.filter, now);
    REQUIRE(table);
    std::map<std::pair<QString, QString>, int> expected;
    int breaches = 0;
    auto week = [](const QDateTime& due) {
        const QDate day = due.toUTC().date();
        return day.addDays(1 - day.dayOfWeek()).toString(Qt::ISODate);
    };
    auto inRange = [&](const QDateTime& due) {
        return due.isValid() && due < now && due.toUTC().date() >= d.filter.from && due.toUTC().date() <= d.filter.to;
    };
    for (const Ticket& t : d.tickets) {
        if (inRange(t.responseDue) && (!t.firstResponseAt.isValid() || t.firstResponseAt > t.responseDue)) {
            ++expected[{QStringLiteral("response"), week(t.responseDue)}];
            ++breaches;
        }
        if (inRange(t.resolveDue) && (!t.closedAt.isValid() || t.closedAt > t.resolveDue)) {
            ++expected[{QStringLiteral("resolution"), week(t.resolveDue)}];
            ++breaches;
        }
    }
    REQUIRE(breaches > 0);
    CHECK(table->total() == breaches);
    for (const auto& [key, count] : expected)
        CHECK(table->value(key.first, key.second) == count);
    for (const QString& monday : table->categories)
        CHECK(QDate::fromString(monday, Qt::ISODate).dayOfWeek() == 1);
}

TEST_CASE("response and resolution times per severity are the demo's medians and 90th percentiles", "[statistics]")
{
    DemoFixture d;
    auto table = TicketStatistics(*d.f.vault).responseTimesBySeverity(d.filter);
    REQUIRE(table);
    QList<double> response[4];
    QList<double> resolution[4];
    for (const Ticket& t : d.tickets) {
        if (!d.selected(t))
            continue;
        const int s = t.severity - 1;
        if (t.kind == TicketKind::Report && t.firstResponseAt.isValid())
            response[s].append(double(t.createdAt.msecsTo(t.firstResponseAt)) / 3.6e6);
        if ((t.kind == TicketKind::Report || t.kind == TicketKind::Incident) && t.state == QStringLiteral("resolved"))
            resolution[s].append(double(t.createdAt.msecsTo(t.closedAt)) / 3.6e6);
    }
    int resolved = 0;
    for (int s = 0; s < 4; ++s) {
        const QString severity = QString::number(s + 1);
        INFO("severity " << s + 1);
        CHECK(table->value(QStringLiteral("responses"), severity) == response[s].size());
        CHECK(table->value(QStringLiteral("resolutions"), severity) == resolution[s].size());
        CHECK(table->value(QStringLiteral("median-response"), severity) ==
              Approx(TicketStatistics::median(response[s])));
        CHECK(table->value(QStringLiteral("p90-response"), severity) == Approx(nearestRank(response[s], 90)));
        CHECK(table->value(QStringLiteral("p90-resolution"), severity) == Approx(nearestRank(resolution[s], 90)));
        resolved += int(resolution[s].size());
    }
    CHECK(resolved > 5);
}

TEST_CASE("reports by channel and reporter type count every demo report once", "[statistics]")
{
    DemoFixture d;
    for (const QString& constituency : {QString(), QStringLiteral("Example Bank"), QStringLiteral("Nobody")}) {
        d.filter.constituency = constituency;
        auto table = TicketStatistics(*d.f.vault).reportsByChannelAndReporter(d.filter);
        REQUIRE(table);
        std::map<std::pair<QString, QString>, int> expected;
        int reports = 0;
        for (const Ticket& t : d.tickets) {
            if (t.kind == TicketKind::Report && d.selected(t, constituency)) {
                ++expected[{TicketEnums::key(t.reporterType), TicketEnums::key(t.howReported)}];
                ++reports;
            }
        }
        CHECK(table->total() == reports);
        for (const auto& [key, count] : expected)
            CHECK(table->value(key.first, key.second) == count);
        if (constituency == QStringLiteral("Nobody"))
            CHECK(reports == 0);
        else
            CHECK(reports > 0);
    }
}

TEST_CASE("a narrow date range leaves older tickets out", "[statistics]")
{
    DemoFixture d;
    d.filter.from = d.filter.to.addDays(-6);
    auto table = TicketStatistics(*d.f.vault).reportsByChannelAndReporter(d.filter);
    REQUIRE(table);
    int recent = 0;
    for (const Ticket& t : d.tickets)
        recent += t.kind == TicketKind::Report && d.selected(t) ? 1 : 0;
    CHECK(recent > 0);
    CHECK(recent < 10);
    CHECK(table->total() == recent);
}

TEST_CASE("the constituencies of the demo are listed once each", "[statistics]")
{
    DemoFixture d;
    auto names = TicketStatistics(*d.f.vault).constituencies();
    REQUIRE(names);
    CHECK(*names == QStringList{QStringLiteral("Example Bank"), QStringLiteral("Example University"),
                                QStringLiteral("Example Utility")});
}

TEST_CASE("an empty or reversed date range is refused with the range named", "[statistics]")
{
    TicketFixture f;
    TicketStatistics statistics(*f.vault);
    StatisticsFilter reversed{QDate(2026, 3, 2), QDate(2026, 3, 1), {}};
    auto table = statistics.incidentsByClassPerMonth(reversed);
    REQUIRE_FALSE(table);
    CHECK(table.error().code == ErrorCode::BadInput);
    CHECK(table.error().where.contains(QStringLiteral("2026-03-02")));
    CHECK_FALSE(statistics.slaBreachesPerWeek(StatisticsFilter{}, f.clock.nowUtc()));
}

TEST_CASE("median and nearest-rank percentile", "[statistics]")
{
    CHECK(TicketStatistics::median({}) == 0);
    CHECK(TicketStatistics::median({5}) == 5);
    CHECK(TicketStatistics::median({4, 1, 3}) == 3);
    CHECK(TicketStatistics::median({4, 1, 3, 2}) == 2.5);
    const QList<double> ten{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    CHECK(TicketStatistics::percentile(ten, 90) == 9);
    CHECK(TicketStatistics::percentile(ten, 100) == 10);
    CHECK(TicketStatistics::percentile(ten, 50) == 5);
    CHECK(TicketStatistics::percentile({15, 20, 35, 40, 50}, 30) == 20);
    CHECK(TicketStatistics::percentile({}, 90) == 0);
}

TEST_CASE("a statistics table becomes CSV with a header and one row per category", "[statistics][csv]")
{
    StatisticsTable table;
    table.categoryKey = QStringLiteral("kind");
    table.categories = {QStringLiteral("report"), QStringLiteral("incident")};
    table.series = {StatisticsSeries{QStringLiteral("open"), QStringLiteral("Open"), {3, 1.5}},
                    StatisticsSeries{QStringLiteral("new, unseen"), QStringLiteral("New"), {2, 0}}};
    CHECK(table.toCsv() == QByteArray("kind,open,\"new, unseen\"\r\nreport,3,2\r\nincident,1.5,0\r\n"));
}

TEST_CASE_METHOD(DemoFixture, "overdue tasks are the demo's open tasks past their due date, per constituency",
                 "[statistics][tasks]")
{
    const QDateTime now = f.clock.nowUtc();
    qint64 all = 0;
    qint64 bank = 0;
    for (const Ticket& t : tickets) {
        const QList<TicketTask> tasks = f.tasks->tasks(t.id).value();
        for (const TicketTask& task : tasks) {
            if (task.isOverdue(now)) {
                ++all;
                bank += t.constituency == QStringLiteral("Example Bank") ? 1 : 0;
            }
        }
    }
    REQUIRE(all > 0); // the demo's playbook tasks: some were never done
    TicketStatistics statistics(*f.vault);
    CHECK(statistics.overdueTasks({}, now).value() == all);
    CHECK(statistics.overdueTasks(QStringLiteral("Example Bank"), now).value() == bank);
    CHECK(statistics.overdueTasks({}, now.addYears(-1)).value() == 0);
}

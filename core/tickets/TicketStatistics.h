// SPDX-License-Identifier: GPL-3.0-or-later
// TicketStatistics: the numbers behind the dashboard, for a date range (UTC days, both ends included) and
// optionally one constituency. Merged reports are left out everywhere (their content lives in the report they
// were merged into). Counts come from grouped SQL; medians and percentiles are computed here, since SQLite 3.15
// has no window functions.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/StatisticsTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fb {

class Vault;

struct StatisticsFilter
{
    QDate from;           // first day, UTC
    QDate to;             // last day, UTC (included)
    QString constituency; // empty: every constituency
};

// The totals of a period, for the constituency report: each counted by SQL, merged tickets left out.
struct PeriodTotals
{
    qint64 reportsReceived = 0;    // incident reports created in the range
    qint64 incidentsOpened = 0;    // incidents created in the range
    qint64 incidentsResolved = 0;  // incidents now resolved whose closing time is in the range
    qint64 incidentsOpenAtEnd = 0; // incidents created before the range ended and not closed by then
};

// How many tickets have a value of one grouping (an RSIT class and type, a reporter type).
struct GroupCount
{
    QString key;    // "malicious-code", "constituent"...; empty: none given
    QString subKey; // the RSIT type under a class; empty otherwise
    qint64 count = 0;
};

// Durations of a set of tickets: how many, and the nearest-rank median and 90th percentile, in milliseconds.
struct DurationSummary
{
    qint64 count = 0;
    qint64 medianMs = 0; // 0 when count is 0
    qint64 p90Ms = 0;
};

class TicketStatistics
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketStatistics)

public:
    explicit TicketStatistics(Vault& vault);

    // Every constituency named on a ticket, sorted.
    Result<QStringList> constituencies();

    // Incidents created per month (categories "YYYY-MM", every month of the range) and RSIT class (series: the
    // classes that occur, in taxonomy order; "unclassified" for none).
    Result<StatisticsTable> incidentsByClassPerMonth(const StatisticsFilter& filter);
    // Tickets created in the range that are still open (an active state), by kind (categories) and state (series).
    Result<StatisticsTable> openByKindAndState(const StatisticsFilter& filter);
    // SLA breaches per week (categories: the Monday of each week, "YYYY-MM-DD"), counted in the week of the due
    // date that was missed, for due dates in the range and before `now`: series "response" (no first response by
    // the response due date) and "resolution" (not closed by the resolve due date), as SlaPolicy judges them.
    Result<StatisticsTable> slaBreachesPerWeek(const StatisticsFilter& filter, const QDateTime& now);
    // Hours to first response (incident reports) and to resolution (reports and incidents now resolved) per
    // severity (categories "1".."4"), for tickets created in the range: series "median-response", "p90-response",
    // "median-resolution", "p90-resolution" (0 when there is no ticket), and the counts behind them, "responses"
    // and "resolutions".
    Result<StatisticsTable> responseTimesBySeverity(const StatisticsFilter& filter);
    // Incident reports created in the range by how they came in (categories) and reporter type (series).
    Result<StatisticsTable> reportsByChannelAndReporter(const StatisticsFilter& filter);

    // The constituency report's numbers (core/report/ConstituencyReport). Each is grouped SQL over the
    // (kind, created_at) and (kind, closed_at) indexes, never a load of the tickets.
    Result<PeriodTotals> periodTotals(const StatisticsFilter& filter);
    // Incidents created in the range by RSIT class (key) and type (subKey), largest count first.
    Result<QList<GroupCount>> incidentsByClassAndType(const StatisticsFilter& filter);
    // Incident reports created in the range by reporter type (key), largest count first.
    Result<QList<GroupCount>> reportsByReporterType(const StatisticsFilter& filter);
    // From creation to first response, of the incident reports created in the range that have one.
    Result<DurationSummary> firstResponseTimes(const StatisticsFilter& filter);
    // From creation to closing, of the incidents resolved in the range (as periodTotals counts them).
    Result<DurationSummary> resolutionTimes(const StatisticsFilter& filter);
    // The 1-based nearest rank of percentile p (0 < p <= 100) among count sorted values: ceil(p / 100 * count),
    // at least 1; 0 for no values. The median is rank(50, n), the 90th percentile rank(90, n).
    static qint64 nearestRank(double p, qint64 count);

    // Open tasks whose due date is before `now`, of tickets not merged (of one constituency when given): the
    // dashboard's overdue count. Counts through the (state, due) index.
    Result<qint64> overdueTasks(const QString& constituency, const QDateTime& now);

    // The median (mean of the middle two for an even count) and the nearest-rank percentile (0 < p <= 100);
    // 0 for no values.
    static double median(QList<double> values);
    static double percentile(QList<double> values, double p);

private:
    Vault& m_vault;
};

} // namespace fb

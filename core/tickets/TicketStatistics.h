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

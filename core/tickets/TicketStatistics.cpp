// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketStatistics.h"

#include "core/taxonomy/Rsit.h"
#include "core/tickets/Lifecycle.h"
#include "core/tickets/TicketKind.h"
#include "core/vault/Vault.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fb {

namespace {

const QList<TicketKind> kKinds{TicketKind::Report, TicketKind::Incident, TicketKind::Investigation,
                               TicketKind::Countermeasure};

struct Range
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive: midnight after the last day
};

QDateTime utcMidnight(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

Result<Range> rangeOf(const StatisticsFilter& filter)
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.from > filter.to)
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("fb::TicketStatistics",
                                                "The date range needs a first day on or before its last day."),
                    QStringLiteral("%1..%2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    return Range{utcMidnight(filter.from).toMSecsSinceEpoch(), utcMidnight(filter.to.addDays(1)).toMSecsSinceEpoch()};
}

// Binds ?1 from, ?2 to (exclusive) and ?3 constituency ('' for all), as every query here uses them.
void bindFilter(Query& q, const Range& range, const StatisticsFilter& filter)
{
    q.bind(1, range.fromMs).bind(2, range.toMs).bind(3, filter.constituency);
}

StatisticsTable emptyTable(const QString& categoryKey, const QStringList& categories, const QStringList& labels)
{
    StatisticsTable table;
    table.categoryKey = categoryKey;
    table.categories = categories;
    table.categoryLabels = labels;
    return table;
}

StatisticsSeries zeroSeries(const QString& key, const QString& label, qsizetype size)
{
    return StatisticsSeries{key, label, QList<double>(size, 0.0)};
}

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

double hoursBetween(qint64 fromMs, qint64 toMs)
{
    return double(toMs - fromMs) / 3600000.0;
}

} // namespace

TicketStatistics::TicketStatistics(Vault& vault)
    : m_vault(vault)
{
}

Result<QStringList> TicketStatistics::constituencies()
{
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT DISTINCT constituency FROM tickets WHERE constituency <> '' "
                                        "ORDER BY constituency COLLATE NOCASE"));
    QStringList names;
    FB_TRY(q.forEachRow([&](const Query& row) { names.append(row.text(0)); }));
    return names;
}

Result<qint64> TicketStatistics::overdueTasks(const QString& constituency, const QDateTime& now)
{
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT count(*) FROM ticket_tasks t JOIN tickets k ON k.id = t.ticket_id "
                                        "WHERE t.state = 'open' AND t.due_at < ?1 AND k.merged_into IS NULL "
                                        "AND (?2 = '' OR k.constituency = ?2)"));
    q.bind(1, now.toMSecsSinceEpoch()).bind(2, constituency);
    FB_TRY_ASSIGN(auto row, q.next());
    return row ? q.int64(0) : 0;
}

Result<StatisticsTable> TicketStatistics::incidentsByClassPerMonth(const StatisticsFilter& filter)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    QStringList months;
    QStringList labels;
    for (QDate month(filter.from.year(), filter.from.month(), 1); month <= filter.to; month = month.addMonths(1)) {
        months.append(month.toString(QStringLiteral("yyyy-MM")));
        labels.append(QLocale().toString(month, QStringLiteral("MMM yy")));
    }
    StatisticsTable table = emptyTable(QStringLiteral("month"), months, labels);

    FB_TRY_ASSIGN(auto q,
                  m_vault.query("SELECT strftime('%Y-%m', created_at / 1000, 'unixepoch'), rsit_class, count(*) "
                                "FROM tickets WHERE kind = 'incident' AND merged_into IS NULL AND created_at >= ?1 AND "
                                "created_at < ?2 AND (?3 = '' OR constituency = ?3) GROUP BY 1, 2"));
    bindFilter(q, range, filter);
    QHash<QString, QHash<QString, double>> counts; // class -> month -> count
    FB_TRY(q.forEachRow([&](const Query& row) {
        const QString rsitClass = row.text(1).isEmpty() ? QStringLiteral("unclassified") : row.text(1);
        counts[rsitClass][row.text(0)] += double(row.int64(2));
    }));

    QStringList order;
    for (const RsitClass& rsitClass : Rsit::builtin().classes())
        order.append(rsitClass.key);
    QStringList present = counts.keys();
    std::sort(present.begin(), present.end(), [&order](const QString& a, const QString& b) {
        const auto ia = order.indexOf(a) < 0 ? order.size() : order.indexOf(a);
        const auto ib = order.indexOf(b) < 0 ? order.size() : order.indexOf(b);
        return ia != ib ? ia < ib : a < b;
    });
    for (const QString& key : std::as_const(present)) {
        const RsitClass* known = Rsit::builtin().findClass(key);
        StatisticsSeries series = zeroSeries(key, known ? known->name : tr("Unclassified"), months.size());
        const QHash<QString, double>& perMonth = counts.value(key);
        for (auto it = perMonth.begin(); it != perMonth.end(); ++it) {
            const qsizetype index = months.indexOf(it.key());
            if (index >= 0)
                series.values[index] = it.value();
        }
        table.series.append(series);
    }
    return table;
}

Result<StatisticsTable> TicketStatistics::openByKindAndState(const StatisticsFilter& filter)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    QStringList kinds;
    QStringList labels;
    QStringList activeStates;
    for (TicketKind kind : kKinds) {
        kinds.append(TicketEnums::key(kind));
        labels.append(TicketEnums::displayName(kind));
        const Lifecycle& lifecycle = Lifecycle::of(kind);
        for (const QString& state : lifecycle.states()) {
            if (lifecycle.isActive(state) && !activeStates.contains(state))
                activeStates.append(state);
        }
    }
    StatisticsTable table = emptyTable(QStringLiteral("kind"), kinds, labels);
    for (const QString& state : std::as_const(activeStates))
        table.series.append(zeroSeries(state, Lifecycle::displayState(state), kinds.size()));

    FB_TRY_ASSIGN(
        auto q, m_vault.query("SELECT kind, state, count(*) FROM tickets WHERE merged_into IS NULL AND "
                              "created_at >= ?1 AND created_at < ?2 AND (?3 = '' OR constituency = ?3) GROUP BY 1, 2"));
    bindFilter(q, range, filter);
    FB_TRY(q.forEachRow([&](const Query& row) {
        const auto kind = TicketEnums::parseKind(row.text(0));
        if (!kind || !Lifecycle::of(*kind).isActive(row.text(1)))
            return;
        const qsizetype state = activeStates.indexOf(row.text(1));
        table.series[state].values[kinds.indexOf(row.text(0))] = double(row.int64(2));
    }));
    return table;
}

Result<StatisticsTable> TicketStatistics::slaBreachesPerWeek(const StatisticsFilter& filter, const QDateTime& now)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    QStringList weeks;
    QStringList labels;
    for (QDate monday = mondayOf(filter.from); monday <= filter.to; monday = monday.addDays(7)) {
        weeks.append(monday.toString(Qt::ISODate));
        labels.append(QLocale().toString(monday, QStringLiteral("d MMM")));
    }
    StatisticsTable table = emptyTable(QStringLiteral("week"), weeks, labels);
    table.series.append(zeroSeries(QStringLiteral("response"), tr("First response late"), weeks.size()));
    table.series.append(zeroSeries(QStringLiteral("resolution"), tr("Resolution late"), weeks.size()));

    FB_TRY_ASSIGN(
        auto q,
        m_vault.query(
            "SELECT first_response_at, closed_at, response_due, resolve_due FROM tickets WHERE merged_into IS NULL AND "
            "(?3 = '' OR constituency = ?3) AND ((response_due >= ?1 AND response_due < ?2) OR "
            "(resolve_due >= ?1 AND resolve_due < ?2))"));
    bindFilter(q, range, filter);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto count = [&](int series, qint64 dueMs) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(dueMs, Qt::UTC).date();
        const qsizetype index = weeks.indexOf(mondayOf(day).toString(Qt::ISODate));
        if (index >= 0)
            table.series[series].values[index] += 1;
    };
    auto inRange = [&](std::optional<qint64> due) {
        return due && *due >= range.fromMs && *due < range.toMs && *due < nowMs;
    };
    FB_TRY(q.forEachRow([&](const Query& row) {
        const auto responded = row.optionalInt64(0);
        const auto closed = row.optionalInt64(1);
        const auto responseDue = row.optionalInt64(2);
        const auto resolveDue = row.optionalInt64(3);
        if (inRange(responseDue) && (!responded || *responded > *responseDue))
            count(0, *responseDue);
        if (inRange(resolveDue) && (!closed || *closed > *resolveDue))
            count(1, *resolveDue);
    }));
    return table;
}

Result<StatisticsTable> TicketStatistics::responseTimesBySeverity(const StatisticsFilter& filter)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    QStringList severities;
    QStringList labels;
    for (int severity = 1; severity <= 4; ++severity) {
        severities.append(QString::number(severity));
        labels.append(TicketEnums::severityName(severity));
    }
    FB_TRY_ASSIGN(
        auto q,
        m_vault.query(
            "SELECT kind, state, severity, created_at, first_response_at, closed_at FROM tickets WHERE "
            "kind IN ('report', 'incident') AND merged_into IS NULL AND created_at >= ?1 AND created_at < ?2 AND "
            "(?3 = '' OR constituency = ?3)"));
    bindFilter(q, range, filter);
    QList<double> response[4];
    QList<double> resolution[4];
    FB_TRY(q.forEachRow([&](const Query& row) {
        const int severity = std::clamp(int(row.int64(2)), 1, 4) - 1;
        const qint64 created = row.int64(3);
        if (row.text(0) == QLatin1String("report") && !row.isNull(4))
            response[severity].append(hoursBetween(created, row.int64(4)));
        if (row.text(1) == QLatin1String("resolved") && !row.isNull(5))
            resolution[severity].append(hoursBetween(created, row.int64(5)));
    }));

    StatisticsTable table = emptyTable(QStringLiteral("severity"), severities, labels);
    StatisticsSeries medianResponse = zeroSeries(QStringLiteral("median-response"), tr("Median first response (h)"), 4);
    StatisticsSeries p90Response =
        zeroSeries(QStringLiteral("p90-response"), tr("90th percentile first response (h)"), 4);
    StatisticsSeries medianResolution = zeroSeries(QStringLiteral("median-resolution"), tr("Median resolution (h)"), 4);
    StatisticsSeries p90Resolution =
        zeroSeries(QStringLiteral("p90-resolution"), tr("90th percentile resolution (h)"), 4);
    StatisticsSeries responses = zeroSeries(QStringLiteral("responses"), tr("Reports responded to"), 4);
    StatisticsSeries resolutions = zeroSeries(QStringLiteral("resolutions"), tr("Tickets resolved"), 4);
    for (int i = 0; i < 4; ++i) {
        medianResponse.values[i] = median(response[i]);
        p90Response.values[i] = percentile(response[i], 90);
        medianResolution.values[i] = median(resolution[i]);
        p90Resolution.values[i] = percentile(resolution[i], 90);
        responses.values[i] = double(response[i].size());
        resolutions.values[i] = double(resolution[i].size());
    }
    table.series = {medianResponse, p90Response, medianResolution, p90Resolution, responses, resolutions};
    return table;
}

Result<StatisticsTable> TicketStatistics::reportsByChannelAndReporter(const StatisticsFilter& filter)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    const QStringList channels = TicketEnums::howReportedKeys();
    QStringList labels;
    for (const QString& key : channels)
        labels.append(TicketEnums::displayName(*TicketEnums::parseHowReported(key)));
    StatisticsTable table = emptyTable(QStringLiteral("how-reported"), channels, labels);
    const QStringList types = TicketEnums::reporterTypeKeys();
    for (const QString& key : types)
        table.series.append(
            zeroSeries(key, TicketEnums::displayName(*TicketEnums::parseReporterType(key)), channels.size()));

    FB_TRY_ASSIGN(auto q,
                  m_vault.query("SELECT how_reported, reporter_type, count(*) FROM tickets WHERE kind = 'report' AND "
                                "merged_into IS NULL AND created_at >= ?1 AND created_at < ?2 AND "
                                "(?3 = '' OR constituency = ?3) GROUP BY 1, 2"));
    bindFilter(q, range, filter);
    FB_TRY(q.forEachRow([&](const Query& row) {
        const qsizetype channel = channels.indexOf(row.text(0));
        const qsizetype type = types.indexOf(row.text(1));
        if (channel >= 0 && type >= 0)
            table.series[type].values[channel] = double(row.int64(2));
    }));
    return table;
}

Result<PeriodTotals> TicketStatistics::periodTotals(const StatisticsFilter& filter)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    // Four sub-selects, each over its own index; "resolved" is the state now (a reopened incident has no closing
    // time, and an abandoned one is not resolved).
    FB_TRY_ASSIGN(
        auto q,
        m_vault.query(
            "SELECT (SELECT count(*) FROM tickets WHERE kind = 'report' AND created_at >= ?1 AND created_at < ?2 AND "
            "merged_into IS NULL AND (?3 = '' OR constituency = ?3)), "
            "(SELECT count(*) FROM tickets WHERE kind = 'incident' AND created_at >= ?1 AND created_at < ?2 AND "
            "merged_into IS NULL AND (?3 = '' OR constituency = ?3)), "
            "(SELECT count(*) FROM tickets WHERE kind = 'incident' AND closed_at >= ?1 AND closed_at < ?2 AND "
            "state = 'resolved' AND merged_into IS NULL AND (?3 = '' OR constituency = ?3)), "
            "(SELECT count(*) FROM tickets WHERE kind = 'incident' AND created_at < ?2 AND "
            "(closed_at IS NULL OR closed_at >= ?2) AND merged_into IS NULL AND (?3 = '' OR constituency = ?3))"));
    bindFilter(q, range, filter);
    FB_TRY_ASSIGN(auto row, q.next());
    PeriodTotals totals;
    if (row) {
        totals.reportsReceived = q.int64(0);
        totals.incidentsOpened = q.int64(1);
        totals.incidentsResolved = q.int64(2);
        totals.incidentsOpenAtEnd = q.int64(3);
    }
    return totals;
}

Result<QList<GroupCount>> TicketStatistics::incidentsByClassAndType(const StatisticsFilter& filter)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT rsit_class, rsit_type, count(*) FROM tickets WHERE kind = 'incident' "
                                        "AND created_at >= ?1 AND created_at < ?2 AND merged_into IS NULL AND "
                                        "(?3 = '' OR constituency = ?3) GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"));
    bindFilter(q, range, filter);
    QList<GroupCount> counts;
    FB_TRY(q.forEachRow([&](const Query& row) { counts.append(GroupCount{row.text(0), row.text(1), row.int64(2)}); }));
    return counts;
}

Result<QList<GroupCount>> TicketStatistics::reportsByReporterType(const StatisticsFilter& filter)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT reporter_type, count(*) FROM tickets WHERE kind = 'report' AND "
                                        "created_at >= ?1 AND created_at < ?2 AND merged_into IS NULL AND "
                                        "(?3 = '' OR constituency = ?3) GROUP BY 1 ORDER BY 2 DESC, 1"));
    bindFilter(q, range, filter);
    QList<GroupCount> counts;
    FB_TRY(q.forEachRow([&](const Query& row) { counts.append(GroupCount{row.text(0), {}, row.int64(1)}); }));
    return counts;
}

qint64 TicketStatistics::nearestRank(double p, qint64 count)
{
    if (count <= 0)
        return 0;
    const auto rank = qint64(std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * double(count)));
    return std::clamp<qint64>(rank, 1, count);
}

namespace {

// Count, median and 90th percentile of the durations `durationSql` selects (one column, ?1..?3 bound as
// bindFilter does): the count first, then each rank read with ORDER BY ... LIMIT 1 OFFSET, so that no more than
// one value leaves SQLite (version 3.15 has no window functions).
Result<DurationSummary> durations(Vault& vault, const char* durationSql, const Range& range,
                                  const StatisticsFilter& filter)
{
    const QByteArray base(durationSql);
    FB_TRY_ASSIGN(auto counted, vault.query(QByteArray("SELECT count(*) FROM (" + base + ")").constData()));
    bindFilter(counted, range, filter);
    FB_TRY_ASSIGN(auto row, counted.next());
    DurationSummary summary;
    summary.count = row ? counted.int64(0) : 0;
    if (summary.count == 0)
        return summary;
    const QByteArray rankedSql = base + " ORDER BY 1 LIMIT 1 OFFSET ?4";
    auto at = [&](double p) -> Result<qint64> {
        FB_TRY_ASSIGN(auto ranked, vault.query(rankedSql.constData()));
        bindFilter(ranked, range, filter);
        ranked.bind(4, TicketStatistics::nearestRank(p, summary.count) - 1);
        FB_TRY_ASSIGN(auto found, ranked.next());
        return found ? ranked.int64(0) : 0;
    };
    FB_TRY_ASSIGN(summary.medianMs, at(50));
    FB_TRY_ASSIGN(summary.p90Ms, at(90));
    return summary;
}

} // namespace

Result<DurationSummary> TicketStatistics::firstResponseTimes(const StatisticsFilter& filter)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    return durations(m_vault,
                     "SELECT first_response_at - created_at FROM tickets WHERE kind = 'report' AND created_at >= ?1 "
                     "AND created_at < ?2 AND merged_into IS NULL AND (?3 = '' OR constituency = ?3) AND "
                     "first_response_at IS NOT NULL",
                     range, filter);
}

Result<DurationSummary> TicketStatistics::resolutionTimes(const StatisticsFilter& filter)
{
    FB_TRY_ASSIGN(auto range, rangeOf(filter));
    return durations(m_vault,
                     "SELECT closed_at - created_at FROM tickets WHERE kind = 'incident' AND closed_at >= ?1 AND "
                     "closed_at < ?2 AND state = 'resolved' AND merged_into IS NULL AND (?3 = '' OR constituency = ?3)",
                     range, filter);
}

double TicketStatistics::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double TicketStatistics::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

} // namespace fb

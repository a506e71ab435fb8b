// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ConstituencyReport.h"

#include "core/report/ReportHtml.h"

#include "core/base/CsvWriter.h"
#include "core/taxonomy/Rsit.h"
#include "core/tickets/TicketKind.h"
#include "core/vault/Vault.h"

#include <QRegularExpression>

#include <functional>

namespace fb {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString when(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QString hours(qint64 ms)
{
    return QString::number(double(ms) / 3600000.0, 'f', 2);
}

QString constituencyName(const ConstituencyReportData& d)
{
    return d.constituency.isEmpty() ? ConstituencyReport::tr("All constituencies") : d.constituency;
}

QString generatedLine(const ConstituencyReportData& d)
{
    return d.team.name.isEmpty() ? ConstituencyReport::tr("Generated %1 by %2.").arg(when(d.generatedAt), d.generatedBy)
                                 : ConstituencyReport::tr("Generated %1 by %2 for %3.")
                                       .arg(when(d.generatedAt), d.generatedBy, d.team.name);
}

// A section of the report as a table: its heading, column names and rows, and what to say when it has none.
struct Table
{
    QString heading;
    QStringList header;
    QList<QStringList> rows;
    QString none;
};

QList<Table> tables(const ConstituencyReportData& d)
{
    using R = ConstituencyReport;
    QList<Table> out;
    const QString count = R::tr("Count");
    out.append(
        Table{R::tr("Summary"),
              {R::tr("Measure"), count},
              {{R::tr("Incident reports received"), QString::number(d.totals.reportsReceived)},
               {R::tr("Incidents opened"), QString::number(d.totals.incidentsOpened)},
               {R::tr("Incidents resolved"), QString::number(d.totals.incidentsResolved)},
               {R::tr("Incidents still open at the end of the period"), QString::number(d.totals.incidentsOpenAtEnd)}},
              {}});
    Table byClass{R::tr("Incidents opened by RSIT class and type"), {R::tr("Class"), R::tr("Type"), count}, {}, {}};
    for (const ReportCount& c : d.byClassAndType)
        byClass.rows.append({c.label, c.subLabel, QString::number(c.count)});
    byClass.none = R::tr("No incident was opened in the period.");
    out.append(byClass);
    Table byReporter{R::tr("Incident reports by reporter type"), {R::tr("Reporter type"), count}, {}, {}};
    for (const ReportCount& c : d.byReporterType)
        byReporter.rows.append({c.label, QString::number(c.count)});
    byReporter.none = R::tr("No incident report was received in the period.");
    out.append(byReporter);
    out.append(Table{
        R::tr("Response and resolution times"),
        {R::tr("Measure"), R::tr("Tickets"), R::tr("Median"), R::tr("90th percentile")},
        {{R::tr("First response to an incident report"), QString::number(d.firstResponse.count),
          R::duration(d.firstResponse.medianMs, d.firstResponse.count),
          R::duration(d.firstResponse.p90Ms, d.firstResponse.count)},
         {R::tr("Resolution of an incident"), QString::number(d.resolution.count),
          R::duration(d.resolution.medianMs, d.resolution.count), R::duration(d.resolution.p90Ms, d.resolution.count)}},
        {}});
    out.append(Table{R::tr("SLA breaches"),
                     {R::tr("Due date missed"), count},
                     {{R::tr("First response"), QString::number(d.responseBreaches)},
                      {R::tr("Resolution"), QString::number(d.resolutionBreaches)}},
                     {}});
    return out;
}

QList<ReportCount> classCounts(const QList<GroupCount>& groups)
{
    QList<ReportCount> out;
    for (const GroupCount& g : groups) {
        ReportCount c{g.key, {}, g.subKey, {}, g.count};
        const RsitClass* rsitClass = Rsit::builtin().findClass(g.key);
        c.label = g.key.isEmpty() ? ConstituencyReport::tr("Unclassified") : rsitClass ? rsitClass->name : g.key;
        const RsitType* type = Rsit::builtin().findType(g.key, g.subKey);
        c.subLabel = g.subKey.isEmpty() ? ConstituencyReport::tr("No type") : type ? type->name : g.subKey;
        out.append(c);
    }
    return out;
}

QList<ReportCount> reporterCounts(const QList<GroupCount>& groups)
{
    QList<ReportCount> out;
    for (const GroupCount& g : groups) {
        const auto type = TicketEnums::parseReporterType(g.key);
        out.append(ReportCount{g.key, type ? TicketEnums::displayName(*type) : g.key, {}, {}, g.count});
    }
    return out;
}

double sum(const StatisticsTable& table, const QString& seriesKey)
{
    double total = 0;
    for (const QString& category : table.categories)
        total += table.value(seriesKey, category);
    return total;
}

} // namespace

QStringList ConstituencyReport::formats()
{
    return {QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("csv")};
}

QString ConstituencyReport::extension(const QString& format)
{
    return format == QLatin1String("text") ? QStringLiteral("txt") : format;
}

Result<QString> ConstituencyReport::resolveConstituency(Vault& vault, const QString& name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return QString();
    FB_TRY_ASSIGN(auto known, TicketStatistics(vault).constituencies());
    for (const QString& candidate : std::as_const(known)) {
        if (candidate.compare(wanted, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return fail(ErrorCode::NotFound, tr("No ticket names the constituency “%1”.").arg(wanted),
                QStringLiteral("constituency"));
}

Result<ConstituencyReportData> ConstituencyReport::collect(Vault& vault, const Clock& clock, const QString& actor,
                                                           const StatisticsFilter& filter, JobControl& control)
{
    ConstituencyReportData d;
    d.from = filter.from;
    d.to = filter.to;
    d.generatedAt = clock.nowUtc();
    d.generatedBy = actor;
    StatisticsFilter resolved = filter;
    FB_TRY_ASSIGN(resolved.constituency, resolveConstituency(vault, filter.constituency));
    d.constituency = resolved.constituency;
    TicketStatistics statistics(vault);

    // Each step one or a few grouped queries; cancel is honoured between them.
    const QList<std::function<Status()>> steps{
        [&]() -> Status {
            FB_TRY_ASSIGN(d.totals, statistics.periodTotals(resolved));
            return {};
        },
        [&]() -> Status {
            FB_TRY_ASSIGN(auto groups, statistics.incidentsByClassAndType(resolved));
            d.byClassAndType = classCounts(groups);
            return {};
        },
        [&]() -> Status {
            FB_TRY_ASSIGN(auto groups, statistics.reportsByReporterType(resolved));
            d.byReporterType = reporterCounts(groups);
            return {};
        },
        [&]() -> Status {
            FB_TRY_ASSIGN(d.firstResponse, statistics.firstResponseTimes(resolved));
            FB_TRY_ASSIGN(d.resolution, statistics.resolutionTimes(resolved));
            return {};
        },
        [&]() -> Status {
            // The dashboard's rule, once: a due date in the range, already past, missed.
            FB_TRY_ASSIGN(auto breaches, statistics.slaBreachesPerWeek(resolved, d.generatedAt));
            d.responseBreaches = qint64(sum(breaches, QStringLiteral("response")));
            d.resolutionBreaches = qint64(sum(breaches, QStringLiteral("resolution")));
            return {};
        },
        [&]() -> Status {
            FB_TRY_ASSIGN(d.team, IncidentReport::ourTeam(vault));
            return {};
        },
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        control.setProgress(i, steps.size(), tr("Counting tickets…"));
        FB_TRY(steps.at(i)());
    }
    control.setProgress(steps.size(), steps.size());
    return d;
}

QString ConstituencyReport::duration(qint64 ms, qint64 count)
{
    if (count <= 0)
        return QStringLiteral("—");
    const qint64 minutes = (ms + 30000) / 60000;
    const qint64 days = minutes / 1440;
    const qint64 hoursPart = minutes % 1440 / 60;
    const qint64 rest = minutes % 60;
    QStringList parts;
    if (days)
        parts.append(tr("%1 d").arg(days));
    if (hoursPart)
        parts.append(tr("%1 h").arg(hoursPart));
    if (rest && !days)
        parts.append(tr("%1 min").arg(rest));
    if (parts.isEmpty())
        parts.append(tr("%1 min").arg(0));
    return parts.join(QLatin1Char(' '));
}

QString ConstituencyReport::caption(const ConstituencyReportData& d)
{
    return tr("%1, %2 to %3").arg(constituencyName(d), day(d.from), day(d.to));
}

QString ConstituencyReport::documentTitle(const ConstituencyReportData& d)
{
    return tr("Constituency report: %1").arg(caption(d));
}

QString ConstituencyReport::fileName(const ConstituencyReportData& d, const QString& format)
{
    static const QRegularExpression notSafe(QStringLiteral("[^a-z0-9]+"));
    QString name = d.constituency.isEmpty() ? QStringLiteral("all") : d.constituency.toLower();
    name.replace(notSafe, QStringLiteral("-"));
    name = name.mid(0, 40);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("constituency");
    return QStringLiteral("constituency-report-%1-%2-%3.%4").arg(name, day(d.from), day(d.to), extension(format));
}

QString ConstituencyReport::toText(const ConstituencyReportData& d)
{
    const QString label = Tlp::label(d.tlp);
    QString t = label + QStringLiteral("\n\n") + documentTitle(d) + QLatin1Char('\n');
    if (!d.team.name.isEmpty())
        t += d.team.name + QLatin1Char('\n');
    t += generatedLine(d) + QLatin1Char('\n');
    for (const Table& table : tables(d)) {
        t += QLatin1Char('\n') + table.heading + QLatin1Char('\n') + QString(table.heading.size(), QLatin1Char('-')) +
             QLatin1Char('\n');
        if (table.rows.isEmpty()) {
            t += table.none + QLatin1Char('\n');
            continue;
        }
        // Columns as wide as their widest cell; a column of numbers and durations (each starts with a digit, or
        // is "—") is aligned right.
        QList<qsizetype> widths(table.header.size(), 0);
        QList<bool> numeric(table.header.size(), true);
        for (const QStringList& row : QList<QStringList>{table.header} + table.rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], std::min<qsizetype>(row.at(i).size(), 60));
        }
        for (const QStringList& row : table.rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                const QString& cell = row.at(i);
                if (cell != QStringLiteral("—") && (cell.isEmpty() || !cell.at(0).isDigit()))
                    numeric[i] = false;
            }
        }
        auto line = [&](const QStringList& row) -> QString {
            QStringList cells;
            for (qsizetype i = 0; i < row.size(); ++i)
                cells.append(numeric[i] ? row.at(i).rightJustified(widths[i]) : row.at(i).leftJustified(widths[i]));
            return cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        };
        t += line(table.header);
        for (const QStringList& row : table.rows)
            t += line(row);
    }
    t += QLatin1Char('\n') + label + QLatin1Char('\n');
    return t;
}

QString ConstituencyReport::toHtml(const ConstituencyReportData& d, bool forPdf)
{
    const QString label = ReportHtml::tlpLabel(d.tlp);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>") +
         esc(documentTitle(d)) + QStringLiteral("</title>\n");
    h += QStringLiteral("<style>\n"
                        "body { font-family: sans-serif; }\n"
                        "table { border-collapse: collapse; margin-bottom: 1em; }\n"
                        "th, td { border: 1px solid #888; padding: 2px 6px; text-align: left; }\n"
                        "td.n { text-align: right; }\n"
                        ".tlp { margin: 0.5em 0; }\n"
                        "</style>\n</head>\n<body>\n");
    if (!forPdf)
        h += QStringLiteral("<div class=\"tlp tlp-header\">") + label + QStringLiteral("</div>\n");
    h += QStringLiteral("<h1>") + esc(documentTitle(d)) + QStringLiteral("</h1>\n");
    if (!d.team.name.isEmpty())
        h += QStringLiteral("<p class=\"team\">") + esc(d.team.name) + QStringLiteral("</p>\n");
    h += QStringLiteral("<p class=\"generated\">") + esc(generatedLine(d)) + QStringLiteral("</p>\n");
    static const QRegularExpression number(QStringLiteral("^([0-9]|—$)")); // counts and durations
    for (const Table& table : tables(d))
        h += ReportHtml::section(table.heading, table.header, table.rows, table.none,
                                 [](qsizetype, const QString& cell) {
                                     return number.match(cell).hasMatch() ? QStringLiteral("n") : QString();
                                 });
    return h + ReportHtml::end(label, forPdf);
}

QByteArray ConstituencyReport::toCsv(const ConstituencyReportData& d)
{
    QList<QStringList> rows{{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("name"),
                             QStringLiteral("subkey"), QStringLiteral("subname"), QStringLiteral("measure"),
                             QStringLiteral("value")}};
    auto add = [&rows](const QString& section, const QString& key, const QString& name, const QString& subKey,
                       const QString& subName, const QString& measure, const QString& value) {
        rows.append({section, key, name, subKey, subName, measure, value});
    };
    const QString info = QStringLiteral("report");
    add(info, QStringLiteral("tlp"), {}, {}, {}, QStringLiteral("label"), Tlp::label(d.tlp));
    add(info, QStringLiteral("from"), {}, {}, {}, QStringLiteral("date"), day(d.from));
    add(info, QStringLiteral("to"), {}, {}, {}, QStringLiteral("date"), day(d.to));
    add(info, QStringLiteral("constituency"), constituencyName(d), {}, {}, QStringLiteral("name"), d.constituency);
    add(info, QStringLiteral("generated"), {}, {}, {}, QStringLiteral("time"),
        d.generatedAt.toUTC().toString(Qt::ISODate));
    const QString totals = QStringLiteral("totals");
    const QString count = QStringLiteral("count");
    add(totals, QStringLiteral("reports-received"), tr("Incident reports received"), {}, {}, count,
        QString::number(d.totals.reportsReceived));
    add(totals, QStringLiteral("incidents-opened"), tr("Incidents opened"), {}, {}, count,
        QString::number(d.totals.incidentsOpened));
    add(totals, QStringLiteral("incidents-resolved"), tr("Incidents resolved"), {}, {}, count,
        QString::number(d.totals.incidentsResolved));
    add(totals, QStringLiteral("incidents-open-at-end"), tr("Incidents still open at the end of the period"), {}, {},
        count, QString::number(d.totals.incidentsOpenAtEnd));
    for (const ReportCount& c : d.byClassAndType)
        add(QStringLiteral("incidents-by-class"), c.key, c.label, c.subKey, c.subLabel, count,
            QString::number(c.count));
    for (const ReportCount& c : d.byReporterType)
        add(QStringLiteral("reports-by-reporter-type"), c.key, c.label, {}, {}, count, QString::number(c.count));
    for (const auto& [key, name, summary] :
         {std::tuple{QStringLiteral("first-response"), tr("First response to an incident report"), d.firstResponse},
          std::tuple{QStringLiteral("resolution"), tr("Resolution of an incident"), d.resolution}}) {
        add(QStringLiteral("times"), key, name, {}, {}, count, QString::number(summary.count));
        add(QStringLiteral("times"), key, name, {}, {}, QStringLiteral("median-hours"),
            summary.count ? hours(summary.medianMs) : QString());
        add(QStringLiteral("times"), key, name, {}, {}, QStringLiteral("p90-hours"),
            summary.count ? hours(summary.p90Ms) : QString());
    }
    add(QStringLiteral("sla-breaches"), QStringLiteral("response"), tr("First response"), {}, {}, count,
        QString::number(d.responseBreaches));
    add(QStringLiteral("sla-breaches"), QStringLiteral("resolution"), tr("Resolution"), {}, {}, count,
        QString::number(d.resolutionBreaches));
    return CsvWriter::write(rows);
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ConstituencyReport: the periodic report on one constituency (or all) for a date range, as RTIR's: reports
// received, incidents opened, resolved and still open, incidents by RSIT class and type, reports by reporter type,
// time to first response and to resolution (nearest-rank median and 90th percentile) and SLA breaches. collect()
// reads the numbers through TicketStatistics (grouped SQL, never every ticket); toText(), toHtml() and toCsv()
// render them. Counts only: no ticket number, title, reporter or observable is in it, so its label is TLP:AMBER
// whatever the counted tickets carry (docs/reports.md). PDF is export/ConstituencyReportFile.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/report/IncidentReport.h"
#include "core/taxonomy/Tlp.h"
#include "core/tickets/TicketStatistics.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

class Vault;

// One line of a breakdown: the stable key(s) and the translated name(s) with the count.
struct ReportCount
{
    QString key;      // RSIT class, reporter type; "" for none given
    QString label;    // translated
    QString subKey;   // RSIT type; empty for reporter types
    QString subLabel; // translated
    qint64 count = 0;
};

struct ConstituencyReportData
{
    QDate from;           // first day, UTC
    QDate to;             // last day, UTC (included)
    QString constituency; // empty: every constituency
    TlpLevel tlp = TlpLevel::Amber;
    ReportTeam team;
    QDateTime generatedAt;
    QString generatedBy;

    PeriodTotals totals;
    QList<ReportCount> byClassAndType; // incidents opened in the range
    QList<ReportCount> byReporterType; // reports received in the range
    DurationSummary firstResponse;     // reports received in the range that have a first response
    DurationSummary resolution;        // incidents resolved in the range
    qint64 responseBreaches = 0;       // response due dates in the range (and past) missed
    qint64 resolutionBreaches = 0;     // resolve due dates in the range (and past) missed
};

class ConstituencyReport
{
    Q_DECLARE_TR_FUNCTIONS(fb::ConstituencyReport)

public:
    ConstituencyReport() = delete;

    // "text", "html", "pdf", "csv": the formats a report is written in.
    static QStringList formats();
    // "txt", "html", "pdf", "csv": the file extension of a format.
    static QString extension(const QString& format);

    // The constituency as tickets name it: empty stays empty (all); otherwise the name a ticket carries,
    // compared without case. NotFound when no ticket names it.
    static Result<QString> resolveConstituency(Vault& vault, const QString& name);

    // The numbers of the filter's range at `clock`'s now (SLA breaches count due dates already past). BadInput for
    // an empty or reversed range, NotFound for an unknown constituency; Cancelled when control is cancelled.
    static Result<ConstituencyReportData> collect(Vault& vault, const Clock& clock, const QString& actor,
                                                  const StatisticsFilter& filter, JobControl& control);

    // Plain text, lines of at most 100 characters, the TLP label first and last.
    static QString toText(const ConstituencyReportData& data);
    // A whole HTML document; forPdf leaves out the label lines that PdfRenderer draws on every page itself.
    static QString toHtml(const ConstituencyReportData& data, bool forPdf = false);
    // The long format: one row per number, columns section,key,name,subkey,subname,measure,value (docs/reports.md).
    static QByteArray toCsv(const ConstituencyReportData& data);

    // "Constituency report: Example Bank, 2026-01-01 to 2026-03-31"
    static QString documentTitle(const ConstituencyReportData& data);
    // "Example Bank, 2026-01-01 to 2026-03-31": the caption beside the label on every PDF page.
    static QString caption(const ConstituencyReportData& data);
    // "constituency-report-example-bank-2026-01-01-2026-03-31.pdf" (all: "constituency-report-all-...").
    static QString fileName(const ConstituencyReportData& data, const QString& format);
    // "3 h 20 min", "2 d 4 h": a duration as the report writes it; "—" for none.
    static QString duration(qint64 ms, qint64 count);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// SharedStatistics: counts of incidents per RSIT class, RSIT type, month and constituency sector or country, fit
// for publication or for a national team: no observables, titles, ticket numbers or constituency names; every
// cell with a count from 1 to k-1 suppressed (no count, marked); no totals of any kind, so a suppressed cell
// cannot be recomputed from published sums. Written as CSV or JSON stating the threshold, rule, period,
// generator and generation time (docs/exchange.md).
#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Clock;
class JobControl;
class Vault;

// What the fourth dimension of a cell is: the sector or the country of the constituency the incident concerns,
// taken from the directory team whose host organisation, official name or short name is the ticket's
// constituency (the oldest such team; "unknown" when no team matches or the team names none).
enum class StatisticsGrain {
    Sector,
    Country,
};

struct SharedStatisticsRequest
{
    QDate from; // first day, UTC
    QDate to;   // last day, UTC (included)
    int k = 5;  // the threshold: a count below it (and above 0) is suppressed; at least 2
    StatisticsGrain grain = StatisticsGrain::Sector;
};

// One published cell. A cell that is not listed is zero.
struct SharedStatisticsCell
{
    QString rsitClass;           // RSIT class key, "unclassified" for none
    QString rsitType;            // RSIT type key, "unspecified" for none
    QString month;               // "yyyy-MM", UTC
    QString group;               // the sector or the country (ISO 3166-1 alpha-2), "unknown" when not known
    std::optional<qint64> count; // std::nullopt: suppressed (1 to k-1 incidents)

    bool suppressed() const { return !count.has_value(); }
    bool operator==(const SharedStatisticsCell&) const = default;
};

// The table as published: the counts below k are already gone, so nothing downstream (preview, files) can show
// them.
struct SharedStatisticsTable
{
    SharedStatisticsRequest request;
    QDateTime generatedAt;             // UTC
    QString generator;                 // "Firebreak <version>"
    QList<SharedStatisticsCell> cells; // ordered by class, type (taxonomy order), month, group

    qsizetype suppressedCount() const;
};

class SharedStatistics
{
    Q_DECLARE_TR_FUNCTIONS(fb::SharedStatistics)

public:
    static constexpr int kDefaultThreshold = 5;
    static constexpr int kMinimumThreshold = 2;

    // Checks a request: a valid period (from on or before to) and k >= 2. BadInput otherwise.
    static Status check(const SharedStatisticsRequest& request);

    // Counts incidents (not reports, investigations or countermeasures; not merged ones) created in the period
    // with grouped SQL, maps constituencies to their sector or country, and suppresses. `control` (optional)
    // gets progress and may cancel (ErrorCode::Cancelled).
    static Result<SharedStatisticsTable> collect(Vault& vault, const Clock& clock,
                                                 const SharedStatisticsRequest& request, JobControl* control = nullptr);

    // The two file forms; `format` is "csv" or "json" (BadInput otherwise).
    static QByteArray toCsv(const SharedStatisticsTable& table);
    static QByteArray toJson(const SharedStatisticsTable& table);
    static Result<QByteArray> render(const SharedStatisticsTable& table, const QString& format);

    // "sector" / "country", and back (std::nullopt for anything else).
    static QString grainKey(StatisticsGrain grain);
    static std::optional<StatisticsGrain> parseGrain(const QString& key);
    static QString grainName(StatisticsGrain grain); // translated

    // The suppression rule in words, as the files state it (translated).
    static QString ruleText(int k);
    // What is counted, in words (translated).
    static QString scopeText();
    // A file name for the export: "statistics-2026-01-01-2026-03-31.csv".
    static QString fileName(const SharedStatisticsRequest& request, const QString& format);
};

} // namespace fb

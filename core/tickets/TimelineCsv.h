// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineCsv: timeline events as CSV, in and out. A header row names the columns (any order, case-insensitive):
// time (also: when, timestamp, date, start, occurred, occurred_at), end (until, end_time, ended, ended_at),
// what (title, event, summary), description (details, notes), source (from, origin), raw (raw_data, data, log).
// time and what are required; other columns are reported as ignored. Times are ISO 8601 with a zone (parseTime).
#pragma once

#include "core/base/CsvReader.h"
#include "core/base/Result.h"
#include "core/tickets/TimelineEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace fb {

struct TimelineCsvRows
{
    QList<NewTimelineEvent> events; // as written, not yet checked by TimelineStore::checked()
    QList<qsizetype> rows;          // each event's row in the file (the header is row 1)
    QMap<QString, int> columns;     // field key (time, end, what, description, source, raw) → its column, from 1
    QStringList ignoredColumns;
};

class TimelineCsv
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineCsv)

public:
    // The field keys, in export order.
    static QStringList fieldKeys();
    // An ISO 8601 date and time with a zone: "2026-03-01T14:05Z", "2026-03-01T14:05:09+01:00",
    // "2026-03-01 14:05:09.250-0500" (a space for the T, seconds and fractions optional, Z or ±hh:mm or ±hhmm).
    // Without a zone, a date alone or anything else: nullopt. In UTC.
    static std::optional<QDateTime> parseTime(const QString& text);
    // A time as written out: UTC with milliseconds, "2026-03-01T14:05:09.000Z".
    static QString formatTime(const QDateTime& time);

    // Rows of a CSV file into events: BadInput naming row and column for a file that is not CSV, a header without
    // time or what, a column named twice, a bad time, or a row with more fields than the header.
    static Result<TimelineCsvRows> parse(const QByteArray& csv, const CsvReader::Limits& limits);
    static QByteArray write(const QList<TimelineEvent>& events);
};

} // namespace fb

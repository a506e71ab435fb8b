// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TimelineCsv.h"

#include "core/base/CsvWriter.h"

#include <QRegularExpression>

namespace fb {

namespace {

// Each field key with the header names that mean it.
const QList<std::pair<QString, QStringList>>& columnNames()
{
    static const QList<std::pair<QString, QStringList>> names{
        {QStringLiteral("time"),
         {QStringLiteral("time"), QStringLiteral("when"), QStringLiteral("timestamp"), QStringLiteral("date"),
          QStringLiteral("start"), QStringLiteral("occurred"), QStringLiteral("occurred_at")}},
        {QStringLiteral("end"),
         {QStringLiteral("end"), QStringLiteral("until"), QStringLiteral("end_time"), QStringLiteral("ended"),
          QStringLiteral("ended_at")}},
        {QStringLiteral("what"),
         {QStringLiteral("what"), QStringLiteral("title"), QStringLiteral("event"), QStringLiteral("summary")}},
        {QStringLiteral("description"),
         {QStringLiteral("description"), QStringLiteral("details"), QStringLiteral("notes")}},
        {QStringLiteral("source"), {QStringLiteral("source"), QStringLiteral("from"), QStringLiteral("origin")}},
        {QStringLiteral("raw"),
         {QStringLiteral("raw"), QStringLiteral("raw_data"), QStringLiteral("data"), QStringLiteral("log")}},
    };
    return names;
}

QString keyOfHeader(const QString& header)
{
    QString name = header.trimmed().toCaseFolded();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const auto& [key, names] : columnNames()) {
        if (names.contains(name))
            return key;
    }
    return {};
}

} // namespace

QStringList TimelineCsv::fieldKeys()
{
    QStringList keys;
    for (const auto& entry : columnNames())
        keys.append(entry.first);
    return keys;
}

std::optional<QDateTime> TimelineCsv::parseTime(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt "
                       "](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const int ms = m.captured(5).isEmpty() ? 0 : m.captured(5).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = 0;
    if (m.captured(6).isEmpty()) {
        const int hours = m.captured(8).toInt();
        const int minutes = m.captured(9).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offset = (hours * 60 + minutes) * 60 * (m.captured(7) == QLatin1String("-") ? -1 : 1);
    }
    const QDateTime local(date, time, Qt::OffsetFromUTC, offset);
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

QString TimelineCsv::formatTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Result<TimelineCsvRows> TimelineCsv::parse(const QByteArray& csv, const CsvReader::Limits& limits)
{
    FB_TRY_ASSIGN(auto records, CsvReader::read(csv, limits));
    if (records.isEmpty())
        return fail(ErrorCode::BadInput, tr("The file is empty: it needs a header row (time, what, ...) and events."),
                    QStringLiteral("row 1"));
    TimelineCsvRows out;
    const QStringList& header = records.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString key = keyOfHeader(header.at(i));
        if (key.isEmpty()) {
            out.ignoredColumns.append(header.at(i).trimmed());
            continue;
        }
        if (out.columns.contains(key))
            return fail(ErrorCode::BadInput,
                        tr("Row 1, column %1: “%2” names the %3 column a second time (column %4 did first).")
                            .arg(i + 1)
                            .arg(header.at(i).trimmed(), key)
                            .arg(out.columns.value(key)),
                        QStringLiteral("row 1, column %1").arg(i + 1));
        out.columns.insert(key, i + 1);
    }
    for (const char* required : {"time", "what"}) {
        const QString key = QLatin1String(required);
        if (!out.columns.contains(key))
            return fail(ErrorCode::BadInput,
                        tr("The header row has no %1 column; it needs time and what (and may have end, description, "
                           "source, raw).")
                            .arg(key),
                        QStringLiteral("row 1"));
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& record = records.at(r);
        const qsizetype row = r + 1;
        if (record.size() > header.size())
            return fail(ErrorCode::BadInput,
                        tr("Row %L1 has %2 fields; the header has %3.").arg(row).arg(record.size()).arg(header.size()),
                        QStringLiteral("row %1, column %2").arg(row).arg(header.size() + 1));
        auto value = [&](const char* key) {
            const int column = out.columns.value(QLatin1String(key));
            return column > 0 && column <= record.size() ? record.at(column - 1) : QString();
        };
        auto timeAt = [&](const char* key, bool required) -> Result<QDateTime> {
            const QString text = value(key).trimmed();
            if (text.isEmpty() && !required)
                return QDateTime();
            const auto time = parseTime(text);
            if (!time) {
                const int column = out.columns.value(QLatin1String(key));
                return fail(ErrorCode::BadInput,
                            tr("Row %L1, column %2 (%3): “%4” is not an ISO 8601 time with a zone, such as "
                               "2026-03-01T14:05:00Z or 2026-03-01 15:05:00+01:00.")
                                .arg(row)
                                .arg(column)
                                .arg(QLatin1String(key), text.left(60)),
                            QStringLiteral("row %1, column %2").arg(row).arg(column));
            }
            return *time;
        };
        NewTimelineEvent event;
        FB_TRY_ASSIGN(event.occurredAt, timeAt("time", true));
        FB_TRY_ASSIGN(event.endedAt, timeAt("end", false));
        event.title = value("what");
        event.description = value("description");
        event.source = value("source");
        event.raw = value("raw");
        out.events.append(event);
        out.rows.append(row);
    }
    return out;
}

QByteArray TimelineCsv::write(const QList<TimelineEvent>& events)
{
    QList<QStringList> rows{fieldKeys()};
    rows.reserve(events.size() + 1);
    for (const TimelineEvent& e : events)
        rows.append({formatTime(e.event.occurredAt), formatTime(e.event.endedAt), e.event.title, e.event.description,
                     e.event.source, e.event.raw});
    return CsvWriter::write(rows);
}

} // namespace fb

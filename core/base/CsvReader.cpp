// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/CsvReader.h"

#include <QStringDecoder>

namespace fb {

namespace {

QString where(qsizetype row, qsizetype column = 0)
{
    return column > 0 ? QStringLiteral("row %1, column %2").arg(row).arg(column) : QStringLiteral("row %1").arg(row);
}

bool isRefusedControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n') || u == 0x7f;
}

} // namespace

Result<QList<QStringList>> CsvReader::read(const QByteArray& input, const Limits& limits)
{
    if (input.size() > limits.maxBytes)
        return fail(ErrorCode::BadInput,
                    tr("The file has %L1 bytes; at most %L2 are read.").arg(input.size()).arg(limits.maxBytes));
    QByteArrayView data(input);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    // Decoded line by line so that bad UTF-8 is named by its line ('\n' never occurs inside a UTF-8 sequence).
    QString text;
    text.reserve(data.size());
    qsizetype line = 1;
    for (qsizetype start = 0; start < data.size(); ++line) {
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end + 1;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString part = decoder.decode(data.sliced(start, end - start));
        if (decoder.hasError())
            return fail(ErrorCode::BadInput, tr("Line %L1 is not valid UTF-8.").arg(line),
                        QStringLiteral("line %1").arg(line));
        text += part;
        start = end;
    }

    QList<QStringList> rows;
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has been closed
    bool recordHasData = false;
    qsizetype row = 1;
    qsizetype quoteRow = 0;
    auto endField = [&]() {
        record.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&]() -> Status {
        endField();
        if (recordHasData) {
            if (rows.size() >= limits.maxRows)
                return fail(ErrorCode::BadInput, tr("The file has more than %L1 rows.").arg(limits.maxRows),
                            where(row));
            rows.append(record);
            ++row;
        }
        record.clear();
        recordHasData = false;
        return {};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (isRefusedControl(c))
            return fail(ErrorCode::BadInput,
                        tr("Row %L1, column %L2 holds a control character (U+%3).")
                            .arg(row)
                            .arg(record.size() + 1)
                            .arg(c.unicode(), 4, 16, QLatin1Char('0')),
                        where(row, record.size() + 1));
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            recordHasData = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            FB_TRY(endRecord());
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            quoteRow = row;
            recordHasData = true;
        } else if (wasQuoted) {
            return fail(
                ErrorCode::BadInput,
                tr("Row %L1, column %L2: text follows the closing quote of a field.").arg(row).arg(record.size() + 1),
                where(row, record.size() + 1));
        } else if (c == QLatin1Char('"')) {
            return fail(ErrorCode::BadInput,
                        tr("Row %L1, column %L2: a quote inside a field that does not start with one (write the "
                           "field in quotes and double the quote).")
                            .arg(row)
                            .arg(record.size() + 1),
                        where(row, record.size() + 1));
        } else {
            field += c;
            recordHasData = true;
        }
    }
    if (quoted)
        return fail(ErrorCode::BadInput,
                    tr("Row %L1, column %L2: a quoted field is not closed before the end of the file.")
                        .arg(quoteRow)
                        .arg(record.size() + 1),
                    where(quoteRow, record.size() + 1));
    FB_TRY(endRecord());
    return rows;
}

} // namespace fb

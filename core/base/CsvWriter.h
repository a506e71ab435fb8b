// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter: rows of text fields as RFC 4180 CSV (CRLF line ends; fields with a comma, quote, CR or LF are
// quoted and their quotes doubled), UTF-8 without a byte-order mark.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

class CsvWriter
{
public:
    static QString field(const QString& value);
    static QByteArray write(const QList<QStringList>& rows);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: RFC 4180 CSV into rows of text fields — the inverse of CsvWriter. Reads UTF-8 (a byte-order mark is
// skipped), CRLF or LF line ends, quoted fields with doubled quotes and embedded line breaks. Refuses, naming the
// row (and column), a file larger or with more rows than the limits, bad UTF-8, a control character other than tab
// and line breaks, text after a closing quote and a quote left open.
#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fb {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::CsvReader)

public:
    struct Limits
    {
        qsizetype maxBytes = 16 * 1024 * 1024;
        qsizetype maxRows = 10000; // the header counts
    };

    // Every record of the data; a final line end adds no empty record, blank lines are left out. Rows are numbered
    // from 1 (the header is row 1) in messages, and an error's `where` is "row N" or "row N, column M".
    static Result<QList<QStringList>> read(const QByteArray& data, const Limits& limits);
    static Result<QList<QStringList>> read(const QByteArray& data) { return read(data, Limits{}); }
};

} // namespace fb

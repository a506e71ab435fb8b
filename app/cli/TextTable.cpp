// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TextTable.h"

#include <algorithm>

namespace fb {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

void TextTable::setMaxWidth(int column, int width)
{
    m_maxWidths.insert(column, std::max(width, 2));
}

QString TextTable::cell(const QStringList& row, int column) const
{
    QString text = row.value(column);
    // One line per row: line breaks and tabs in free text become spaces.
    for (QChar& c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    const int max = m_maxWidths.value(column, 0);
    if (max > 0 && text.size() > max)
        text = text.left(max - 1) + QChar(0x2026);
    return text;
}

QString TextTable::toString() const
{
    const int columns = int(m_headers.size());
    QList<qsizetype> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        widths[c] = m_headers[c].size();
        for (const QStringList& row : m_rows)
            widths[c] = std::max(widths[c], cell(row, c).size());
    }
    QString text;
    auto appendLine = [&](const QStringList& row, bool header) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            const QString value = header ? row.value(c) : cell(row, c);
            line += c + 1 < columns ? value.leftJustified(widths[c]) + QStringLiteral("  ") : value;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    };
    appendLine(m_headers, true);
    for (const QStringList& row : m_rows)
        appendLine(row, false);
    return text;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// TextTable: rows of text in aligned columns for the terminal, with some columns cut to a width.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

class TextTable
{
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells);
    // Cells of this column longer than width are cut and end in "…".
    void setMaxWidth(int column, int width);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The header line, then one line per row; columns two spaces apart, the last not padded.
    QString toString() const;

private:
    QString cell(const QStringList& row, int column) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QHash<int, int> m_maxWidths;
};

} // namespace fb

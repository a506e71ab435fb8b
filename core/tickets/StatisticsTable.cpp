// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/StatisticsTable.h"

#include "core/base/CsvWriter.h"

namespace fb {

double StatisticsTable::value(const QString& seriesKey, const QString& category) const
{
    const qsizetype index = categories.indexOf(category);
    if (index < 0)
        return 0;
    for (const StatisticsSeries& s : series) {
        if (s.key == seriesKey)
            return index < s.values.size() ? s.values.at(index) : 0;
    }
    return 0;
}

double StatisticsTable::total() const
{
    double sum = 0;
    for (const StatisticsSeries& s : series) {
        for (double v : s.values)
            sum += v;
    }
    return sum;
}

QByteArray StatisticsTable::toCsv() const
{
    QList<QStringList> rows;
    QStringList header{categoryKey};
    for (const StatisticsSeries& s : series)
        header.append(s.key);
    rows.append(header);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QStringList row{categories.at(i)};
        for (const StatisticsSeries& s : series)
            row.append(i < s.values.size() ? QString::number(s.values.at(i), 'g', 12) : QString());
        rows.append(row);
    }
    return CsvWriter::write(rows);
}

} // namespace fb

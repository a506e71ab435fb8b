// SPDX-License-Identifier: GPL-3.0-or-later
// StatisticsTable: the numbers behind one dashboard chart: categories along one axis (months, kinds,
// severities...) and one or more named series with a value per category. Keys are the stable forms (for CSV
// and tests), labels the translated forms (for charts).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

struct StatisticsSeries
{
    QString key;          // "malicious-code", "median-response"...
    QString label;        // translated
    QList<double> values; // one per category
};

struct StatisticsTable
{
    QString categoryKey;        // the header of the category column in CSV: "month", "kind", "severity"...
    QStringList categories;     // stable keys: "2026-09", "incident", "1"
    QStringList categoryLabels; // translated, same order
    QList<StatisticsSeries> series;

    // Value of series `seriesKey` at category `category`; 0 when either is missing.
    double value(const QString& seriesKey, const QString& category) const;
    // Sum over all series and categories.
    double total() const;
    // RFC 4180 CSV: a header row (categoryKey, then series keys), then one row per category.
    QByteArray toCsv() const;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ChartPanel: one dashboard chart (QtCharts) drawn from a StatisticsTable, with its title and export to PNG,
// SVG and CSV. Follows the application palette (dark or light) and redraws when it changes.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/StatisticsTable.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;

namespace fb {

class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    // Lines take ISO dates ("2026-09-07") as categories and draw them on a date axis.
    enum class Style { StackedBars, HorizontalStackedBars, Bars, Lines };

    // `key` names the panel (object name "<key>ChartPanel") and the suggested export file names.
    ChartPanel(const QString& key, const QString& title, Style style, QWidget* parent = nullptr);

    // Shows `table`; only the series named in `plotted` are drawn (all when empty); CSV export has every series.
    void setTable(const StatisticsTable& table, const QStringList& plotted = {});
    const StatisticsTable& table() const { return m_table; }
    QString key() const { return m_key; }
    QChart* chart() const;
    QChartView* view() const { return m_view; }

    Status exportPng(const QString& path) const;
    Status exportSvg(const QString& path) const;
    Status exportCsv(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void exportWithDialog(const QString& suffix);

    QString m_key;
    QString m_title;
    Style m_style;
    StatisticsTable m_table;
    QStringList m_plotted;
    QLabel* m_titleLabel = nullptr;
    QChartView* m_view = nullptr;
    bool m_rebuilding = false;
};

} // namespace fb

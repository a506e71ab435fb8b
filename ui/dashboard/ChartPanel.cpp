// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartPanel.h"

#include "core/base/AtomicFile.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fb {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Whole-number ticks for counts: a step of 1, 2, 5, 10, 20, 50... giving at most maxIntervals intervals, so that
// the labels fit the chart.
double tickStep(double max, int maxIntervals)
{
    double step = 1;
    for (double magnitude = 1;; magnitude *= 10) {
        for (double factor : {1.0, 2.0, 5.0}) {
            step = factor * magnitude;
            if (max / step <= maxIntervals)
                return step;
        }
    }
}

// Sets the value axis' range and step for the room the plot has: at most four intervals, fewer when the labels
// would otherwise crowd (Qt Charts then elides every label to "...").
void fitTicks(QValueAxis* axis, double max, bool horizontal, const QRectF& plot)
{
    const QFontMetricsF metrics(axis->labelsFont());
    const double room = horizontal ? plot.width() : plot.height();
    const double perLabel = horizontal
                                ? metrics.horizontalAdvance(QString::number(std::ceil(max)) + QStringLiteral("00"))
                                : metrics.height() * 1.8;
    const int intervals = std::clamp(int(room / std::max(1.0, perLabel)), 1, 4);
    const double step = tickStep(max, intervals);
    const double top = std::max(step, std::ceil(max / step) * step);
    if (axis->tickInterval() == step && axis->max() == top)
        return;
    axis->setTickInterval(step);
    axis->setRange(0, top);
}

} // namespace

ChartPanel::ChartPanel(const QString& key, const QString& title, Style style, QWidget* parent)
    : QFrame(parent)
    , m_key(key)
    , m_title(title)
    , m_style(style)
{
    setObjectName(key + QStringLiteral("ChartPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_titleLabel = new QLabel(title, this);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    header->addWidget(m_titleLabel, 1);
    const QList<std::pair<QString, QString>> formats{
        {QStringLiteral("png"), tr("PNG…")}, {QStringLiteral("svg"), tr("SVG…")}, {QStringLiteral("csv"), tr("CSV…")}};
    for (const auto& [suffix, label] : formats) {
        auto* button = new QToolButton(this);
        button->setText(label);
        button->setObjectName(key + QStringLiteral("_") + suffix + QStringLiteral("ToolButton"));
        button->setToolTip(tr("Export this chart as %1").arg(suffix.toUpper()));
        connect(button, &QToolButton::clicked, this, [this, suffix = suffix]() { exportWithDialog(suffix); });
        header->addWidget(button);
    }
    layout->addLayout(header);
    m_view = new QChartView(this);
    m_view->setObjectName(key + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_view, 1);
    rebuild();
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setTable(const StatisticsTable& table, const QStringList& plotted)
{
    m_table = table;
    m_plotted = plotted;
    rebuild();
}

void ChartPanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_rebuilding)
        rebuild();
}

void ChartPanel::rebuild()
{
    m_rebuilding = true;
    auto* chart = new QChart;
    chart->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    // Stacks have many series with long names (RSIT classes): beside the plot; two lines or bars: below.
    const bool stacked = m_style == Style::StackedBars || m_style == Style::HorizontalStackedBars;
    chart->legend()->setAlignment(stacked ? Qt::AlignRight : Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);

    QList<StatisticsSeries> drawn;
    for (const StatisticsSeries& series : std::as_const(m_table.series)) {
        if (m_plotted.isEmpty() || m_plotted.contains(series.key))
            drawn.append(series);
    }
    QAbstractAxis* categoryAxis = nullptr;
    auto* values = new QValueAxis;
    double max = 0;
    const bool horizontal = m_style == Style::HorizontalStackedBars;
    if (m_style == Style::Lines) {
        auto* dates = new QDateTimeAxis;
        dates->setFormat(QStringLiteral("d MMM"));
        const int most = std::clamp(int(m_table.categories.size()), 2, 7);
        dates->setTickCount(most);
        // As many dates as fit across ("22 Sep" and a gap each), at most one per category.
        connect(
            chart, &QChart::plotAreaChanged, dates,
            [dates, most, chart]() {
                const QFontMetricsF metrics(dates->labelsFont());
                const double perLabel = metrics.horizontalAdvance(QStringLiteral("22 Sep")) * 1.6;
                const int fit = std::clamp(int(chart->plotArea().width() / std::max(1.0, perLabel)) + 1, 2, most);
                if (dates->tickCount() != fit)
                    dates->setTickCount(fit);
            },
            Qt::QueuedConnection);
        QList<QDateTime> times;
        for (const QString& category : std::as_const(m_table.categories))
            times.append(QDateTime(QDate::fromString(category, Qt::ISODate), QTime(0, 0), Qt::UTC));
        if (!times.isEmpty())
            dates->setRange(times.first(), times.last());
        for (const StatisticsSeries& s : std::as_const(drawn)) {
            auto* line = new QLineSeries;
            line->setName(s.label);
            line->setPointsVisible(true);
            for (qsizetype i = 0; i < s.values.size() && i < times.size(); ++i) {
                line->append(double(times.at(i).toMSecsSinceEpoch()), s.values.at(i));
                max = std::max(max, s.values.at(i));
            }
            chart->addSeries(line);
        }
        categoryAxis = dates;
    } else {
        auto* categories = new QBarCategoryAxis;
        categories->append(m_table.categoryLabels);
        QAbstractBarSeries* bars = nullptr;
        if (m_style == Style::StackedBars)
            bars = new QStackedBarSeries;
        else if (horizontal)
            bars = new QHorizontalStackedBarSeries;
        else
            bars = new QBarSeries;
        QList<double> sums(m_table.categories.size(), 0.0);
        for (const StatisticsSeries& s : std::as_const(drawn)) {
            auto* set = new QBarSet(s.label);
            for (qsizetype i = 0; i < s.values.size(); ++i) {
                set->append(s.values.at(i));
                sums[i] += s.values.at(i);
                max = std::max(max, m_style == Style::Bars ? s.values.at(i) : sums.at(i));
            }
            bars->append(set);
        }
        chart->addSeries(bars);
        categoryAxis = categories;
    }
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(categoryAxis);
        series->attachAxis(values);
    }
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setLabelFormat(QStringLiteral("%g"));
    fitTicks(values, max, horizontal, chart->plotArea());
    // Queued: the chart lays itself out again when the range changes, which must not happen inside its layout.
    connect(
        chart, &QChart::plotAreaChanged, values,
        [values, max, horizontal, chart]() { fitTicks(values, max, horizontal, chart->plotArea()); },
        Qt::QueuedConnection);
    for (QAbstractAxis* axis : {categoryAxis, static_cast<QAbstractAxis*>(values)}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Mid));
    }
    // Room for what the chart lists: a legend beside the plot (one line per series), or categories down the side
    // (Qt Charts elides a category label to "..." once its band is lower than the text).
    const int line = fontMetrics().height();
    int height = line * 12;
    if (stacked)
        height = std::max(height, int((drawn.size() + 3) * line * 1.4));
    if (horizontal)
        height = std::max(height, int((m_table.categories.size() * 2.2 + 4) * line));
    m_view->setMinimumHeight(height);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_rebuilding = false;
}

Status ChartPanel::exportPng(const QString& path) const
{
    if (!m_view->grab().save(path, "PNG"))
        return fail(ErrorCode::Io, tr("The chart could not be written as PNG."), path);
    return {};
}

Status ChartPanel::exportSvg(const QString& path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    generator.setTitle(m_title);
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(ErrorCode::Io, tr("The chart could not be written as SVG."), path);
    m_view->render(&painter);
    if (!painter.end())
        return fail(ErrorCode::Io, tr("The chart could not be written as SVG."), path);
    return {};
}

Status ChartPanel::exportCsv(const QString& path) const
{
    return AtomicFile::write(path, m_table.toCsv());
}

void ChartPanel::exportWithDialog(const QString& suffix)
{
    const QString filter = suffix == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : suffix == QLatin1String("svg") ? tr("SVG images (*.svg)")
                                                            : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_key + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    const Status status = suffix == QLatin1String("png")   ? exportPng(path)
                          : suffix == QLatin1String("svg") ? exportSvg(path)
                                                           : exportCsv(path);
    if (!status)
        QMessageBox::warning(this, tr("Export chart"), status.error().toString());
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TimelineChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHash>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fb {

namespace {

constexpr int kMaxSpansDrawn = 200; // a line per span; beyond, the dots alone

// The bucket that keeps the stacks low and the buckets readable: an hour up to two days, a day up to ten weeks,
// a week beyond.
qint64 bucketFor(qint64 spanSeconds)
{
    if (spanSeconds <= 2 * 86400)
        return 3600;
    if (spanSeconds <= 70 * 86400)
        return 86400;
    return 7 * 86400;
}

} // namespace

TimelineChart::TimelineChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("timelineChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(140);
    layout->addWidget(m_view);
    rebuild();
}

QChart* TimelineChart::chart() const
{
    return m_view->chart();
}

void TimelineChart::setEvents(const QList<TimelineEvent>& events)
{
    m_events = events;
    rebuild();
}

void TimelineChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void TimelineChart::rebuild()
{
    auto* chart = new QChart;
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    m_points.clear();
    m_spans = 0;

    QDateTime first;
    QDateTime last;
    for (const TimelineEvent& e : std::as_const(m_events)) {
        const QDateTime end = e.event.endedAt.isValid() ? e.event.endedAt : e.event.occurredAt;
        if (!first.isValid() || e.event.occurredAt < first)
            first = e.event.occurredAt;
        if (!last.isValid() || end > last)
            last = end;
    }
    m_bucket = first.isValid() ? bucketFor(first.secsTo(last)) : 3600;

    auto* dots = new QScatterSeries;
    dots->setName(tr("Events"));
    dots->setMarkerSize(m_events.size() > 500 ? 6 : 10);
    dots->setColor(palette().color(QPalette::Highlight));
    dots->setBorderColor(palette().color(QPalette::Base));
    QHash<qint64, int> heights;
    QList<QString> tips;
    int highest = 1;
    for (const TimelineEvent& e : std::as_const(m_events)) {
        const qint64 at = e.event.occurredAt.toMSecsSinceEpoch();
        const qint64 bucket = at / 1000 / m_bucket;
        const int height = ++heights[bucket];
        highest = std::max(highest, height);
        m_points.append(QPointF(double(at), height));
        dots->append(m_points.last());
        tips.append(QLocale().toString(e.event.occurredAt.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(": ") +
                    e.event.title);
    }
    chart->addSeries(dots);

    auto* times = new QDateTimeAxis;
    //: The chart's time axis; the dots of one hour (day, week) are stacked.
    times->setTitleText(m_bucket == 3600    ? tr("Time (local); events stacked per hour")
                        : m_bucket == 86400 ? tr("Time (local); events stacked per day")
                                            : tr("Time (local); events stacked per week"));
    times->setLabelsColor(palette().color(QPalette::Text));
    times->setTitleBrush(palette().brush(QPalette::Text));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = first.isValid() ? first : now.addDays(-1);
    QDateTime to = last.isValid() ? last : now;
    if (from.secsTo(to) < 3600)
        to = from.addSecs(3600);
    const qint64 margin = std::max<qint64>(from.secsTo(to) / 20, 60);
    times->setRange(from.addSecs(-margin).toLocalTime(), to.addSecs(margin).toLocalTime());
    times->setFormat(m_bucket >= 86400 ? QStringLiteral("d MMM") : QStringLiteral("d MMM HH:mm"));
    times->setTickCount(5);
    chart->addAxis(times, Qt::AlignBottom);
    dots->attachAxis(times);

    auto* counts = new QValueAxis;
    counts->setRange(0, highest + 1);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(std::min(highest + 2, 6));
    counts->setLabelsColor(palette().color(QPalette::Text));
    counts->setTitleBrush(palette().brush(QPalette::Text));
    chart->addAxis(counts, Qt::AlignLeft);
    dots->attachAxis(counts);

    for (qsizetype i = 0; i < m_events.size() && m_spans < kMaxSpansDrawn; ++i) {
        const NewTimelineEvent& e = m_events.at(i).event;
        if (!e.endedAt.isValid() || e.endedAt == e.occurredAt)
            continue;
        auto* span = new QLineSeries;
        span->setColor(palette().color(QPalette::Highlight));
        span->append(m_points.at(i));
        span->append(QPointF(double(e.endedAt.toMSecsSinceEpoch()), m_points.at(i).y()));
        chart->addSeries(span);
        span->attachAxis(times);
        span->attachAxis(counts);
        ++m_spans;
    }

    connect(dots, &QScatterSeries::hovered, this, [this, tips](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const qsizetype index = m_points.indexOf(point);
        if (index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index), this);
    });
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    if (old && old != chart)
        delete old;
}

} // namespace fb

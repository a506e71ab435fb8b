// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineChart: a ticket's timeline drawn on a date axis (QtCharts): one dot per event, stacked when several fall in
// the same bucket (an hour, day or week, chosen by the span shown), so that a handful of events and a burst of
// thousands both read; events with an end get a line to it. The dot's tooltip says what happened.
#pragma once

#include "core/tickets/TimelineEvent.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;

namespace fb {

class TimelineChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineChart(QWidget* parent = nullptr);

    void setEvents(const QList<TimelineEvent>& events);
    // What is drawn, for tests: the dots (time, height in its bucket), the spans, the bucket's length in seconds.
    QList<QPointF> points() const { return m_points; }
    int spanCount() const { return m_spans; }
    qint64 bucketSeconds() const { return m_bucket; }
    QChart* chart() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QList<TimelineEvent> m_events;
    QList<QPointF> m_points;
    int m_spans = 0;
    qint64 m_bucket = 3600;
    QChartView* m_view = nullptr;
};

} // namespace fb

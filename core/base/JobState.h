// SPDX-License-Identifier: GPL-3.0-or-later
// JobState: what a running job shares with whoever started it, across threads: the cancel and stop requests and
// the latest progress in full (JobProgress, 64-bit counts).
#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QString>

#include <atomic>

namespace fb {

// Where a job is: done of total units (bytes, entries...; total 0 when not known), a second count where the work
// has one (messages beside bytes; 0 of 0 otherwise), and what is going on, for people.
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;
    QString text;
    qint64 itemsDone = 0;
    qint64 itemsTotal = 0;

    bool operator==(const JobProgress&) const = default;
};

class JobState
{
public:
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    void requestStop() { m_stopRequested = true; }
    bool isStopRequested() const { return m_stopRequested; }

    void setProgress(const JobProgress& progress)
    {
        QMutexLocker lock(&m_mutex);
        m_progress = progress;
        ++m_reports;
    }
    JobProgress progress() const
    {
        QMutexLocker lock(&m_mutex);
        return m_progress;
    }
    // How many reports came so far: a watcher compares it to see whether anything changed.
    quint64 reports() const
    {
        QMutexLocker lock(&m_mutex);
        return m_reports;
    }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_stopRequested{false};
    mutable QMutex m_mutex;
    JobProgress m_progress;
    quint64 m_reports = 0;
};

} // namespace fb

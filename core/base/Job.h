// SPDX-License-Identifier: GPL-3.0-or-later
// Long work (import, KDF, signing, export) as a job on a worker thread: it reports progress, honours cancel and
// "stop and keep what is done", and hands one result back through a QFuture. The GUI watches jobs through
// JobRunner (ui/job), which delivers the result on the GUI thread and never spins a nested event loop.
#pragma once

#include "core/base/JobState.h"

#include <QFuture>
#include <QPromise>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace fb {

// What the work sees of its job: cancel, stop and progress.
class JobControl
{
public:
    virtual ~JobControl() = default;
    // The result is no longer wanted: end as soon as possible (work in one transaction rolls it back).
    virtual bool isCancelled() const = 0;
    // End at the next point where what is done can be kept, keep it, and return it as the result. Work that cannot
    // keep a part runs to its end.
    virtual bool isStopRequested() const { return false; }
    // Either of the two: work that keeps what it did either way (committed batches) asks this.
    bool shouldEnd() const { return isCancelled() || isStopRequested(); }
    // Where the work is, in full 64-bit counts.
    virtual void report(const JobProgress& progress) = 0;
    // done of total units (messages, bytes...); text says what is going on, for people.
    void setProgress(qint64 done, qint64 total, const QString& text = {}) { report(JobProgress{done, total, text}); }
};

// For work run directly on the calling thread (CLI, tests): cancel and stop may come from another thread or from
// the observer, which sees every progress report.
class DirectJobControl final : public JobControl
{
public:
    using Observer = std::function<void(const JobProgress&)>;
    explicit DirectJobControl(Observer observer = {})
        : m_observer(std::move(observer))
    {
    }
    bool isCancelled() const override { return m_cancelled; }
    bool isStopRequested() const override { return m_stopRequested; }
    void cancel() { m_cancelled = true; }
    void requestStop() { m_stopRequested = true; }
    void report(const JobProgress& progress) override
    {
        if (m_observer)
            m_observer(progress);
    }

private:
    Observer m_observer;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_stopRequested{false};
};

namespace detail {

template <typename T>
class PromiseJobControl final : public JobControl
{
public:
    PromiseJobControl(QPromise<T>& promise, JobState& state)
        : m_promise(promise)
        , m_state(state)
    {
    }
    bool isCancelled() const override { return m_promise.isCanceled() || m_state.isCancelled(); }
    bool isStopRequested() const override { return m_state.isStopRequested(); }
    void report(const JobProgress& progress) override
    {
        m_state.setProgress(progress);
        // QFuture's progress is int-based: scale large totals down to permille there. The full values stay in
        // the JobState.
        qint64 done = progress.done;
        qint64 total = progress.total;
        if (total > 1000000) {
            done = done * 1000 / total;
            total = 1000;
        }
        m_promise.setProgressRange(0, static_cast<int>(total));
        m_promise.setProgressValueAndText(static_cast<int>(done), progress.text);
    }

private:
    QPromise<T>& m_promise;
    JobState& m_state;
};

} // namespace detail

// Starts work(JobControl&) -> T on the pool. The future carries progress (int, scaled), is cancelled with
// QFuture::cancel(), and holds the single result; state (when given) carries stop requests and the progress in full.
template <typename T>
QFuture<T> startJob(std::function<T(JobControl&)> work, std::shared_ptr<JobState> state = {},
                    QThreadPool* pool = QThreadPool::globalInstance())
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    if (!state)
        state = std::make_shared<JobState>();
    promise->start();
    pool->start([promise, state, work = std::move(work)]() mutable {
        detail::PromiseJobControl<T> control(*promise, *state);
        if (!control.isCancelled())
            promise->addResult(work(control));
        promise->finish();
    });
    return future;
}

} // namespace fb

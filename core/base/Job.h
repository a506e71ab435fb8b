// SPDX-License-Identifier: GPL-3.0-or-later
// Long work (import, KDF, signing, export) as a job on a worker thread: it reports progress, honours
// cancellation and hands one result back through a QFuture. Watch it with a QFutureWatcher that is a
// child of the widget that waits, so a closed widget never receives a result, and nothing spins a
// nested event loop.
#pragma once

#include <QFuture>
#include <QPromise>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <utility>

namespace fb {

// What the work sees of its job: cancellation and progress.
class JobControl
{
public:
    virtual ~JobControl() = default;
    virtual bool isCancelled() const = 0;
    // done of total units (messages, bytes...); text says what is going on, for people.
    virtual void setProgress(qint64 done, qint64 total, const QString& text = {}) = 0;
};

// For work run directly on the calling thread (CLI, tests): never cancelled; progress optional.
class DirectJobControl final : public JobControl
{
public:
    using ProgressFn = std::function<void(qint64, qint64, const QString&)>;
    explicit DirectJobControl(ProgressFn progress = {})
        : m_progress(std::move(progress))
    {
    }
    bool isCancelled() const override { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    void setProgress(qint64 done, qint64 total, const QString& text = {}) override
    {
        if (m_progress)
            m_progress(done, total, text);
    }

private:
    ProgressFn m_progress;
    bool m_cancelled = false;
};

namespace detail {

template <typename T>
class PromiseJobControl final : public JobControl
{
public:
    explicit PromiseJobControl(QPromise<T>& promise)
        : m_promise(promise)
    {
    }
    bool isCancelled() const override { return m_promise.isCanceled(); }
    void setProgress(qint64 done, qint64 total, const QString& text = {}) override
    {
        // QFuture's progress is int-based: scale large totals down to permille.
        if (total > 1000000) {
            done = total ? done * 1000 / total : 0;
            total = 1000;
        }
        m_promise.setProgressRange(0, static_cast<int>(total));
        m_promise.setProgressValueAndText(static_cast<int>(done), text);
    }

private:
    QPromise<T>& m_promise;
};

} // namespace detail

// Starts work(JobControl&) -> T on the global thread pool. The future carries progress (value, range
// and text), is cancelled with QFuture::cancel(), and holds the single result.
template <typename T>
QFuture<T> startJob(std::function<T(JobControl&)> work, QThreadPool* pool = QThreadPool::globalInstance())
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    pool->start([promise, work = std::move(work)]() mutable {
        detail::PromiseJobControl<T> control(*promise);
        if (!promise->isCanceled())
            promise->addResult(work(control));
        promise->finish();
    });
    return future;
}

} // namespace fb

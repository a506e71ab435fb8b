// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/job/JobRunner.h"

#include "core/vault/Vault.h"

#include <QPromise>
#include <QTimer>

namespace fb {

JobRunner::JobRunner(QObject* receiver)
    : QObject(receiver)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kProgressInterval);
    connect(m_poll, &QTimer::timeout, this, &JobRunner::pollProgress);
}

JobRunner::~JobRunner()
{
    // Quietly: the receiver, this runner's parent, is already being destroyed.
    release();
}

Result<std::unique_ptr<Vault>> JobRunner::openConnection(const Vault& workspace)
{
    return workspace.openConnection();
}

Error JobRunner::cancelledError()
{
    return Error{ErrorCode::Cancelled, tr("Cancelled."), {}};
}

void JobRunner::launch(std::function<Erased(JobControl&)> work, ErasedReceive receive)
{
    const bool wasRunning = release();
    auto state = std::make_shared<JobState>();
    watch(startJob<Erased>(std::move(work), state), state, std::move(receive), wasRunning);
}

void JobRunner::deliverEarly(Erased result, ErasedReceive receive)
{
    const bool wasRunning = release();
    // A future that is already finished: its watcher still reports from the event loop, like any other run.
    QPromise<Erased> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    watch(promise.future(), std::make_shared<JobState>(), std::move(receive), wasRunning);
}

void JobRunner::watch(const QFuture<Erased>& future, std::shared_ptr<JobState> state, ErasedReceive receive,
                      bool wasRunning)
{
    m_state = std::move(state);
    m_receive = std::move(receive);
    m_reportsSeen = 0;
    m_progress = {};
    m_watcher = new QFutureWatcher<Erased>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &JobRunner::onFinished);
    m_watcher->setFuture(future);
    m_poll->start();
    if (!wasRunning)
        Q_EMIT runningChanged(true);
}

void JobRunner::cancel()
{
    if (!m_watcher)
        return;
    m_state->cancel();
    m_watcher->cancel();
}

void JobRunner::stop()
{
    if (m_state && m_watcher)
        m_state->requestStop();
}

bool JobRunner::isStopRequested() const
{
    return m_state && m_state->isStopRequested();
}

void JobRunner::drop()
{
    if (release())
        Q_EMIT runningChanged(false);
}

bool JobRunner::release()
{
    if (!m_watcher)
        return false;
    m_state->cancel();
    m_watcher->cancel();
    // The watcher alone could deliver this run's result: without it, nothing arrives.
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_receive = {};
    m_poll->stop();
    return true;
}

void JobRunner::pollProgress()
{
    if (!m_state || m_state->reports() == m_reportsSeen)
        return;
    m_reportsSeen = m_state->reports();
    m_progress = m_state->progress();
    Q_EMIT progressChanged(m_progress);
}

void JobRunner::onFinished()
{
    QFutureWatcher<Erased>* watcher = m_watcher;
    if (!watcher || sender() != watcher)
        return;
    pollProgress(); // the last report, before the result
    m_poll->stop();
    m_watcher = nullptr;
    watcher->deleteLater();
    const QFuture<Erased> future = watcher->future();
    Erased result = future.resultCount() > 0 && !m_state->isCancelled() ? future.result() : Erased();
    ErasedReceive receive = std::move(m_receive);
    m_receive = {};
    Q_EMIT runningChanged(false);
    // Last: the receiver may start the next run from here.
    receive(result);
}

} // namespace fb

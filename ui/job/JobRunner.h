// SPDX-License-Identifier: GPL-3.0-or-later
// JobRunner: the one way the GUI runs a job off its thread. It starts the work (optionally on a workspace
// connection of its own, opened with Vault::openConnection()), shows its progress in full 64-bit counts, can
// cancel it or ask it to stop and keep what is done, and delivers exactly one Result to the receiver on the GUI
// thread. Early errors (no worker connection) arrive the same asynchronous way as the work's own errors.
// One rule drops stale results: the runner owns the watcher of its current run only. Starting again or drop()
// lets go of the older run's watcher, and the runner is a child of its receiver, so a closed receiver never
// gets a result.
#pragma once

#include "core/base/Error.h"
#include "core/base/Job.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <utility>

class QTimer;

namespace fb {

class Vault;

class JobRunner : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Work = std::function<Result<T>(JobControl&)>;
    // Work on the runner's own connection to the workspace, which lives and closes on the worker thread.
    template <typename T>
    using WorkOnVault = std::function<Result<T>(Vault&, JobControl&)>;
    template <typename T>
    using Receive = std::function<void(Result<T>)>;

    // The runner is the receiver's child: results go to receive only while the receiver exists.
    explicit JobRunner(QObject* receiver);
    ~JobRunner() override;

    // Starts work; a run still going is dropped first (cancelled, its result never delivered).
    template <typename T>
    void start(Work<T> work, Receive<T> receive)
    {
        launch(erase<T>(std::move(work)), receiver<T>(std::move(receive)));
    }
    template <typename T>
    void start(const Vault& workspace, WorkOnVault<T> work, Receive<T> receive)
    {
        auto connection = openConnection(workspace);
        if (!connection) {
            deliverEarly(std::make_shared<Result<T>>(fail(connection.error())), receiver<T>(std::move(receive)));
            return;
        }
        std::shared_ptr<Vault> vault = std::move(*connection);
        launch(erase<T>([vault = std::move(vault), work = std::move(work)](JobControl& control) mutable {
                   Result<T> result = work(*vault, control);
                   vault.reset(); // closed here, on the worker thread that used it
                   return result;
               }),
               receiver<T>(std::move(receive)));
    }

    bool isRunning() const { return m_watcher != nullptr; }
    // The result is not wanted: the work ends as soon as it can, and the receiver gets ErrorCode::Cancelled.
    void cancel();
    // Stop and keep what is done: the work ends at its next safe point and its result is delivered as it is.
    void stop();
    bool isStopRequested() const;
    // Lets go of the current run: cancelled, and its result is never delivered (the receiver moved on).
    void drop();
    // The latest progress of the current run (after it ended: of the last run).
    JobProgress progress() const { return m_progress; }

Q_SIGNALS:
    // Progress as the work reported it, at most every kProgressInterval and once more before the result.
    void progressChanged(const fb::JobProgress& progress);
    void runningChanged(bool running);

public:
    static constexpr int kProgressInterval = 50; // ms

private:
    using Erased = std::shared_ptr<void>;                     // a std::shared_ptr<Result<T>>
    using ErasedReceive = std::function<void(const Erased&)>; // null: the run was cancelled

    template <typename T>
    static std::function<Erased(JobControl&)> erase(Work<T> work)
    {
        return [work = std::move(work)](JobControl& control) -> Erased {
            return std::make_shared<Result<T>>(work(control));
        };
    }
    template <typename T>
    static ErasedReceive receiver(Receive<T> receive)
    {
        return [receive = std::move(receive)](const Erased& erased) {
            if (!erased) {
                receive(Result<T>(fail(cancelledError())));
                return;
            }
            receive(std::move(*std::static_pointer_cast<Result<T>>(erased)));
        };
    }

    static Result<std::unique_ptr<Vault>> openConnection(const Vault& workspace);
    static Error cancelledError();
    void launch(std::function<Erased(JobControl&)> work, ErasedReceive receive);
    void deliverEarly(Erased result, ErasedReceive receive);
    bool release(); // drop() without a signal; false when nothing ran
    void watch(const QFuture<Erased>& future, std::shared_ptr<JobState> state, ErasedReceive receive, bool wasRunning);
    void onFinished();
    void pollProgress();

    QFutureWatcher<Erased>* m_watcher = nullptr;
    std::shared_ptr<JobState> m_state;
    ErasedReceive m_receive;
    QTimer* m_poll = nullptr;
    quint64 m_reportsSeen = 0;
    JobProgress m_progress;
};

} // namespace fb

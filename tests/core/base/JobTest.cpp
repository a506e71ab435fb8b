// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/Job.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThread>

#include <atomic>

using namespace fb;

TEST_CASE("A job runs off the calling thread and delivers its result", "[job]")
{
    const auto caller = QThread::currentThread();
    std::atomic<QThread*> worker{nullptr};
    QFuture<int> future = startJob<int>([&](JobControl& control) {
        worker = QThread::currentThread();
        for (int i = 1; i <= 10; ++i)
            control.setProgress(i, 10, QStringLiteral("step"));
        return 42;
    });
    future.waitForFinished();
    CHECK(future.result() == 42);
    CHECK(worker.load() != caller);
    CHECK(future.progressValue() == 10);
    CHECK(future.progressMaximum() == 10);
}

TEST_CASE("A cancelled job stops and delivers no result", "[job]")
{
    std::atomic<bool> started{false};
    std::atomic<int> steps{0};
    QFuture<int> future = startJob<int>([&](JobControl& control) {
        started = true;
        while (!control.isCancelled() && steps < 100000) {
            ++steps;
            QThread::msleep(1);
        }
        return steps.load();
    });
    QElapsedTimer timer;
    timer.start();
    while (!started && timer.elapsed() < 5000)
        QThread::msleep(1);
    future.cancel();
    future.waitForFinished();
    CHECK(future.isCanceled());
    CHECK(steps < 100000);
    CHECK(future.resultCount() == 0);
}

TEST_CASE("A watcher owned by a context object gets progress and the result on its thread", "[job]")
{
    QObject context;
    QFutureWatcher<QString> watcher(&context);
    QString delivered;
    QThread* deliveredOn = nullptr;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &context, [&] {
        delivered = watcher.result();
        deliveredOn = QThread::currentThread();
    });
    watcher.setFuture(startJob<QString>([](JobControl&) { return QStringLiteral("done"); }));
    QElapsedTimer timer;
    timer.start();
    while (delivered.isEmpty() && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    CHECK(delivered == QStringLiteral("done"));
    CHECK(deliveredOn == QThread::currentThread());
}

TEST_CASE("Direct job control reports progress and can be cancelled", "[job]")
{
    qint64 lastDone = -1;
    DirectJobControl control([&](const JobProgress& progress) { lastDone = progress.done; });
    control.setProgress(3, 5);
    CHECK(lastDone == 3);
    CHECK_FALSE(control.isCancelled());
    control.cancel();
    CHECK(control.isCancelled());
}

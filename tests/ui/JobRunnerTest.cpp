// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/job/JobRunner.h"

#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

using namespace fb;
using namespace fb::test;

namespace {

constexpr int kTimeoutMs = 10000;

// What a receiver got: every delivery is counted, so a second one would show.
template <typename T>
struct Received
{
    int count = 0;
    std::optional<Result<T>> last;
    QThread* thread = nullptr;

    JobRunner::Receive<T> receiver()
    {
        return [this](Result<T> result) {
            ++count;
            last = std::move(result);
            thread = QThread::currentThread();
        };
    }
};

// Work that waits, cancellable, until the test lets it go.
bool waitUntil(const std::atomic<bool>& flag, const JobControl& control)
{
    for (int i = 0; i < kTimeoutMs && !flag && !control.isCancelled(); ++i)
        QThread::msleep(1);
    return flag;
}

} // namespace

TEST_CASE("A job runner delivers exactly one result on the GUI thread", "[ui][job]")
{
    QObject receiver;
    auto* runner = new JobRunner(&receiver);
    Received<int> got;
    QSignalSpy running(runner, &JobRunner::runningChanged);
    std::atomic<QThread*> worker{nullptr};
    runner->start<int>(
        [&worker](JobControl&) -> Result<int> {
            worker = QThread::currentThread();
            return 42;
        },
        got.receiver());
    CHECK(runner->isRunning());
    REQUIRE(QTest::qWaitFor([&] { return got.count > 0; }, kTimeoutMs));
    QTest::qWait(2 * JobRunner::kProgressInterval);
    CHECK(got.count == 1);
    REQUIRE(got.last->has_value());
    CHECK(**got.last == 42);
    CHECK(got.thread == QThread::currentThread());
    CHECK(worker.load() != QThread::currentThread());
    CHECK_FALSE(runner->isRunning());
    REQUIRE(running.size() == 2);
    CHECK(running.at(0).at(0).toBool());
    CHECK_FALSE(running.at(1).at(0).toBool());
}

TEST_CASE("A job runner drops the result of a run superseded by a newer one", "[ui][job]")
{
    QObject receiver;
    JobRunner runner(&receiver);
    Received<QString> got;
    std::atomic<bool> release{false};
    std::atomic<bool> oldStarted{false};
    std::atomic<bool> oldEnded{false};
    runner.start<QString>(
        [&](JobControl& control) -> Result<QString> {
            oldStarted = true;
            waitUntil(release, control);
            oldEnded = true;
            return QStringLiteral("old");
        },
        got.receiver());
    REQUIRE(QTest::qWaitFor([&] { return oldStarted.load(); }, kTimeoutMs));
    runner.start<QString>([](JobControl&) -> Result<QString> { return QStringLiteral("new"); }, got.receiver());
    release = true;
    REQUIRE(QTest::qWaitFor([&] { return got.count > 0 && oldEnded; }, kTimeoutMs));
    QTest::qWait(100);
    CHECK(got.count == 1);
    CHECK(**got.last == QStringLiteral("new"));

    SECTION("and drop() lets go of a run without a result")
    {
        runner.start<QString>([](JobControl&) -> Result<QString> { return QStringLiteral("dropped"); }, got.receiver());
        runner.drop();
        CHECK_FALSE(runner.isRunning());
        QTest::qWait(200);
        CHECK(got.count == 1);
    }
}

TEST_CASE("A job runner delivers nothing to a receiver that was closed", "[ui][job]")
{
    auto delivered = std::make_shared<std::atomic<int>>(0);
    std::atomic<bool> release{false};
    std::atomic<bool> started{false};
    std::atomic<bool> ended{false};
    {
        QObject receiver;
        auto* runner = new JobRunner(&receiver);
        runner->start<int>(
            [&](JobControl& control) -> Result<int> {
                started = true;
                waitUntil(release, control);
                ended = true;
                return 1;
            },
            [delivered](Result<int>) { ++*delivered; });
        REQUIRE(QTest::qWaitFor([&] { return started.load(); }, kTimeoutMs));
    }
    release = true;
    REQUIRE(QTest::qWaitFor([&] { return ended.load(); }, kTimeoutMs));
    QTest::qWait(200);
    CHECK(*delivered == 0);
}

TEST_CASE("A cancelled job ends early and its receiver gets one Cancelled error", "[ui][job]")
{
    QObject receiver;
    JobRunner runner(&receiver);
    Received<int> got;
    std::atomic<bool> started{false};
    std::atomic<int> steps{0};
    runner.start<int>(
        [&](JobControl& control) -> Result<int> {
            started = true;
            while (!control.isCancelled() && steps < 100000) {
                ++steps;
                QThread::msleep(1);
            }
            return steps.load();
        },
        got.receiver());
    REQUIRE(QTest::qWaitFor([&] { return started.load(); }, kTimeoutMs));
    runner.cancel();
    REQUIRE(QTest::qWaitFor([&] { return got.count > 0; }, kTimeoutMs));
    QTest::qWait(100);
    CHECK(got.count == 1);
    REQUIRE_FALSE(got.last->has_value());
    CHECK(got.last->error().code == ErrorCode::Cancelled);
    CHECK(steps < 100000);
}

TEST_CASE("A stopped job keeps what it did and delivers it", "[ui][job]")
{
    QObject receiver;
    JobRunner runner(&receiver);
    Received<int> got;
    std::atomic<int> steps{0};
    std::atomic<bool> sawCancel{false};
    runner.start<int>(
        [&](JobControl& control) -> Result<int> {
            while (!control.isStopRequested() && steps < 100000) {
                ++steps;
                QThread::msleep(1);
            }
            sawCancel = control.isCancelled();
            return steps.load();
        },
        got.receiver());
    REQUIRE(QTest::qWaitFor([&] { return steps > 5; }, kTimeoutMs));
    CHECK_FALSE(runner.isStopRequested());
    runner.stop();
    CHECK(runner.isStopRequested());
    REQUIRE(QTest::qWaitFor([&] { return got.count > 0; }, kTimeoutMs));
    CHECK(got.count == 1);
    REQUIRE(got.last->has_value());
    CHECK(**got.last > 5);
    CHECK(**got.last < 100000);
    CHECK_FALSE(sawCancel);
}

TEST_CASE("Early and late errors of a job reach the receiver the same way", "[ui][job]")
{
    TempDir dir;
    auto vault = Vault::create(dir.file(QStringLiteral("jobs.firebreak")), SecretBytes("jobs", 4));
    REQUIRE(vault);
    QObject receiver;
    JobRunner runner(&receiver);
    Received<QString> got;
    std::atomic<bool> ran{false};
    const auto work = [&ran](Vault& connection, JobControl&) -> Result<QString> {
        ran = true;
        if (connection.path().isEmpty())
            return QString();
        return fail(ErrorCode::BadInput, QStringLiteral("late"));
    };

    SECTION("late: the work's own error")
    {
        runner.start<QString>(**vault, work, got.receiver());
        CHECK(got.count == 0); // never during start()
        REQUIRE(QTest::qWaitFor([&] { return got.count > 0; }, kTimeoutMs));
        CHECK(ran);
        REQUIRE_FALSE(got.last->has_value());
        CHECK(got.last->error().code == ErrorCode::BadInput);
    }
    SECTION("early: no worker connection, so the work never starts")
    {
        (*vault)->close();
        runner.start<QString>(**vault, work, got.receiver());
        CHECK(got.count == 0); // never during start()
        CHECK(runner.isRunning());
        REQUIRE(QTest::qWaitFor([&] { return got.count > 0; }, kTimeoutMs));
        CHECK_FALSE(ran);
        REQUIRE_FALSE(got.last->has_value());
        CHECK(got.last->error().code == ErrorCode::Internal);
    }
    QTest::qWait(100);
    CHECK(got.count == 1);
    CHECK(got.thread == QThread::currentThread());
    CHECK_FALSE(runner.isRunning());
}

TEST_CASE("A job's work gets a connection of its own to the workspace", "[ui][job]")
{
    TempDir dir;
    auto vault = Vault::create(dir.file(QStringLiteral("jobs.firebreak")), SecretBytes("jobs", 4));
    REQUIRE(vault);
    QObject receiver;
    JobRunner runner(&receiver);
    Received<qint64> got;
    const Vault* main = vault->get();
    runner.start<qint64>(
        **vault,
        [main](Vault& connection, JobControl&) -> Result<qint64> {
            if (&connection == main)
                return fail(ErrorCode::Internal, QStringLiteral("the GUI thread's connection"));
            return connection.pragmaInt("PRAGMA user_version");
        },
        got.receiver());
    REQUIRE(QTest::qWaitFor([&] { return got.count > 0; }, kTimeoutMs));
    REQUIRE(got.last->has_value());
    CHECK(**got.last == Vault::latestSchemaVersion());
}

TEST_CASE("A job runner passes 64-bit progress through in full", "[ui][job]")
{
    QObject receiver;
    JobRunner runner(&receiver);
    Received<int> got;
    QList<JobProgress> seen;
    QObject::connect(&runner, &JobRunner::progressChanged, &receiver,
                     [&seen](const JobProgress& progress) { seen.append(progress); });
    constexpr qint64 kTotal = 6'000'000'000LL; // beyond 2^32
    const JobProgress half{3'000'000'001LL, kTotal, QStringLiteral("half"), 2'500'000'000LL, 5'000'000'000LL};
    const JobProgress whole{kTotal, kTotal, QStringLiteral("whole"), 5'000'000'000LL, 5'000'000'000LL};
    std::atomic<bool> halfSeen{false};
    runner.start<int>(
        [&](JobControl& control) -> Result<int> {
            control.report(half);
            waitUntil(halfSeen, control);
            control.report(whole);
            return 0;
        },
        got.receiver());
    REQUIRE(QTest::qWaitFor([&] { return !seen.isEmpty(); }, kTimeoutMs));
    CHECK(seen.first() == half);
    CHECK(runner.progress() == half);
    halfSeen = true;
    REQUIRE(QTest::qWaitFor([&] { return got.count > 0; }, kTimeoutMs));
    // The last report arrives before the result, even when it came after the last look.
    CHECK(seen.last() == whole);
    CHECK(runner.progress().done > (qint64(1) << 31));
}

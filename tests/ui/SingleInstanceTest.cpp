// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/SingleInstance.h"

#include "tests/ui/UiTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace fb;

namespace {

// The running instance, on a thread of its own (forward() waits for its answer on this one).
struct Running
{
    explicit Running(const QString& name)
    {
        instance = new SingleInstance(name);
        instance->moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(
            instance, [this]() { listening = instance->listen(); }, Qt::BlockingQueuedConnection);
        QObject::connect(
            instance, &SingleInstance::activated, &receiver, [this](const QString& path) { asked.append(path); },
            Qt::QueuedConnection);
    }
    ~Running()
    {
        QMetaObject::invokeMethod(
            instance, [this]() { delete instance; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    QThread thread;
    QObject receiver;
    SingleInstance* instance = nullptr;
    bool listening = false;
    QStringList asked;
};

QString socketName()
{
    return QStringLiteral("firebreak-test-%1.socket").arg(QCoreApplication::applicationPid());
}

} // namespace

TEST_CASE("A second launch hands its workspace to the running window and nothing else", "[ui][main][instance]")
{
    const QString name = socketName();
    SingleInstance later(name);
    CHECK_FALSE(later.forward(QStringLiteral("/srv/cases/team.firebreak"))); // nobody runs yet

    Running first(name);
    REQUIRE(first.listening);
    // Only the user may connect.
    const QFileInfo socket(first.instance->socketPath());
    CHECK(socket.exists());
    CHECK_FALSE(socket.permission(QFile::ReadOther));
    CHECK_FALSE(socket.permission(QFile::WriteOther));
    CHECK_FALSE(socket.permission(QFile::WriteGroup));

    CHECK(later.forward(QStringLiteral("/srv/cases/team.firebreak")));
    CHECK(later.forward(QString()));
    CHECK(later.forward(QStringLiteral("relative/team.firebreak")));
    REQUIRE(QTest::qWaitFor([&]() { return first.asked.size() == 3; }, 30000));
    CHECK(first.asked.at(0) == QStringLiteral("/srv/cases/team.firebreak"));
    CHECK(first.asked.at(1).isEmpty());
    CHECK(first.asked.at(2).isEmpty()); // not an absolute path: only comes forward

    // A third instance cannot listen beside the running one.
    SingleInstance third(name);
    CHECK_FALSE(third.listen());
    CHECK_FALSE(third.error().isEmpty());
}

TEST_CASE("A socket left by a killed instance does not stop the next one", "[ui][main][instance]")
{
    const QString name = socketName() + QStringLiteral(".stale");
    SingleInstance probe(name);
    QFile::remove(probe.socketPath());
    QFile stale(probe.socketPath());
    REQUIRE(stale.open(QIODevice::WriteOnly)); // nobody listens on it
    stale.close();

    Running next(name);
    CHECK(next.listening);
    CHECK(SingleInstance(name).forward(QStringLiteral("/tmp/a.firebreak")));
    REQUIRE(QTest::qWaitFor([&]() { return next.asked.size() == 1; }, 30000));
}

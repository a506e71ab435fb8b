// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screenshot/ScreenshotRunner.h"

#include "core/base/Clock.h"
#include "core/directory/DemoDirectory.h"
#include "core/tickets/DemoWorkspace.h"
#include "core/vault/Vault.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/directory/DirectoryPage.h"
#include "ui/main/DarkPalette.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationPane.h"
#include "ui/queue/QueuePage.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

namespace fb {

namespace {

QString save(QWidget* widget, const QString& path)
{
    QApplication::processEvents();
    return widget->grab().save(path) ? path : QString();
}

} // namespace

QStringList ScreenshotRunner::run(const QString& dir)
{
    QDir().mkpath(dir);
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("screenshots.firebreak"));
    auto created = Vault::create(path, SecretBytes("screenshots", 11));
    if (!created)
        return {};
    SystemClock clock;
    if (!DemoWorkspace::populate(**created, clock) || !DemoDirectory::populate(**created, clock))
        return {};
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QStringList written;
    for (const bool dark : {false, true}) {
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        settings.setValue(QStringLiteral("view/dark"), dark);
        MainWindow window(settings, clock, QStringLiteral("alice"));
        auto vault = dark ? Vault::open(path, SecretBytes("screenshots", 11)) : std::move(created);
        if (!vault)
            return written;
        window.setWorkspace(std::move(*vault));
        window.resize(1400, 860);
        window.show();
        window.navigation()->selectQueue(TicketKind::Report);
        window.queuePage()->table()->selectRow(0);
        written << save(&window, dir + QStringLiteral("/queue") + suffix);
        window.navigation()->selectQueue(TicketKind::Incident);
        window.queuePage()->table()->selectRow(0);
        written << save(&window, dir + QStringLiteral("/incident") + suffix);
        window.showTriage();
        written << save(&window, dir + QStringLiteral("/triage") + suffix);
        window.navigation()->selectPage(NavigationPane::Placeholder::Directory);
        window.directoryPage()->lookup(QStringLiteral("192.0.2.85"));
        written << save(&window, dir + QStringLiteral("/directory") + suffix);
        window.navigation()->selectPage(NavigationPane::Placeholder::Dashboard);
        window.navigation()->setFocus(); // not the first date field, which would show its text selected
        // The charts are computed by a job: wait for it (bounded).
        for (int i = 0; i < 500 && window.dashboardPage()->isLoading(); ++i) {
            QApplication::processEvents();
            QThread::msleep(10);
        }
        written << save(&window, dir + QStringLiteral("/dashboard") + suffix);
        window.navigation()->selectPage(NavigationPane::Placeholder::Settings);
        written << save(&window, dir + QStringLiteral("/settings") + suffix);
        window.lock();
        written << save(&window, dir + QStringLiteral("/locked") + suffix);
        window.close();
    }
    DarkPalette::apply(false);
    written.removeAll(QString());
    return written;
}

} // namespace fb

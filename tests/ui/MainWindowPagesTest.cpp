// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "core/demo/DemoDirectory.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/directory/DirectoryPage.h"
#include "ui/main/NavigationPane.h"
#include "ui/profile/ProfilePage.h"
#include "ui/settings/SettingsPage.h"

#include <QSplitter>
#include <QStackedWidget>

using namespace fb;
using namespace fb::test;

TEST_CASE("The team pages open from the navigation and let go of the workspace when locked", "[ui][main]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString path = dir.file(QStringLiteral("pages.firebreak"));
    {
        auto vault = Vault::create(path, SecretBytes("pages", 5));
        REQUIRE(vault);
        REQUIRE(DemoDirectory::populate(**vault, clock));
    }
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    auto vault = Vault::open(path, SecretBytes("pages", 5));
    REQUIRE(vault);
    window.setWorkspace(std::move(*vault));
    auto* pages =
        child<QSplitter>(&window, "mainSplitter")->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(pages);

    window.navigation()->selectPage(NavigationPane::Placeholder::Directory);
    CHECK(pages->currentWidget() == window.directoryPage());
    CHECK(window.directoryPage()->isEnabled());
    CHECK(window.directoryPage()->lookup(QStringLiteral("2001:db8::1")));
    window.navigation()->selectPage(NavigationPane::Placeholder::TeamProfile);
    CHECK(pages->currentWidget() == window.profilePage());
    CHECK(window.profilePage()->isEnabled());
    CHECK(window.profilePage()->fillFromDirectory()); // the demo marks EXU-CERT as our team
    CHECK(window.profilePage()->profile().sectionText(QStringLiteral("2.1")).contains(QStringLiteral("EXU-CERT")));
    window.navigation()->selectPage(NavigationPane::Placeholder::Dashboard);
    CHECK(pages->currentWidget() == window.dashboardPage());
    window.navigation()->selectPage(NavigationPane::Placeholder::Settings);
    CHECK(pages->currentWidget() == window.settingsPage());

    window.lock();
    CHECK(window.isLocked());
    for (QWidget* page : {static_cast<QWidget*>(window.directoryPage()), static_cast<QWidget*>(window.dashboardPage()),
                          static_cast<QWidget*>(window.settingsPage()), static_cast<QWidget*>(window.profilePage())}) {
        INFO(page->objectName().toStdString());
        CHECK_FALSE(page->isEnabled());
    }
    CHECK_FALSE(window.directoryPage()->lookup(QStringLiteral("2001:db8::1")));
}

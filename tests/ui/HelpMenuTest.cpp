// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/HelpMenu.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using namespace fb;
using namespace fb::test;

namespace {

struct HelpWindow
{
    HelpWindow()
        : settings(dir)
        , clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        , window(settings.settings, clock, QStringLiteral("alice"))
    {
    }
    QAction* action(const char* name) { return window.findChild<QAction*>(QString::fromLatin1(name)); }

    TempDir dir;
    TestSettings settings;
    FixedClock clock;
    MainWindow window;
};

} // namespace

TEST_CASE("Help → User guide shows docs/gui.md as text, without its screenshots", "[ui][help]")
{
    QFile source(QStringLiteral(FB_SOURCE_DIR "/docs/gui.md"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(source.readAll());
    REQUIRE(markdown.contains(QStringLiteral("## The ticket desk")));

    HelpWindow help;
    QAction* guide = help.action("userGuideAction");
    REQUIRE(guide);
    guide->trigger(); // works while no workspace is open, too
    auto* dialog = help.window.findChild<UserGuideDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    const QString shown = child<QTextBrowser>(dialog, "userGuideTextBrowser")->toPlainText();
    CHECK(shown.contains(QStringLiteral("The ticket desk")));
    CHECK(shown.contains(QStringLiteral("Go to ticket")));
    CHECK_FALSE(shown.contains(QStringLiteral("## ")));                   // rendered, not the Markdown source
    CHECK_FALSE(shown.contains(QStringLiteral("screenshots/queue.png"))); // no image references
    const auto built = UserGuideDialog::markdown();
    REQUIRE(built);
    CHECK(built->contains(QStringLiteral("## The ticket desk")));
    CHECK_FALSE(built->contains(QStringLiteral("![")));

    // Asked again: the same window comes to the front.
    guide->trigger();
    CHECK(help.window.findChildren<UserGuideDialog*>().size() == 1);
}

TEST_CASE("Help → About Firebreak shows the version, the licence and Qt's version", "[ui][help]")
{
    HelpWindow help;
    QAction* about = help.action("aboutAction");
    REQUIRE(about);
    about->trigger();
    auto* dialog = help.window.findChild<AboutDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    const QString text = child<QLabel>(dialog, "aboutTextLabel")->text();
    CHECK(text.contains(QStringLiteral("Firebreak " FB_VERSION)));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QString::fromLatin1(qVersion())));
    CHECK(help.action("aboutQtAction"));
}

TEST_CASE("F1 opens the keyboard shortcuts, also while the workspace is locked", "[ui][help]")
{
    HelpWindow help;
    help.window.show();
    help.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&help.window));
    CHECK(help.window.isLocked());
    QAction* shortcuts = help.action("keyboardShortcutsAction");
    REQUIRE(shortcuts);
    CHECK(shortcuts->isEnabled());
    QTest::keyClick(&help.window, Qt::Key_F1);
    auto* dialog = help.window.findChild<ShortcutsDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(help.window.helpMenu()->showShortcuts() == dialog);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/main/NavigationPane.h"
#include "ui/main/Shortcuts.h"
#include "ui/queue/QueuePage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/ticket/TicketView.h"
#include "ui/triage/TriagePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

// A shown, active window on a fresh workspace with two reports, the Reports queue showing the newer.
struct KeyboardWindow
{
    KeyboardWindow()
        : settings(dir)
        , clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        , window(settings.settings, clock, QStringLiteral("alice"))
    {
        auto vault = Vault::create(dir.file(QStringLiteral("keys.firebreak")), SecretBytes("test", 4));
        REQUIRE(vault);
        window.setWorkspace(std::move(*vault));
        for (const QString& title : {QStringLiteral("Phishing kit on a web host"), QStringLiteral("Open resolver")}) {
            NewTicket ticket;
            ticket.kind = TicketKind::Report;
            ticket.title = title;
            reports.append(window.session()->workflow().create(ticket).value());
        }
        window.refresh();
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    QWidget* currentPage()
    {
        auto* splitter = child<QSplitter>(&window, "mainSplitter");
        auto* pages = splitter->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
        REQUIRE(pages);
        return pages->currentWidget();
    }

    QString state(qint64 id) { return window.session()->tickets().get(id).value().state; }

    TempDir dir;
    TestSettings settings;
    FixedClock clock;
    MainWindow window;
    QList<qint64> reports;
};

} // namespace

TEST_CASE("Tab and Shift+Tab leave the queue table instead of walking its cells", "[ui][main][keyboard]")
{
    KeyboardWindow k;
    QTableView* table = k.window.queuePage()->table();
    REQUIRE(table->model()->rowCount() == 2);
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentIndex(table->model()->index(0, 1));
    REQUIRE(QApplication::focusWidget() == table);
    const QModelIndex before = table->currentIndex();

    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != table);
    CHECK(k.window.queuePage()->ticketView()->isAncestorOf(QApplication::focusWidget()));
    CHECK(table->currentIndex() == before);

    table->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(table, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() != table);
    CHECK(table->currentIndex() == before);
}

TEST_CASE("Ctrl+1 … switch the navigation's pages in the order shown", "[ui][main][keyboard]")
{
    KeyboardWindow k;
    NavigationPane* navigation = k.window.navigation();
    CHECK(k.window.queuePage()->kind() == TicketKind::Report);

    QTest::keyClick(&k.window, Qt::Key_2, Qt::ControlModifier);
    CHECK(navigation->currentItem() == navigation->queueItem(TicketKind::Incident));
    CHECK(k.currentPage() == k.window.queuePage());
    CHECK(k.window.queuePage()->kind() == TicketKind::Incident);
    CHECK(QApplication::focusWidget() == k.window.queuePage()->table()); // the arrows walk the queue now

    QTest::keyClick(&k.window, Qt::Key_5, Qt::ControlModifier);
    CHECK(k.currentPage() == k.window.triagePage());
    QTest::keyClick(&k.window, Qt::Key_0, Qt::ControlModifier);
    CHECK(k.currentPage() == k.window.settingsPage());
    CHECK(navigation->currentItem() == navigation->pageItems().last());
    QTest::keyClick(&k.window, Qt::Key_1, Qt::ControlModifier);
    CHECK(k.window.queuePage()->kind() == TicketKind::Report);

    // Ctrl+T shows triage without moving the navigation; Ctrl+1 still brings the queue back.
    QTest::keyClick(&k.window, Qt::Key_T, Qt::ControlModifier);
    CHECK(k.currentPage() == k.window.triagePage());
    QTest::keyClick(&k.window, Qt::Key_1, Qt::ControlModifier);
    CHECK(k.currentPage() == k.window.queuePage());

    k.window.lock();
    QTest::keyClick(&k.window, Qt::Key_2, Qt::ControlModifier);
    CHECK(navigation->currentItem() == navigation->queueItem(TicketKind::Report));
}

TEST_CASE("Transition keys move the shown ticket, as its buttons do", "[ui][main][keyboard]")
{
    KeyboardWindow k;
    TicketView* view = k.window.queuePage()->ticketView();
    const qint64 shown = view->ticketId();
    REQUIRE(k.reports.contains(shown));
    REQUIRE(k.state(shown) == QStringLiteral("new"));

    // A report cannot be abandoned: the key does nothing.
    QTest::keyClick(&k.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(300);
    CHECK(k.state(shown) == QStringLiteral("new"));

    QTest::keyClick(&k.window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(QTest::qWaitFor([&]() { return k.state(shown) == QStringLiteral("resolved"); }, 5000));
    CHECK(view->ticketId() == shown);
    CHECK(view->transitionTargets() == QStringList{QStringLiteral("open")});

    // The new buttons are shown by the layout a moment later.
    CHECK(QTest::qWaitFor([&]() { return child<QAbstractButton>(view, "transitionButton_open")->isVisible(); }));
    QTest::keyClick(&k.window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(QTest::qWaitFor([&]() { return k.state(shown) == QStringLiteral("open"); }, 5000));
    // The key is in the button's tool tip.
    auto* reject = child<QAbstractButton>(view, "transitionButton_rejected");
    CHECK(
        reject->toolTip().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X).toString(QKeySequence::NativeText)));
}

TEST_CASE("Every key of the window comes from the shortcut table", "[ui][main][keyboard]")
{
    KeyboardWindow k;
    const QList<Shortcut> table = Shortcuts::all();
    const auto inTable = [&table](const QKeySequence& keys) {
        return std::any_of(table.begin(), table.end(), [&keys](const Shortcut& shortcut) {
            return shortcut.context != ShortcutContext::Triage && shortcut.keys.contains(keys);
        });
    };
    const QList<QAction*> actions = k.window.findChildren<QAction*>();
    int keyed = 0;
    for (const QAction* action : actions) {
        for (const QKeySequence& keys : action->shortcuts()) {
            INFO(action->objectName().toStdString() << " " << keys.toString().toStdString());
            CHECK(inTable(keys));
            ++keyed;
        }
    }
    const QList<QAbstractButton*> buttons = k.window.findChildren<QAbstractButton*>();
    for (const QAbstractButton* button : buttons) {
        if (button->shortcut().isEmpty() || button->shortcut()[0].keyboardModifiers() == Qt::AltModifier)
            continue; // a mnemonic (&Save) is not a shortcut
        INFO(button->objectName().toStdString() << " " << button->shortcut().toString().toStdString());
        CHECK(inTable(button->shortcut()));
        ++keyed;
    }
    CHECK(keyed > 20);
}

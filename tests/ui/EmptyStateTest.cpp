// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/EmptyState.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/advisory/AdvisoryPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/directory/DirectoryPage.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationPane.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/TicketTableModel.h"
#include "ui/triage/TriagePage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

bool shown(EmptyState* state)
{
    return !state->isHidden();
}

EmptyState* emptyState(QWidget* root, const char* name)
{
    return child<EmptyState>(root, name);
}

// Clicks the empty state's button with the action's own slots cut off (they open file dialogs), and says whether
// the action was triggered.
bool buttonTriggers(EmptyState* state, QAction* action)
{
    QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
    QSignalSpy triggered(action, &QAction::triggered);
    REQUIRE_FALSE(state->button()->isHidden());
    state->button()->click(); // a tab not shown has its button hidden from the mouse, not from a click
    return triggered.count() == 1;
}

struct Window
{
    Window()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        , settings(dir)
        , window(settings.settings, clock, QStringLiteral("alice"))
    {
        auto vault = Vault::create(dir.file(QStringLiteral("empty.firebreak")), SecretBytes("test", 4));
        REQUIRE(vault);
        window.setWorkspace(std::move(*vault));
        window.resize(1200, 800);
        window.show();
    }
    qint64 make(TicketKind kind, const QString& title)
    {
        NewTicket t;
        t.kind = kind;
        t.title = title;
        auto id = window.session()->workflow().create(t);
        REQUIRE(id);
        return *id;
    }

    TempDir dir;
    FixedClock clock;
    TestSettings settings;
    MainWindow window;
};

} // namespace

TEST_CASE("An empty state over a view shows while the model has no rows", "[ui][empty]")
{
    QStringListModel model;
    QListView view;
    view.setModel(&model);
    view.resize(400, 300);
    EmptyState* state = EmptyState::over(&view, QStringLiteral("testEmptyState"));
    state->setMessage(QStringLiteral("Nothing here"), QStringLiteral("Add something"));
    view.show();
    CHECK(state->isVisible());
    CHECK(state->geometry() == view.viewport()->rect());
    CHECK(state->title() == QStringLiteral("Nothing here"));
    CHECK(state->hint() == QStringLiteral("Add something"));

    model.setStringList({QStringLiteral("one")});
    CHECK_FALSE(state->isVisible());
    model.removeRows(0, 1);
    CHECK(state->isVisible());
    view.resize(600, 500);
    QTest::qWait(0);
    CHECK(state->geometry() == view.viewport()->rect());

    // In a small pane the picture goes first, then the hint; the title stays.
    state->setIcon(IconId::Search);
    view.resize(600, 500);
    QTest::qWait(0);
    CHECK(child<QLabel>(state, "emptyStateHintLabel")->isVisible());
    CHECK(child<QLabel>(state, "emptyStateIconLabel")->isVisible());
    view.resize(600, state->fontMetrics().height() * 5);
    QTest::qWait(0);
    CHECK_FALSE(child<QLabel>(state, "emptyStateIconLabel")->isVisible());
    CHECK(child<QLabel>(state, "emptyStateTitleLabel")->isVisible());
    view.resize(600, state->fontMetrics().height() * 2);
    QTest::qWait(0);
    CHECK_FALSE(child<QLabel>(state, "emptyStateHintLabel")->isVisible());
    CHECK(child<QLabel>(state, "emptyStateTitleLabel")->isVisible());

    // A condition keeps it away even when empty.
    bool wanted = false;
    state->setCondition([&wanted]() { return wanted; });
    CHECK_FALSE(state->isVisible());
    wanted = true;
    state->refresh();
    CHECK(state->isVisible());
}

TEST_CASE("An empty state's button triggers its action, or its own deed", "[ui][empty]")
{
    EmptyState state;
    CHECK(state.button()->isHidden()); // no button until there is something to do
    QAction action(QStringLiteral("&Import mail files…"));
    state.setAction(&action);
    state.show();
    CHECK(state.button()->isVisible());
    CHECK(state.button()->text() == QStringLiteral("Import mail files…")); // the menu's mnemonic left out
    QSignalSpy triggered(&action, &QAction::triggered);
    QTest::mouseClick(state.button(), Qt::LeftButton);
    CHECK(triggered.count() == 1);
    action.setEnabled(false); // e.g. while locked
    CHECK_FALSE(state.button()->isEnabled());

    int done = 0;
    state.setButton(QStringLiteral("Clear"), [&done]() { ++done; });
    QTest::mouseClick(state.button(), Qt::LeftButton);
    CHECK(done == 1);
    CHECK(triggered.count() == 1); // the action is no longer the button's
}

TEST_CASE("Each queue of an empty workspace says what fills it, and hides once there is a row", "[ui][empty][queue]")
{
    Window w;
    MainWindow& window = w.window;
    EmptyState* queue = emptyState(window.queuePage(), "queueEmptyState");
    window.navigation()->selectQueue(TicketKind::Report);
    CHECK(shown(queue));
    CHECK(queue->title() == QStringLiteral("No reports"));
    CHECK(queue->hint().contains(QStringLiteral("Import mail files")));
    CHECK(buttonTriggers(queue, child<QAction>(&window, "importMailAction")));

    window.navigation()->selectQueue(TicketKind::Incident);
    CHECK(shown(queue));
    CHECK(queue->title() == QStringLiteral("No incidents"));
    CHECK(buttonTriggers(queue, child<QAction>(&window, "newTicketAction")));

    w.make(TicketKind::Incident, QStringLiteral("Phishing wave"));
    window.refresh();
    CHECK(window.queuePage()->model()->rowCount() == 1);
    CHECK_FALSE(shown(queue));

    // A search without hits says so and offers to clear it.
    window.queuePage()->showQueue(TicketKind::Incident, QStringLiteral("nosuchword"));
    CHECK(window.queuePage()->model()->rowCount() == 0);
    CHECK(shown(queue));
    CHECK(queue->title() == QStringLiteral("No tickets match"));
    QTest::mouseClick(queue->button(), Qt::LeftButton);
    CHECK(child<QLineEdit>(window.queuePage(), "searchLineEdit")->text().isEmpty());
    CHECK(window.queuePage()->model()->rowCount() == 1);
    CHECK_FALSE(shown(queue));
}

TEST_CASE("Triage, dashboard, directory and advisories say what to do when empty", "[ui][empty]")
{
    Window w;
    MainWindow& window = w.window;
    window.showTriage();
    EmptyState* triage = emptyState(window.triagePage(), "triageEmptyState");
    CHECK(shown(triage));
    CHECK(buttonTriggers(triage, child<QAction>(&window, "importMailAction")));

    window.navigation()->selectPage(NavigationPane::Placeholder::Dashboard);
    window.dashboardPage()->reload();
    EmptyState* dashboard = emptyState(window.dashboardPage(), "dashboardEmptyState");
    CHECK(shown(dashboard));
    CHECK(buttonTriggers(dashboard, child<QAction>(&window, "importMailAction")));

    window.navigation()->selectPage(NavigationPane::Placeholder::Directory);
    EmptyState* teams = emptyState(window.directoryPage(), "teamsEmptyState");
    CHECK(shown(teams));
    CHECK(teams->title() == QStringLiteral("No teams in the directory yet"));
    CHECK(teams->hint().contains(QStringLiteral("Add team…")));
    CHECK(teams->button()->isHidden()); // the page's own button is just above

    EmptyState* advisories = emptyState(window.advisoryPage(), "advisoriesEmptyState");
    CHECK(shown(advisories));
    CHECK(advisories->hint().contains(QStringLiteral("New advisory")));

    // A new report fills triage and the dashboard.
    w.make(TicketKind::Report, QStringLiteral("Open RDP"));
    window.showTriage();
    CHECK_FALSE(shown(triage));
    for (int i = 0; i < 600 && window.dashboardPage()->isLoading(); ++i)
        QTest::qWait(20);
    window.dashboardPage()->reload();
    CHECK_FALSE(shown(dashboard));
}

TEST_CASE("A ticket's tabs say when they have nothing yet, and how to add it", "[ui][empty][ticket]")
{
    Window w;
    MainWindow& window = w.window;
    const qint64 id = w.make(TicketKind::Report, QStringLiteral("Open RDP"));
    window.navigation()->selectQueue(TicketKind::Report);
    window.refresh();
    REQUIRE(window.queuePage()->model()->rowCount() == 1);
    EmptyState* observables = emptyState(window.queuePage(), "observablesEmptyState");
    EmptyState* links = emptyState(window.queuePage(), "linksEmptyState");
    EmptyState* mail = emptyState(window.queuePage(), "correspondenceEmptyState");
    CHECK(shown(observables));
    CHECK(shown(links));
    CHECK(shown(mail));
    // Their tabs have the buttons that fill them just below; the empty states name them.
    CHECK(observables->button()->isHidden());
    CHECK(observables->hint().contains(QStringLiteral("below")));
    CHECK(links->hint().contains(QStringLiteral("below")));
    CHECK(links->button()->isHidden());

    REQUIRE(window.session()->observables().addObservable(
        id, Observable{ObservableType::Ipv4, QStringLiteral("192.0.2.7")}));
    const qint64 incident = w.make(TicketKind::Incident, QStringLiteral("Scanning"));
    REQUIRE(window.session()->workflow().link(id, incident));
    window.refresh();
    CHECK_FALSE(shown(observables));
    CHECK_FALSE(shown(links));
    CHECK(shown(mail)); // still no mail
}

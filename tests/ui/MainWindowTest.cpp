// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/mail/ComposerDialog.h"
#include "ui/main/NavigationPane.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/TicketTableModel.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketView.h"
#include "ui/triage/TriagePage.h"
#include "ui/workspace/ChangePassphraseDialog.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>

using namespace fb;
using namespace fb::test;

TEST_CASE("Menus carry the desktop shortcuts and import accepts only local files", "[ui][main]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    auto vault = Vault::create(dir.file(QStringLiteral("keys.firebreak")), SecretBytes("test", 4));
    REQUIRE(vault);
    window.setWorkspace(std::move(*vault));
    const std::pair<const char*, QKeySequence> expected[] = {
        {"newTicketAction", QKeySequence(Qt::CTRL | Qt::Key_N)},
        {"findAction", QKeySequence(Qt::CTRL | Qt::Key_F)},
        {"refreshAction", QKeySequence(Qt::Key_F5)},
        {"quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {"importMailAction", QKeySequence(Qt::CTRL | Qt::Key_I)},
        {"lockAction", QKeySequence(Qt::CTRL | Qt::Key_L)},
        {"goToTicketAction", QKeySequence(Qt::CTRL | Qt::Key_G)},
        {"takeTicketAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
    };
    for (const auto& [name, keys] : expected) {
        INFO(name);
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK(action->shortcut() == keys);
        if (QLatin1String(name) != QLatin1String("takeTicketAction")) // no ticket shown yet
            CHECK(action->isEnabled());
    }
    // No key does two things.
    QHash<QString, QString> owners;
    const QList<QAction*> all = window.findChildren<QAction*>();
    for (QAction* action : all) {
        for (const QKeySequence& keys : action->shortcuts()) {
            INFO(action->objectName().toStdString() << " and " << owners.value(keys.toString()).toStdString());
            CHECK_FALSE(owners.contains(keys.toString()));
            owners.insert(keys.toString(), action->objectName());
        }
    }

    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.org/box.mbox"))});
    QDragEnterEvent enter(window.rect().center(), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK_FALSE(enter.isAccepted());

    window.lock();
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("importMailAction"))->isEnabled());
}

TEST_CASE("Window geometry and the queue's column widths persist across runs", "[ui][main]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    int stateWidth = 0;
    {
        MainWindow window(settings.settings, clock, QStringLiteral("alice"));
        window.show();
        window.resize(1111, 777);
        QHeaderView* header = window.queuePage()->table()->horizontalHeader();
        // The title column stretches to what is left; a column of fixed width keeps what the user gave it.
        header->resizeSection(2, 233);
        stateWidth = header->sectionSize(2);
        window.close();
    }
    MainWindow again(settings.settings, clock, QStringLiteral("alice"));
    again.show();
    CHECK(again.size() == QSize(1111, 777));
    CHECK(again.queuePage()->table()->horizontalHeader()->sectionSize(2) == stateWidth);
}

TEST_CASE("File → Change passphrase re-keys the open workspace and the window works on", "[ui][main][passphrase]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    const QString path = dir.file(QStringLiteral("window.firebreak"));
    auto vault = Vault::create(path, SecretBytes("old passphrase", 14));
    REQUIRE(vault);
    window.setWorkspace(std::move(*vault));
    NewTicket ticket;
    ticket.kind = TicketKind::Report;
    ticket.title = QStringLiteral("Still here after the change");
    REQUIRE(window.session()->workflow().create(ticket));

    auto* action = window.findChild<QAction*>(QStringLiteral("changePassphraseAction"));
    REQUIRE(action);
    action->trigger();
    auto* dialog = window.findChild<ChangePassphraseDialog*>();
    REQUIRE(dialog);
    child<QLineEdit>(dialog, "currentPassphraseLineEdit")->setText(QStringLiteral("old passphrase"));
    const QString next = QStringLiteral("tangerine ferry quietly orbits granite");
    child<QLineEdit>(dialog, "newPassphraseLineEdit")->setText(next);
    child<QLineEdit>(dialog, "repeatPassphraseLineEdit")->setText(next);
    QSignalSpy changed(dialog, &ChangePassphraseDialog::changed);
    child<QPushButton>(dialog, "changeButton")->click();
    CHECK(window.session() == nullptr); // the job has the workspace meanwhile
    REQUIRE(changed.wait(60000));
    REQUIRE(window.session());
    CHECK_FALSE(window.isLocked());
    auto tickets = window.session()->tickets().get(1);
    REQUIRE(tickets);
    CHECK(tickets->title == QStringLiteral("Still here after the change"));
    // The window's session writes under the new key.
    ticket.title = QStringLiteral("Written after the change");
    REQUIRE(window.session()->workflow().create(ticket));
    window.lock();
    QString copy = next;
    auto reopened = Vault::open(path, SecretBytes::takeUtf8(copy));
    REQUIRE(reopened);
    CHECK(*(*reopened)->pragmaInt("SELECT count(*) FROM tickets") == 2);
}

namespace {

// A window on a fresh workspace with one incident, its ticket dialogs scripted.
struct DeskWindow
{
    DeskWindow()
        : settings(dir)
        , clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        , window(settings.settings, clock, QStringLiteral("alice"))
    {
        auto vault = Vault::create(dir.file(QStringLiteral("desk.firebreak")), SecretBytes("test", 4));
        REQUIRE(vault);
        window.setWorkspace(std::move(*vault));
        window.queuePage()->ticketView()->actions()->setPrompts(script.prompts());
        NewTicket ticket;
        ticket.kind = TicketKind::Incident;
        ticket.title = QStringLiteral("Ransomware at the library");
        incident = window.session()->workflow().create(ticket).value();
    }
    TempDir dir;
    TestSettings settings;
    FixedClock clock;
    MainWindow window;
    ScriptedPrompts script;
    qint64 incident = 0;
};

} // namespace

TEST_CASE("Ctrl+N asks for kind, title, TLP, class and incident, and shows the new ticket", "[ui][main]")
{
    DeskWindow desk;
    MainWindow& window = desk.window;
    ScriptedPrompts& script = desk.script;
    const qint64 incidentId = desk.incident;

    std::optional<TicketKind> offered;
    QList<Ticket> offeredIncidents;
    std::optional<NewTicket> answer;
    window.setNewTicketPrompt([&](QWidget*, TicketKind kind, const QList<Ticket>& incidents) {
        offered = kind;
        offeredIncidents = incidents;
        return answer;
    });

    SECTION("the current queue's kind comes first; the ticket is created, linked and shown")
    {
        window.navigation()->selectQueue(TicketKind::Investigation);
        NewTicket investigation;
        investigation.kind = TicketKind::Investigation;
        investigation.title = QStringLiteral("Which host was first?");
        investigation.tlp = TlpLevel::Red;
        investigation.rsitClass = QStringLiteral("malicious-code");
        investigation.rsitType = QStringLiteral("infected-system");
        investigation.incidentId = incidentId;
        answer = investigation;
        window.findChild<QAction*>(QStringLiteral("newTicketAction"))->trigger();
        CHECK(offered == TicketKind::Investigation);
        REQUIRE(offeredIncidents.size() == 1);
        CHECK(offeredIncidents.first().id == incidentId);
        CHECK(script.messages.isEmpty());
        const qint64 id = window.queuePage()->ticketView()->ticketId();
        REQUIRE(id > incidentId);
        const Ticket created = window.session()->tickets().get(id).value();
        CHECK(created.kind == TicketKind::Investigation);
        CHECK(created.tlp == TlpLevel::Red);
        CHECK(created.rsitType == QStringLiteral("infected-system"));
        CHECK(created.owner == QStringLiteral("alice"));
        CHECK(window.session()->workflow().incidentsOf(id).value() == QList<qint64>{incidentId});
    }
    SECTION("a countermeasure without an incident is refused by core, with its message")
    {
        NewTicket countermeasure;
        countermeasure.kind = TicketKind::Countermeasure;
        countermeasure.title = QStringLiteral("Block the C2");
        answer = countermeasure;
        window.newTicket();
        REQUIRE(script.messages.size() == 1);
        CHECK(script.messages.first().contains(QStringLiteral("countermeasure must be linked")));
        CHECK(window.session()->search().count(TicketQuery{}).value() == 1);
    }
    SECTION("cancelled")
    {
        window.newTicket();
        CHECK(offered == TicketKind::Report);
        CHECK(window.session()->search().count(TicketQuery{}).value() == 1);
    }
}

TEST_CASE("Ctrl+G takes a ticket number in the search box", "[ui][main]")
{
    DeskWindow desk;
    MainWindow& window = desk.window;
    const qint64 id = desk.incident;
    window.show();
    window.findChild<QAction*>(QStringLiteral("goToTicketAction"))->trigger();
    auto* search = child<QLineEdit>(&window, "searchLineEdit");
    QTest::keyClicks(search, QString::number(id));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(window.queuePage()->ticketView()->ticketId() == id);
}

TEST_CASE("The navigation pane can be hidden for a small screen, and stays so", "[ui][main]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    {
        MainWindow window(settings.settings, clock, QStringLiteral("alice"));
        window.resize(1024, 700);
        window.show();
        auto* navigation = window.findChild<QTreeWidget*>(QStringLiteral("navigationTreeWidget"));
        REQUIRE(navigation);
        CHECK_FALSE(navigation->isHidden());
        auto* toggle = window.findChild<QAction*>(QStringLiteral("showNavigationAction"));
        REQUIRE(toggle);
        CHECK(toggle->isChecked());
        toggle->trigger();
        CHECK(navigation->isHidden());
        window.close();
    }
    MainWindow again(settings.settings, clock, QStringLiteral("alice"));
    again.show();
    CHECK(again.findChild<QTreeWidget*>(QStringLiteral("navigationTreeWidget"))->isHidden());
    again.findChild<QAction*>(QStringLiteral("showNavigationAction"))->trigger();
    CHECK_FALSE(again.findChild<QTreeWidget*>(QStringLiteral("navigationTreeWidget"))->isHidden());
}

TEST_CASE("Views are never stale: counts follow each change, Refresh shows what another program wrote", "[ui][main]")
{
    DeskWindow desk;
    MainWindow& window = desk.window;
    window.resize(1200, 800);
    window.show();
    NavigationPane* navigation = window.navigation();
    const auto countText = [navigation](TicketKind kind) { return navigation->queueItem(kind)->text(0); };
    QAction* refresh = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().contains(QKeySequence(Qt::Key_F5)))
            refresh = action;
    }
    REQUIRE(refresh);
    refresh->trigger(); // the fixture wrote its incident past the window
    navigation->selectQueue(TicketKind::Incident);
    window.queuePage()->table()->selectRow(0);
    REQUIRE(window.queuePage()->ticketView()->ticketId() == desk.incident);
    CHECK(countText(TicketKind::Incident).endsWith(QStringLiteral("  1")));
    CHECK(countText(TicketKind::Investigation).endsWith(QStringLiteral("  0")));

    // A change made in the ticket view shows in the navigation at once.
    desk.script.launches.append({QStringLiteral("Ask the library's ISP"), TlpLevel::Amber});
    const qint64 investigation = window.queuePage()->ticketView()->actions()->launch(TicketKind::Investigation);
    REQUIRE(investigation > 0);
    CHECK(countText(TicketKind::Investigation).endsWith(QStringLiteral("  1")));

    // Another program (firebreak-cli on the same file) adds a report: Refresh (F5) shows it everywhere.
    NewTicket report;
    report.kind = TicketKind::Report;
    report.title = QStringLiteral("Scanning from 198.51.100.7");
    const qint64 written = window.session()->workflow().create(report).value();
    CHECK(countText(TicketKind::Report).endsWith(QStringLiteral("  0")));
    refresh->trigger();
    CHECK(countText(TicketKind::Report).endsWith(QStringLiteral("  1")));
    navigation->selectQueue(TicketKind::Report);
    CHECK(window.queuePage()->model()->rowOf(written) >= 0);
}

TEST_CASE("Write mail on the main toolbar opens the composer for the shown ticket, or says to open one",
          "[ui][main][mail]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    auto vault = Vault::create(dir.file(QStringLiteral("mail.firebreak")), SecretBytes("test", 4));
    REQUIRE(vault);
    window.setWorkspace(std::move(*vault));
    auto* write = child<QAction>(&window, "writeMailAction");
    CHECK(child<QToolBar>(&window, "mainToolBar")->actions().contains(write));
    CHECK(child<QMenu>(&window, "ticketMenu")->actions().contains(write));
    for (const char* name : {"exportReportAction", "shareIncidentAction"}) {
        INFO(name);
        CHECK(child<QMenu>(&window, "ticketMenu")->actions().contains(child<QAction>(&window, name)));
    }

    window.navigation()->selectQueue(TicketKind::Report);
    write->trigger(); // no ticket shown
    CHECK(window.findChildren<ComposerDialog*>().isEmpty());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Open a ticket first")));

    NewTicket t;
    t.kind = TicketKind::Report;
    t.title = QStringLiteral("Open RDP");
    REQUIRE(window.session()->workflow().create(t));
    window.refresh();
    REQUIRE(window.queuePage()->ticketView()->ticketId() > 0);
    write->trigger();
    const QList<ComposerDialog*> composers = window.findChildren<ComposerDialog*>();
    REQUIRE(composers.size() == 1);
    composers.first()->close();
}

TEST_CASE("Triage opened from the keyboard shows in the navigation, and the queue is one click away again",
          "[ui][main]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    auto vault = Vault::create(dir.file(QStringLiteral("triage.firebreak")), SecretBytes("test", 4));
    REQUIRE(vault);
    window.setWorkspace(std::move(*vault));
    window.navigation()->selectQueue(TicketKind::Incident);
    QTreeWidgetItem* incidents = window.navigation()->queueItem(TicketKind::Incident);
    REQUIRE(window.navigation()->currentItem() == incidents);

    child<QAction>(&window, "triageAction")->trigger();
    CHECK(window.triagePage()->isVisibleTo(&window));
    CHECK(window.navigation()->currentItem()->text(0) == NavigationPane::pageNames().at(4));

    window.navigation()->setCurrentItem(incidents); // the click that did nothing while it still looked current
    CHECK(window.queuePage()->isVisibleTo(&window));
    CHECK(window.queuePage()->kind() == TicketKind::Incident);
}

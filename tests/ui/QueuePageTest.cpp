// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueuePage.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/queue/TicketTableModel.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketNumber.h"
#include "ui/ticket/TicketView.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace fb;
using namespace fb::test;

TEST_CASE("Ticket numbers are read as people type them", "[ui][queue]")
{
    CHECK(TicketNumber::parse(QStringLiteral("44")) == 44);
    CHECK(TicketNumber::parse(QStringLiteral(" #44 ")) == 44);
    CHECK(TicketNumber::parse(QStringLiteral("# 7")) == 7);
    CHECK_FALSE(TicketNumber::parse(QStringLiteral("0")));
    CHECK_FALSE(TicketNumber::parse(QStringLiteral("-3")));
    CHECK_FALSE(TicketNumber::parse(QStringLiteral("4a")));
    CHECK_FALSE(TicketNumber::parse(QStringLiteral("#")));
    CHECK_FALSE(TicketNumber::parse(QStringLiteral("99999999999999999999999")));
    CHECK(TicketNumber::parseHashed(QStringLiteral("#12")) == 12);
    CHECK_FALSE(TicketNumber::parseHashed(QStringLiteral("12")));
}

TEST_CASE("#N in the search box, or N after Ctrl+G, opens ticket N - a missing one says so", "[ui][queue]")
{
    SessionFixture f;
    const qint64 report = f.make(TicketKind::Report, QStringLiteral("Scan from 192.0.2.1"));
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet"));
    QueuePage page;
    page.setSession(f.session.get());
    page.showQueue(TicketKind::Report);
    page.show();
    auto* search = child<QLineEdit>(&page, "searchLineEdit");
    auto* status = child<QLabel>(&page, "queueStatusLabel");
    REQUIRE(page.ticketView()->ticketId() == report);

    SECTION("#N, in another queue")
    {
        search->setText(QStringLiteral("#%1").arg(incident));
        page.applyFilters(); // the debounce: a number is not searched for
        CHECK(page.model()->rowCount() == 1);
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(page.ticketView()->ticketId() == incident);
        CHECK(status->text().contains(QStringLiteral("Botnet")));
    }
    SECTION("N after Ctrl+G")
    {
        page.startGoTo();
        CHECK(search->text().isEmpty());
        QTest::keyClicks(search, QString::number(incident));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(page.ticketView()->ticketId() == incident);
        // Go-to mode ends: a bare number is a search again.
        search->setText(QString::number(incident));
        page.applyFilters();
        CHECK_FALSE(status->text().contains(QStringLiteral("Enter")));
    }
    SECTION("a missing ticket")
    {
        page.startGoTo();
        QTest::keyClicks(search, QStringLiteral("4242"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(status->text() == QStringLiteral("There is no ticket #4242."));
        CHECK(page.ticketView()->ticketId() == report);
    }
    SECTION("words after Ctrl+G are a search")
    {
        page.startGoTo();
        QTest::keyClicks(search, QStringLiteral("Scan"));
        page.applyFilters();
        CHECK(page.model()->rowCount() == 1);
        CHECK(status->text() == QStringLiteral("1 ticket(s)"));
    }
}

TEST_CASE("A queue row's context menu carries the ticket actions", "[ui][queue]")
{
    SessionFixture f;
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet"));
    f.make(TicketKind::Incident, QStringLiteral("Defacement"));
    QueuePage page;
    page.setSession(f.session.get());
    page.showQueue(TicketKind::Incident);
    page.show();
    ScriptedPrompts script;
    page.ticketView()->actions()->setPrompts(script.prompts());
    const int row = page.model()->rowOf(incident);
    REQUIRE(row >= 0);
    const QList<QAction*> actions = page.rowActions(row);
    CHECK(page.ticketView()->ticketId() == incident);
    QStringList names;
    for (QAction* action : actions) {
        if (action && action->isVisible())
            names.append(action->objectName());
    }
    CHECK(names.contains(QStringLiteral("launchInvestigationAction")));
    CHECK(names.contains(QStringLiteral("takeTicketAction")));
    CHECK_FALSE(names.contains(QStringLiteral("mergeTicketAction")));
    CHECK(page.rowActions(99).isEmpty());

    // Launch from the row's menu: the child exists, the incident stays shown.
    script.launches = {LaunchAnswer{QStringLiteral("Find the C2"), TlpLevel::Amber}};
    page.ticketView()->actions()->launchInvestigationAction()->trigger();
    CHECK(f.session->workflow().childrenOf(incident).value().size() == 1);
    CHECK(page.ticketView()->ticketId() == incident);
}

TEST_CASE("On a narrow window the least needed columns go first and come back with room", "[ui][queue][layout]")
{
    SessionFixture f;
    f.make(TicketKind::Report, QStringLiteral("A report with a long title about a scan from 192.0.2.1"));
    TempDir dir;
    TestSettings s(dir);
    QueuePage page;
    page.restoreLayout(s.settings);
    page.setSession(f.session.get());
    page.showQueue(TicketKind::Report);
    page.resize(1900, 800);
    page.show();
    QTest::qWait(20); // the deferred fit too
    QHeaderView* header = page.table()->horizontalHeader();
    for (int column = 0; column < TicketTableModel::ColumnCount; ++column)
        CHECK_FALSE(header->isSectionHidden(column));

    page.resize(700, 600);
    QTest::qWait(20);
    CHECK(header->isSectionHidden(TicketTableModel::RsitClassColumn));
    for (int column : {int(TicketTableModel::Number), int(TicketTableModel::Title), int(TicketTableModel::State),
                       int(TicketTableModel::TlpColumn), int(TicketTableModel::Sla)})
        CHECK_FALSE(header->isSectionHidden(column));
    CHECK(child<QLineEdit>(&page, "searchLineEdit")->width() >=
          child<QLineEdit>(&page, "searchLineEdit")->minimumWidth());

    page.resize(1900, 800);
    QTest::qWait(20);
    CHECK_FALSE(header->isSectionHidden(TicketTableModel::RsitClassColumn));
}

TEST_CASE("After following a link the queue selects the linked ticket's row, or none when it is not listed",
          "[ui][queue]")
{
    SessionFixture f;
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet"));
    const qint64 first = f.make(TicketKind::Report, QStringLiteral("First report"), incident);
    const qint64 second = f.make(TicketKind::Report, QStringLiteral("Second report"), incident);
    QueuePage page;
    page.setSession(f.session.get());
    page.showQueue(TicketKind::Report);
    page.applyFilters();
    page.show();
    REQUIRE(page.openTicket(first));
    REQUIRE(page.selectedTicketIds() == QList<qint64>{first});

    // The Links tab's parent incident (not in the report queue): nothing stays selected, the incident is shown.
    auto* links = child<QListWidget>(&page, "linksListWidget");
    REQUIRE(links->count() >= 1);
    Q_EMIT links->itemActivated(links->item(0));
    CHECK(page.ticketView()->ticketId() == incident);
    CHECK(page.selectedTicketIds().isEmpty());

    // From the incident's links to a listed report: its row.
    QListWidgetItem* reportItem = nullptr;
    for (int i = 0; i < links->count(); ++i) {
        if (links->item(i)->text().contains(QStringLiteral("Second report")))
            reportItem = links->item(i);
    }
    REQUIRE(reportItem);
    Q_EMIT links->itemActivated(reportItem);
    CHECK(page.ticketView()->ticketId() == second);
    CHECK(page.selectedTicketIds() == QList<qint64>{second});
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/BulkActions.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/TicketTableModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

using namespace fb;
using namespace fb::test;

TEST_CASE("Several selected tickets change together from the queue's menu", "[ui][queue][bulk]")
{
    SessionFixture f;
    const QList<qint64> reports{f.make(TicketKind::Report, QStringLiteral("Spam 1")),
                                f.make(TicketKind::Report, QStringLiteral("Spam 2")),
                                f.make(TicketKind::Report, QStringLiteral("Spam 3"))};
    QueuePage page;
    page.setSession(f.session.get());
    page.showQueue(TicketKind::Report);
    page.applyFilters();
    page.table()->selectAll();
    CHECK(page.selectedTicketIds() == reports);

    ScriptedPrompts script;
    TicketPrompts prompts = script.prompts();
    BulkActions bulk(*f.session, prompts, &page);

    // The menu offers every bulk action.
    QMenu menu;
    QStringList messages;
    bulk.addTo(&menu, reports, [&messages](const QString& message) { messages.append(message); });
    for (const char* name : {"bulkRejectAction", "bulkResolveAction", "bulkAbandonAction", "bulkAssignAction",
                             "bulkClassAction", "bulkLinkAction"})
        CHECK(menu.findChild<QAction*>(QString::fromLatin1(name)));

    // Assign, from the menu: the people of the workspace are offered, the first being me.
    script.texts = {QStringLiteral("bob")};
    menu.findChild<QAction*>(QStringLiteral("bulkAssignAction"))->trigger();
    CHECK(script.choices.last().first() == QStringLiteral("alice"));
    for (qint64 id : reports)
        CHECK(f.get(id).owner == QStringLiteral("bob"));
    CHECK(messages.last() == QStringLiteral("3 ticket(s) assigned to bob."));

    // TLP and class.
    REQUIRE(bulk.setTlp(reports, QStringLiteral("green")));
    script.texts = {QStringLiteral("Fraud / Phishing")};
    REQUIRE(bulk.setClass(reports));
    for (qint64 id : reports) {
        CHECK(f.get(id).tlp == TlpLevel::Green);
        CHECK(f.get(id).rsitClass == QStringLiteral("fraud"));
    }

    // Declining the confirmation or the reason changes nothing; an empty reason is refused.
    script.confirmAnswer = false;
    script.texts = {QStringLiteral("Spam.")};
    CHECK_FALSE(bulk.transition(reports, QStringLiteral("rejected")));
    script.confirmAnswer = true;
    script.texts = {ScriptedPrompts::kCancel, QStringLiteral(" ")};
    CHECK_FALSE(bulk.transition(reports, QStringLiteral("rejected")));
    CHECK_FALSE(bulk.transition(reports, QStringLiteral("rejected")));
    CHECK(script.messages.last().contains(QStringLiteral("Say why")));
    for (qint64 id : reports)
        CHECK(f.get(id).state == QStringLiteral("new"));

    // Link to an incident, then reject the lot with a reason.
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Spam wave"));
    script.texts = {QStringLiteral("#%1").arg(incident)};
    REQUIRE(bulk.link(reports));
    CHECK(f.session->workflow().childrenOf(incident).value() == reports);
    script.texts = {QStringLiteral("Spam run, not ours.")};
    REQUIRE(bulk.transition(reports, QStringLiteral("rejected")));
    for (qint64 id : reports)
        CHECK(f.get(id).resolution == QStringLiteral("Spam run, not ours."));
}

TEST_CASE("A bulk change some tickets refuse changes none and shows each refusal", "[ui][queue][bulk]")
{
    SessionFixture f;
    const qint64 report = f.make(TicketKind::Report, QStringLiteral("Scan"));
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet"));
    ScriptedPrompts script;
    TicketPrompts prompts = script.prompts();
    QWidget parent;
    BulkActions bulk(*f.session, prompts, &parent);

    script.texts = {QStringLiteral("Done.")};
    CHECK_FALSE(bulk.transition({report, incident}, QStringLiteral("resolved")));
    REQUIRE_FALSE(script.messages.isEmpty());
    CHECK(script.messages.last().startsWith(QStringLiteral("Nothing was changed: 1 ticket(s) refused.")));
    CHECK(script.messages.last().contains(QStringLiteral("#%1: ").arg(incident)));
    CHECK(f.get(report).state == QStringLiteral("new"));
    CHECK(f.get(incident).state == QStringLiteral("open"));

    script.texts = {QStringLiteral("not a number")};
    CHECK_FALSE(bulk.link({report}));
    CHECK(bulk.lastMessage().contains(QStringLiteral("not a ticket number")));
}

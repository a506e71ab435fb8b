// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TicketRelationsPanel.h"

#include "tests/core/directory/DirectoryTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ticket/TicketActions.h"

#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

TEST_CASE("Who handles this? names the directory team of an observable in one click", "[ui][ticket][directory]")
{
    SessionFixture f;
    TeamStore directory(ChangeContext{f.session->vault(), f.clock, QStringLiteral("alice")});
    Team team = makeTeam(0, QStringLiteral("CERT-Example"), QStringLiteral("DE"));
    with(team, ConstituencyKind::Ip, QStringLiteral("192.0.2.0/24"));
    REQUIRE(directory.addTeam(team));
    const qint64 id = f.make(TicketKind::Report, QStringLiteral("Scanner"));
    REQUIRE(f.session->observables().addObservable(id, Observable{ObservableType::Ipv4, QStringLiteral("192.0.2.7")}));
    const qint64 other = f.make(TicketKind::Report, QStringLiteral("Same scanner"));
    REQUIRE(
        f.session->observables().addObservable(other, Observable{ObservableType::Ipv4, QStringLiteral("192.0.2.7")}));

    TicketRelationsPanel panel;
    panel.setSession(f.session.get());
    const Ticket ticket = f.get(id);
    panel.showTicket(&ticket);
    auto* list = child<QListWidget>(&panel, "otherTicketsListWidget");

    SECTION("who handles it")
    {
        auto* button = child<QPushButton>(&panel, "whoHandlesButton");
        REQUIRE(button->isEnabled());
        button->click();
        REQUIRE(list->count() == 1);
        CHECK(list->item(0)->text().contains(QStringLiteral("CERT-Example")));
        CHECK(list->item(0)->text().contains(QStringLiteral("192.0.2.0/24")));
    }
    SECTION("nobody handles an address outside every constituency")
    {
        REQUIRE(f.session->observables().addObservable(
            id, Observable{ObservableType::Ipv4, QStringLiteral("203.0.113.9")}));
        const Ticket again = f.get(id);
        panel.showTicket(&again);
        auto* observables = child<QTreeWidget>(&panel, "observablesTreeWidget");
        for (int i = 0; i < observables->topLevelItemCount(); ++i) {
            if (observables->topLevelItem(i)->text(1) == QStringLiteral("203.0.113.9"))
                observables->setCurrentItem(observables->topLevelItem(i));
        }
        child<QPushButton>(&panel, "whoHandlesButton")->click();
        REQUIRE(list->count() == 1);
        CHECK(list->item(0)->text().contains(QStringLiteral("No team")));
    }
    SECTION("other tickets with this value")
    {
        child<QPushButton>(&panel, "otherTicketsButton")->click();
        REQUIRE(list->count() == 1);
        CHECK(list->item(0)->text().contains(QStringLiteral("Same scanner")));
    }
}

TEST_CASE("The observables and links tabs act on what is selected in them", "[ui][ticket][actions]")
{
    SessionFixture f;
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet"));
    const qint64 first = f.make(TicketKind::Report, QStringLiteral("First"), incident);
    const qint64 second = f.make(TicketKind::Report, QStringLiteral("Second"), incident);
    const Observable ip{ObservableType::Ipv4, QStringLiteral("192.0.2.7")};
    const Observable domain{ObservableType::Domain, QStringLiteral("c2.example")};
    REQUIRE(f.session->observables().addObservables(incident, {ip, domain}));

    QWidget host;
    TicketActions actions(&host);
    actions.setSession(f.session.get());
    ScriptedPrompts script;
    actions.setPrompts(script.prompts());
    TicketRelationsPanel panel;
    panel.setSession(f.session.get());
    panel.setActions(&actions);
    actions.setTicket(incident);
    Ticket ticket = f.get(incident);
    panel.showTicket(&ticket);

    auto* observables = child<QTreeWidget>(&panel, "observablesTreeWidget");
    for (int i = 0; i < observables->topLevelItemCount(); ++i) {
        if (observables->topLevelItem(i)->text(1) == domain.value)
            observables->setCurrentItem(observables->topLevelItem(i));
    }
    child<QPushButton>(&panel, "removeObservableActionButton")->click();
    CHECK(f.get(incident).observables == QList<Observable>{ip});
    CHECK(script.asked.isEmpty()); // the selection said which

    auto* links = child<QListWidget>(&panel, "linksListWidget");
    REQUIRE(links->count() == 2);
    for (int i = 0; i < links->count(); ++i) {
        if (links->item(i)->data(Qt::UserRole).toLongLong() == second)
            links->setCurrentItem(links->item(i));
    }
    auto* unlink = child<QPushButton>(&panel, "unlinkTicketActionButton");
    REQUIRE(unlink->isEnabled());
    unlink->click();
    CHECK(f.session->workflow().childrenOf(incident).value() == QList<qint64>{first});
    CHECK(script.messages.isEmpty());
    // Merge is for reports: its button is not offered on an incident.
    CHECK(child<QPushButton>(&panel, "mergeTicketActionButton")->isHidden());
}

TEST_CASE("The history tab reads as sentences, with the stored row in the tooltip", "[ui][ticket][history]")
{
    SessionFixture f;
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet"));
    const qint64 id = f.make(TicketKind::Report, QStringLiteral("Scanner"));
    REQUIRE(f.session->editor().setField(id, QStringLiteral("severity"), QStringLiteral("high")));
    REQUIRE(f.session->editor().setField(id, QStringLiteral("owner"), QStringLiteral("alice")));
    REQUIRE(f.session->workflow().link(id, incident));

    TicketRelationsPanel panel;
    panel.setSession(f.session.get());
    const Ticket ticket = f.get(id);
    panel.showTicket(&ticket);
    auto* history = child<QTreeWidget>(&panel, "historyTreeWidget");
    REQUIRE(history->columnCount() == 3);
    QStringList sentences;
    QStringList tooltips;
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        sentences.append(history->topLevelItem(i)->text(2));
        tooltips.append(history->topLevelItem(i)->toolTip(2));
        CHECK_FALSE(history->topLevelItem(i)->text(1).isEmpty()); // who
    }
    const std::string all = (sentences + tooltips).join(QStringLiteral(" | ")).toStdString();
    CAPTURE(all);
    CHECK(sentences.value(0) == QStringLiteral("Created as Incident Report, TLP:AMBER"));
    CHECK(sentences.contains(QStringLiteral("Severity: Medium → High")));
    CHECK(sentences.contains(QStringLiteral("Owner: (none) → alice")));
    CHECK(sentences.contains(QStringLiteral("Linked to incident #%1").arg(incident)));
    // Auditors still see the keys and numbers the chain's hash covers.
    CHECK(tooltips.contains(QStringLiteral("Stored as: set severity: 3 → 2")));
    CHECK(tooltips.value(0).contains(QStringLiteral("\"kind\":\"report\"")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TicketActions.h"

#include "tests/ui/UiTestSupport.h"

#include <QAction>

using namespace fb;
using namespace fb::test;

namespace {

// The actions over a session, on one ticket, with scripted dialogs.
struct Desk
{
    explicit Desk(SessionFixture& f)
        : actions(&parent)
    {
        actions.setSession(f.session.get());
        actions.setPrompts(script.prompts());
    }
    QWidget parent;
    ScriptedPrompts script;
    TicketActions actions;
};

QString lastAction(SessionFixture& f, qint64 id)
{
    const auto history = f.session->tickets().history().forTicket(id);
    REQUIRE(history);
    REQUIRE_FALSE(history->isEmpty());
    return history->last().action;
}

} // namespace

TEST_CASE("An incident launches investigations and countermeasures linked to it", "[ui][ticket][actions]")
{
    SessionFixture f;
    Desk desk(f);
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet C2"));
    REQUIRE(f.session->editor().setField(incident, QStringLiteral("tlp"), QStringLiteral("red")));
    const qint64 report = f.make(TicketKind::Report);

    desk.actions.setTicket(report);
    CHECK_FALSE(desk.actions.launchInvestigationAction()->isVisible());
    CHECK(desk.actions.mergeAction()->isVisible());
    desk.actions.setTicket(incident);
    CHECK(desk.actions.launchInvestigationAction()->isVisible());
    CHECK(desk.actions.launchCountermeasureAction()->isEnabled());
    CHECK_FALSE(desk.actions.mergeAction()->isVisible());

    qint64 changed = 0;
    QObject::connect(&desk.actions, &TicketActions::changed, [&changed](qint64 id) { changed = id; });
    desk.script.launches = {LaunchAnswer{QStringLiteral("Who runs the C2?"), TlpLevel::Red},
                            LaunchAnswer{QStringLiteral("Sinkhole the domain"), TlpLevel::Amber}};
    desk.actions.launchInvestigationAction()->trigger();
    desk.actions.launchCountermeasureAction()->trigger();
    CHECK(desk.script.messages.isEmpty());
    CHECK(changed == incident);
    const QList<qint64> children = f.session->workflow().childrenOf(incident).value();
    REQUIRE(children.size() == 2);
    const Ticket investigation = f.get(children.at(0));
    CHECK(investigation.kind == TicketKind::Investigation);
    CHECK(investigation.title == QStringLiteral("Who runs the C2?"));
    CHECK(investigation.tlp == TlpLevel::Red);
    CHECK(investigation.owner == QStringLiteral("alice"));
    const Ticket countermeasure = f.get(children.at(1));
    CHECK(countermeasure.kind == TicketKind::Countermeasure);
    CHECK(countermeasure.tlp == TlpLevel::Amber);
    CHECK(lastAction(f, incident) == QStringLiteral("link"));

    SECTION("an empty title is refused by core, with its message")
    {
        desk.script.launches = {LaunchAnswer{QStringLiteral("  "), TlpLevel::Red}};
        CHECK(desk.actions.launch(TicketKind::Investigation) == 0);
        REQUIRE(desk.script.messages.size() == 1);
        CHECK(desk.script.messages.first().contains(QStringLiteral("title")));
        CHECK(f.session->workflow().childrenOf(incident).value().size() == 2);
    }
    SECTION("a report cannot launch anything")
    {
        desk.actions.setTicket(report);
        desk.script.launches = {LaunchAnswer{QStringLiteral("Nope"), TlpLevel::Red}};
        CHECK(desk.actions.launch(TicketKind::Countermeasure) == 0);
        REQUIRE(desk.script.messages.size() == 1);
        CHECK(desk.script.messages.first().contains(QStringLiteral("not an incident")));
    }
    SECTION("cancelling launches nothing")
    {
        CHECK(desk.actions.launch(TicketKind::Investigation) == 0);
        CHECK(desk.script.messages.isEmpty());
        CHECK(f.session->workflow().childrenOf(incident).value().size() == 2);
    }
}

TEST_CASE("Link and unlink go through the workflow in either direction", "[ui][ticket][actions]")
{
    SessionFixture f;
    Desk desk(f);
    const qint64 incident = f.make(TicketKind::Incident);
    const qint64 report = f.make(TicketKind::Report);
    const qint64 other = f.make(TicketKind::Report);

    // From the report, to the incident ("#N" or "N").
    desk.actions.setTicket(report);
    desk.script.texts = {QStringLiteral("#%1").arg(incident)};
    desk.actions.linkAction()->trigger();
    CHECK(desk.script.messages.isEmpty());
    CHECK(f.session->workflow().incidentsOf(report).value() == QList<qint64>{incident});
    CHECK(f.get(report).state == QStringLiteral("open")); // an incident took it on
    // From the incident, a child.
    desk.actions.setTicket(incident);
    desk.script.texts = {QString::number(other)};
    desk.actions.linkAction()->trigger();
    CHECK(f.session->workflow().childrenOf(incident).value() == QList<qint64>{report, other});

    // Unlink from the incident: the selected child.
    desk.actions.setSelectedLink([other]() { return other; });
    desk.actions.unlinkAction()->trigger();
    CHECK(f.session->workflow().childrenOf(incident).value() == QList<qint64>{report});
    CHECK(lastAction(f, other) == QStringLiteral("unlink"));
    // Unlink from the report: its only incident, nothing to ask.
    desk.actions.setSelectedLink({});
    desk.actions.setTicket(report);
    desk.actions.unlinkAction()->trigger();
    CHECK(f.session->workflow().incidentsOf(report).value().isEmpty());
    CHECK(desk.script.messages.isEmpty());
    CHECK_FALSE(desk.actions.unlinkAction()->isEnabled()); // nothing left to unlink

    SECTION("refusals are shown: not an incident, not a number, nothing linked")
    {
        desk.script.texts = {QString::number(other), QStringLiteral("forty-two")};
        desk.actions.link();
        desk.actions.link();
        desk.actions.unlink();
        REQUIRE(desk.script.messages.size() == 3);
        CHECK(desk.script.messages.at(0).contains(QStringLiteral("not an incident")));
        CHECK(desk.script.messages.at(1).contains(QStringLiteral("forty-two")));
        CHECK(desk.script.messages.at(2).contains(QStringLiteral("not linked")));
    }
    SECTION("a countermeasure keeps its only incident")
    {
        const qint64 countermeasure = f.make(TicketKind::Countermeasure, QStringLiteral("Block"), incident);
        desk.actions.setTicket(countermeasure);
        desk.actions.unlink();
        REQUIRE(desk.script.messages.size() == 1);
        CHECK(desk.script.messages.first().contains(QStringLiteral("must stay linked")));
        CHECK(f.session->workflow().incidentsOf(countermeasure).value() == QList<qint64>{incident});
    }
    SECTION("with several links and nothing selected, it asks which")
    {
        const qint64 second = f.make(TicketKind::Incident);
        REQUIRE(f.session->workflow().link(report, incident));
        REQUIRE(f.session->workflow().link(report, second));
        desk.script.texts = {QStringLiteral("#%1 A ticket").arg(second)};
        desk.actions.unlink();
        CHECK(desk.script.choices.last().size() == 2);
        CHECK(f.session->workflow().incidentsOf(report).value() == QList<qint64>{incident});
    }
}

TEST_CASE("Merge into asks for the target, confirms, and shows core's refusals", "[ui][ticket][actions]")
{
    SessionFixture f;
    Desk desk(f);
    const qint64 keep = f.make(TicketKind::Report, QStringLiteral("Phishing wave"));
    const qint64 duplicate = f.make(TicketKind::Report, QStringLiteral("Same phishing"));
    REQUIRE(f.session->tags().addTag(duplicate, QStringLiteral("phishing")));
    desk.actions.setTicket(duplicate);

    SECTION("merged")
    {
        desk.script.texts = {QStringLiteral("#%1").arg(keep)};
        desk.actions.mergeAction()->trigger();
        CHECK(desk.script.messages.isEmpty());
        CHECK(desk.script.asked.last().contains(QStringLiteral("Phishing wave")));
        CHECK(f.get(duplicate).mergedInto == keep);
        CHECK(f.get(keep).tags.contains(QStringLiteral("phishing")));
        CHECK(lastAction(f, keep) == QStringLiteral("merge"));
        CHECK_FALSE(desk.actions.mergeAction()->isEnabled()); // merged: nothing more to do to it
    }
    SECTION("into itself")
    {
        desk.script.texts = {QString::number(duplicate)};
        desk.actions.merge();
        REQUIRE(desk.script.messages.size() == 1);
        CHECK(desk.script.messages.first() == QStringLiteral("A ticket cannot be merged into itself."));
        CHECK_FALSE(f.get(duplicate).mergedInto);
    }
    SECTION("into an incident")
    {
        const qint64 incident = f.make(TicketKind::Incident);
        desk.script.texts = {QString::number(incident)};
        desk.actions.merge();
        REQUIRE(desk.script.messages.size() == 1);
        CHECK(desk.script.messages.first().contains(QStringLiteral("Only incident reports")));
    }
    SECTION("not confirmed")
    {
        desk.script.texts = {QString::number(keep)};
        desk.script.confirmAnswer = false;
        desk.actions.merge();
        CHECK(desk.script.messages.isEmpty());
        CHECK_FALSE(f.get(duplicate).mergedInto);
    }
}

TEST_CASE("Observables are added as core validates them and removed with a history row", "[ui][ticket][actions]")
{
    SessionFixture f;
    Desk desk(f);
    const qint64 id = f.make(TicketKind::Report);
    desk.actions.setTicket(id);
    CHECK_FALSE(desk.actions.removeObservableAction()->isEnabled());

    desk.script.observables = {ObservableAnswer{QString(), QStringLiteral("http://evil.example/x")},
                               ObservableAnswer{QStringLiteral("domain"), QStringLiteral("Bad.Example.COM")}};
    desk.actions.addObservableAction()->trigger();
    desk.actions.addObservableAction()->trigger();
    CHECK(desk.script.messages.isEmpty());
    QList<Observable> carried = f.get(id).observables;
    REQUIRE(carried.size() == 2);
    CHECK(carried.contains(Observable{ObservableType::Domain, QStringLiteral("bad.example.com")}));
    CHECK(
        std::any_of(carried.begin(), carried.end(), [](const Observable& o) { return o.type == ObservableType::Url; }));

    SECTION("an invalid value is refused with core's message")
    {
        desk.script.observables = {ObservableAnswer{QStringLiteral("ipv4"), QStringLiteral("999.1.1.1")},
                                   ObservableAnswer{QString(), QStringLiteral("not an observable at all")}};
        desk.actions.addObservable();
        desk.actions.addObservable();
        REQUIRE(desk.script.messages.size() == 2);
        CHECK(desk.script.messages.at(0).contains(QStringLiteral("999.1.1.1")));
        CHECK(f.get(id).observables.size() == 2);
    }
    SECTION("the selected one is removed")
    {
        const Observable domain{ObservableType::Domain, QStringLiteral("bad.example.com")};
        desk.actions.setSelectedObservable([domain]() { return std::optional<Observable>(domain); });
        REQUIRE(desk.actions.removeObservableAction()->isEnabled());
        desk.actions.removeObservableAction()->trigger();
        CHECK(desk.script.messages.isEmpty());
        CHECK_FALSE(f.get(id).observables.contains(domain));
        CHECK(lastAction(f, id) == QStringLiteral("unobserve"));
        CHECK(f.session->tickets().history().verify().value().intact);
    }
    SECTION("with nothing selected it asks which; cancelling removes nothing")
    {
        desk.script.texts = {ScriptedPrompts::kCancel};
        desk.actions.removeObservable();
        CHECK(f.get(id).observables.size() == 2);
        CHECK(desk.script.choices.last().size() == 2);
    }
}

TEST_CASE("Tags are added and removed through the tag store", "[ui][ticket][actions]")
{
    SessionFixture f;
    Desk desk(f);
    const qint64 id = f.make(TicketKind::Incident);
    desk.actions.setTicket(id);
    desk.script.texts = {QStringLiteral(" phishing "), QStringLiteral("   ")};
    desk.actions.addTagAction()->trigger();
    CHECK(f.get(id).tags == QStringList{QStringLiteral("phishing")});
    CHECK(lastAction(f, id) == QStringLiteral("tag"));
    desk.actions.addTag();
    REQUIRE(desk.script.messages.size() == 1);
    CHECK(desk.script.messages.first() == QStringLiteral("A tag cannot be empty."));

    desk.script.texts = {QStringLiteral("phishing")};
    REQUIRE(desk.actions.removeTagAction()->isEnabled());
    desk.actions.removeTagAction()->trigger();
    CHECK(desk.script.choices.last() == QStringList{QStringLiteral("phishing")});
    CHECK(f.get(id).tags.isEmpty());
    CHECK(lastAction(f, id) == QStringLiteral("untag"));
    desk.actions.removeTag();
    CHECK(desk.script.messages.last().contains(QStringLiteral("no tags")));
}

TEST_CASE("Take makes the workspace's actor the owner", "[ui][ticket][actions]")
{
    SessionFixture f;
    Desk desk(f);
    const qint64 id = f.make(TicketKind::Report);
    desk.actions.setTicket(id);
    CHECK(desk.actions.takeAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    REQUIRE(desk.actions.takeAction()->isEnabled());
    desk.actions.takeAction()->trigger();
    CHECK(f.get(id).owner == QStringLiteral("alice"));
    CHECK(lastAction(f, id) == QStringLiteral("set"));
    CHECK_FALSE(desk.actions.takeAction()->isEnabled()); // already mine

    SECTION("a merged report is not taken")
    {
        const qint64 into = f.make(TicketKind::Report);
        const qint64 from = f.make(TicketKind::Report);
        REQUIRE(f.session->workflow().merge(into, from));
        desk.actions.setTicket(from);
        CHECK_FALSE(desk.actions.takeAction()->isEnabled());
        desk.actions.take();
        REQUIRE(desk.script.messages.size() == 1); // core says why
        CHECK(f.get(from).owner.isEmpty());
    }
}

TEST_CASE("Lessons learned and resolution refuse an empty text with a message", "[ui][ticket][actions]")
{
    SessionFixture f;
    Desk desk(f);
    const qint64 id = f.make(TicketKind::Incident);
    desk.actions.setTicket(id);
    desk.script.texts = {QStringLiteral("  \n "), QStringLiteral("Patch the VPN within a day."), QString(),
                         QStringLiteral("C2 sinkholed.")};
    desk.actions.lessonsAction()->trigger();
    REQUIRE(desk.script.messages.size() == 1);
    CHECK(desk.script.messages.first().contains(QStringLiteral("cannot be empty")));
    CHECK(f.get(id).lessonsLearned.isEmpty());
    desk.actions.lessonsAction()->trigger();
    CHECK(f.get(id).lessonsLearned == QStringLiteral("Patch the VPN within a day."));
    desk.actions.resolutionAction()->trigger();
    CHECK(desk.script.messages.size() == 2);
    desk.actions.resolutionAction()->trigger();
    CHECK(f.get(id).resolution == QStringLiteral("C2 sinkholed."));
    CHECK(lastAction(f, id) == QStringLiteral("set"));
    CHECK(f.session->tickets().history().verify().value().intact);
}

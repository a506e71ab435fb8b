// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TicketView.h"

#include "core/tickets/Lifecycle.h"
#include "tests/ui/UiTestSupport.h"

#include "ui/ticket/TicketActions.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QQueue>
#include <QToolBar>
#include <QToolButton>

using namespace fb;
using namespace fb::test;

namespace {

// The transitions from the initial state to `target`, breadth first.
QStringList pathTo(const Lifecycle& lifecycle, const QString& target)
{
    QHash<QString, QString> previous;
    QQueue<QString> queue;
    queue.enqueue(lifecycle.initialState());
    previous.insert(lifecycle.initialState(), QString());
    while (!queue.isEmpty()) {
        const QString state = queue.dequeue();
        for (const QString& next : lifecycle.transitionsFrom(state)) {
            if (!previous.contains(next)) {
                previous.insert(next, state);
                queue.enqueue(next);
            }
        }
    }
    QStringList path;
    for (QString state = target; state != lifecycle.initialState(); state = previous.value(state))
        path.prepend(state);
    return path;
}

} // namespace

TEST_CASE("Transition buttons match the lifecycle in every state of every kind", "[ui][ticket]")
{
    SessionFixture f;
    TicketView view;
    view.setSession(f.session.get());
    view.setLessonsPrompt([](QWidget*, qint64) { return std::optional<QString>(QStringLiteral("Patch faster.")); });
    view.show();
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Parent"));

    for (TicketKind kind :
         {TicketKind::Report, TicketKind::Incident, TicketKind::Investigation, TicketKind::Countermeasure}) {
        const Lifecycle& lifecycle = Lifecycle::of(kind);
        for (const QString& state : lifecycle.states()) {
            INFO(TicketEnums::key(kind).toStdString() << " in state " << state.toStdString());
            const qint64 id =
                f.make(kind, QStringLiteral("T"),
                       kind == TicketKind::Countermeasure ? std::optional<qint64>(incident) : std::nullopt);
            view.showTicket(id);
            // Walk there by clicking the buttons themselves.
            for (const QString& step : pathTo(lifecycle, state)) {
                auto* button = view.findChild<QPushButton*>(QStringLiteral("transitionButton_") +
                                                            QString(step).replace(QLatin1Char(' '), QLatin1Char('-')));
                REQUIRE(button);
                button->click();
            }
            REQUIRE(f.get(id).state == state);
            CHECK(view.transitionTargets() == lifecycle.transitionsFrom(state));
            const QList<QPushButton*> buttons = view.findChildren<QPushButton*>();
            int shown = 0;
            for (QPushButton* button : buttons)
                shown += button->objectName().startsWith(QStringLiteral("transitionButton_")) ? 1 : 0;
            CHECK(shown == lifecycle.transitionsFrom(state).size());
        }
    }
}

TEST_CASE("Resolving an incident asks for lessons learned and cancelling changes nothing", "[ui][ticket]")
{
    SessionFixture f;
    TicketView view;
    view.setSession(f.session.get());
    const qint64 id = f.make(TicketKind::Incident);
    view.showTicket(id);
    int asked = 0;
    view.setLessonsPrompt([&asked](QWidget*, qint64) {
        ++asked;
        return std::optional<QString>();
    });
    view.transitionTo(QStringLiteral("resolved"));
    CHECK(asked == 1);
    CHECK(f.get(id).state == QStringLiteral("open"));
    view.setLessonsPrompt([](QWidget*, qint64) { return std::optional<QString>(QStringLiteral("Block egress.")); });
    view.transitionTo(QStringLiteral("resolved"));
    CHECK(f.get(id).state == QStringLiteral("resolved"));
    CHECK(f.get(id).lessonsLearned == QStringLiteral("Block egress."));
}

namespace {

// A ticket view, shown, over a fresh session.
struct ShownView
{
    ShownView()
    {
        view.setSession(f.session.get());
        view.show();
    }
    SessionFixture f;
    TicketView view;
};

} // namespace

TEST_CASE("Resolving with empty lessons learned says why instead of doing nothing", "[ui][ticket]")
{
    SessionFixture f;
    TicketView view;
    view.setSession(f.session.get());
    ScriptedPrompts script;
    view.actions()->setPrompts(script.prompts());
    const qint64 id = f.make(TicketKind::Incident);
    view.showTicket(id);
    view.setLessonsPrompt([](QWidget*, qint64) { return std::optional<QString>(QStringLiteral("   ")); });
    view.transitionTo(QStringLiteral("resolved"));
    REQUIRE(script.messages.size() == 1);
    CHECK(script.messages.first().contains(QStringLiteral("lessons learned")));
    CHECK(f.get(id).state == QStringLiteral("open"));
}

TEST_CASE_METHOD(ShownView, "An incident shows its resolution and lessons learned - other kinds do not", "[ui][ticket]")
{
    const qint64 incident = f.make(TicketKind::Incident);
    const qint64 report = f.make(TicketKind::Report);
    REQUIRE(f.session->workflow().transition(
        incident, QStringLiteral("resolved"),
        TransitionDetails{QStringLiteral("Host reimaged."), QStringLiteral("Monitor the VPN logs.")}));
    view.showTicket(incident);
    auto* outcome = child<QWidget>(&view, "incidentOutcomePanel");
    CHECK(outcome->isVisible());
    CHECK(child<QLabel>(&view, "resolutionLabel")->text() == QStringLiteral("Host reimaged."));
    CHECK(child<QLabel>(&view, "lessonsLearnedLabel")->text() == QStringLiteral("Monitor the VPN logs."));
    view.showTicket(report);
    CHECK_FALSE(outcome->isVisible());
}

TEST_CASE_METHOD(ShownView, "The owner is chosen from the people of the workspace, or typed", "[ui][ticket]")
{
    const qint64 a = f.make(TicketKind::Report);
    const qint64 b = f.make(TicketKind::Report);
    REQUIRE(f.session->editor().setField(a, QStringLiteral("owner"), QStringLiteral("zoe")));
    view.showTicket(b);
    auto* owner = child<QComboBox>(&view, "ticketOwnerComboBox");
    REQUIRE(owner->isEditable());
    QStringList people;
    for (int i = 0; i < owner->count(); ++i)
        people.append(owner->itemText(i));
    CHECK(people == QStringList{QStringLiteral("alice"), QStringLiteral("zoe")});
    CHECK(owner->currentText().isEmpty());

    owner->setCurrentIndex(1);
    Q_EMIT owner->activated(1);
    CHECK(f.get(b).owner == QStringLiteral("zoe"));
    owner->setEditText(QStringLiteral("mallory"));
    Q_EMIT owner->lineEdit()->editingFinished();
    CHECK(f.get(b).owner == QStringLiteral("mallory"));
    const qint64 rows = f.session->tickets().history().forTicket(b).value().size();
    Q_EMIT owner->lineEdit()->editingFinished(); // focus leaves without a change: nothing recorded
    CHECK(f.session->tickets().history().forTicket(b).value().size() == rows);

    // Take: the actor, in one key.
    view.actions()->takeAction()->trigger();
    CHECK(f.get(b).owner == QStringLiteral("alice"));
    CHECK(owner->currentText() == QStringLiteral("alice"));
}

TEST_CASE_METHOD(ShownView, "The ticket toolbar offers what the ticket's kind allows", "[ui][ticket]")
{
    const qint64 incident = f.make(TicketKind::Incident);
    const qint64 report = f.make(TicketKind::Report);
    auto* bar = child<QToolBar>(&view, "ticketToolBar");
    auto visibleTexts = [bar]() {
        QStringList texts;
        for (QAction* action : bar->actions()) {
            if (action->isVisible() && !action->isSeparator())
                texts.append(action->objectName());
        }
        return texts;
    };
    view.showTicket(incident);
    CHECK(visibleTexts() == QStringList{QStringLiteral("takeTicketAction"), QStringLiteral("launchInvestigationAction"),
                                        QStringLiteral("launchCountermeasureAction"),
                                        QStringLiteral("launchInvestigationsAction"),
                                        QStringLiteral("linkTicketAction"), QStringLiteral("unlinkTicketAction"),
                                        QStringLiteral("exportReportAction"), QStringLiteral("shareIncidentAction")});
    view.showTicket(report);
    CHECK(visibleTexts() == QStringList{QStringLiteral("takeTicketAction"), QStringLiteral("linkTicketAction"),
                                        QStringLiteral("unlinkTicketAction"), QStringLiteral("mergeTicketAction")});

    // Tags show on the view and change through its buttons.
    ScriptedPrompts script;
    view.actions()->setPrompts(script.prompts());
    script.texts = {QStringLiteral("scanner")};
    child<QToolButton>(&view, "addTagActionButton")->click();
    CHECK(child<QLabel>(&view, "ticketTagsLabel")->text() == QStringLiteral("scanner"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TicketView.h"

#include "core/tickets/Lifecycle.h"
#include "tests/ui/UiTestSupport.h"

#include <QPushButton>
#include <QQueue>

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

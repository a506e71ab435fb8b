// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/Lifecycle.h"

#include "tests/core/tickets/TicketFixture.h"

#include <QQueue>
#include <QSet>

using namespace fb;
using fb::test::TicketFixture;

namespace {

using Pair = std::pair<QString, QString>;

// The table of shared/ARCHITECTURE.md, written out again independently of Lifecycle.cpp.
QSet<Pair> expectedTransitions(TicketKind kind)
{
    auto s = [](const char* t) { return QString::fromLatin1(t); };
    switch (kind) {
    case TicketKind::Report:
        return {{s("new"), s("open")},      {s("new"), s("resolved")},  {s("new"), s("rejected")},
                {s("open"), s("resolved")}, {s("open"), s("rejected")}, {s("resolved"), s("open")},
                {s("rejected"), s("open")}};
    case TicketKind::Incident:
        return {{s("open"), s("resolved")},
                {s("open"), s("abandoned")},
                {s("resolved"), s("open")},
                {s("abandoned"), s("open")}};
    case TicketKind::Investigation:
        return {{s("open"), s("resolved")}, {s("resolved"), s("open")}};
    case TicketKind::Countermeasure:
        return {{s("pending activation"), s("active")},
                {s("pending activation"), s("removed")},
                {s("active"), s("pending removal")},
                {s("active"), s("removed")},
                {s("pending removal"), s("removed")},
                {s("pending removal"), s("active")},
                {s("removed"), s("active")}};
    }
    return {};
}

QStringList expectedStates(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Report:
        return {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("rejected")};
    case TicketKind::Incident:
        return {QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("abandoned")};
    case TicketKind::Investigation:
        return {QStringLiteral("open"), QStringLiteral("resolved")};
    case TicketKind::Countermeasure:
        return {QStringLiteral("pending activation"), QStringLiteral("active"), QStringLiteral("pending removal"),
                QStringLiteral("removed")};
    }
    return {};
}

// Shortest path of transitions from the initial state to `target`.
QStringList pathTo(const Lifecycle& lifecycle, const QString& target)
{
    QHash<QString, QString> cameFrom;
    QQueue<QString> queue;
    queue.enqueue(lifecycle.initialState());
    cameFrom.insert(lifecycle.initialState(), QString());
    while (!queue.isEmpty()) {
        const QString state = queue.dequeue();
        for (const QString& next : lifecycle.transitionsFrom(state)) {
            if (!cameFrom.contains(next)) {
                cameFrom.insert(next, state);
                queue.enqueue(next);
            }
        }
    }
    QStringList path;
    for (QString s = target; s != lifecycle.initialState(); s = cameFrom.value(s))
        path.prepend(s);
    return path;
}

} // namespace

TEST_CASE("Each kind has exactly the states and transitions of the RTIR table", "[lifecycle]")
{
    const TicketKind kind =
        GENERATE(TicketKind::Report, TicketKind::Incident, TicketKind::Investigation, TicketKind::Countermeasure);
    const Lifecycle& lifecycle = Lifecycle::of(kind);
    CHECK(lifecycle.states() == expectedStates(kind));
    CHECK(lifecycle.initialState() == expectedStates(kind).first());
    const QSet<Pair> expected = expectedTransitions(kind);
    for (const QString& from : lifecycle.states()) {
        for (const QString& to : lifecycle.states()) {
            INFO(TicketEnums::key(kind).toStdString() << ": " << from.toStdString() << " -> " << to.toStdString());
            CHECK(lifecycle.allows(from, to) == expected.contains({from, to}));
            CHECK(bool(lifecycle.check(from, to)) == expected.contains({from, to}));
        }
    }
}

TEST_CASE("A refused transition names the kind and the states", "[lifecycle]")
{
    auto refused =
        Lifecycle::of(TicketKind::Investigation).check(QStringLiteral("resolved"), QStringLiteral("resolved"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("Investigation")));
    CHECK(refused.error().message.contains(QStringLiteral("'resolved'")));

    auto unknown = Lifecycle::of(TicketKind::Incident).check(QStringLiteral("open"), QStringLiteral("closed"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::BadInput);
    CHECK(unknown.error().message.contains(QStringLiteral("closed")));
    CHECK(unknown.error().message.contains(QStringLiteral("Incident")));
}

TEST_CASE("Closing an incident maps each kind of child as the RTIR table says", "[lifecycle][cascade]")
{
    struct Row
    {
        const char* outcome;
        TicketKind child;
        const char* from;
        const char* to; // empty: the child keeps its state
    };
    const Row row = GENERATE(Row{"resolved", TicketKind::Report, "new", "resolved"},
                             Row{"resolved", TicketKind::Report, "open", "resolved"},
                             Row{"abandoned", TicketKind::Report, "new", "rejected"},
                             Row{"abandoned", TicketKind::Report, "open", "rejected"},
                             Row{"resolved", TicketKind::Investigation, "open", "resolved"},
                             Row{"abandoned", TicketKind::Investigation, "open", "resolved"},
                             Row{"resolved", TicketKind::Countermeasure, "pending activation", "removed"},
                             Row{"resolved", TicketKind::Countermeasure, "active", "pending removal"},
                             Row{"resolved", TicketKind::Countermeasure, "pending removal", ""},
                             Row{"abandoned", TicketKind::Countermeasure, "pending activation", "removed"},
                             Row{"abandoned", TicketKind::Countermeasure, "active", "removed"},
                             Row{"abandoned", TicketKind::Countermeasure, "pending removal", "removed"},
                             Row{"open", TicketKind::Report, "new", ""});
    INFO(row.outcome << ", " << TicketEnums::key(row.child).toStdString() << " in " << row.from);
    const Lifecycle& incident = Lifecycle::of(TicketKind::Incident);
    const QString outcome = QString::fromLatin1(row.outcome);
    CHECK(incident.mapsChildrenOn(outcome) == (outcome != QLatin1String("open")));
    const QString target = incident.childTarget(outcome, row.child, QString::fromLatin1(row.from));
    CHECK(target == QString::fromLatin1(row.to));
    // Every target is a state of the child's kind, reachable from where the child is.
    if (!target.isEmpty())
        CHECK(Lifecycle::of(row.child).allows(QString::fromLatin1(row.from), target));
    // Only incidents map children.
    for (TicketKind kind : {TicketKind::Report, TicketKind::Investigation, TicketKind::Countermeasure})
        CHECK_FALSE(Lifecycle::of(kind).mapsChildrenOn(outcome));
}

TEST_CASE("Linking opens a new report - resolving an incident needs lessons learned", "[lifecycle]")
{
    CHECK(Lifecycle::of(TicketKind::Report).stateWhenLinked(QStringLiteral("new")) == QStringLiteral("open"));
    CHECK(Lifecycle::of(TicketKind::Report).stateWhenLinked(QStringLiteral("open")).isEmpty());
    CHECK(Lifecycle::of(TicketKind::Report).stateWhenLinked(QStringLiteral("resolved")).isEmpty());
    CHECK(Lifecycle::of(TicketKind::Investigation).stateWhenLinked(QStringLiteral("open")).isEmpty());
    CHECK(Lifecycle::of(TicketKind::Countermeasure).stateWhenLinked(QStringLiteral("pending activation")).isEmpty());
    CHECK(Lifecycle::of(TicketKind::Incident).needsLessonsLearned(QStringLiteral("resolved")));
    CHECK_FALSE(Lifecycle::of(TicketKind::Incident).needsLessonsLearned(QStringLiteral("abandoned")));
    CHECK_FALSE(Lifecycle::of(TicketKind::Investigation).needsLessonsLearned(QStringLiteral("resolved")));
    CHECK_FALSE(Lifecycle::of(TicketKind::Report).needsLessonsLearned(QStringLiteral("resolved")));
}

TEST_CASE("Every allowed transition succeeds on a stored ticket and every other one is refused", "[lifecycle][store]")
{
    const TicketKind kind =
        GENERATE(TicketKind::Report, TicketKind::Incident, TicketKind::Investigation, TicketKind::Countermeasure);
    const Lifecycle& lifecycle = Lifecycle::of(kind);
    TicketFixture f;
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("parent"));
    for (const QString& from : lifecycle.states()) {
        for (const QString& to : lifecycle.states()) {
            INFO(TicketEnums::key(kind).toStdString() << ": " << from.toStdString() << " -> " << to.toStdString());
            // Unlinked, so that linking does not move a report out of "new".
            const qint64 id =
                f.make(kind, QStringLiteral("t"),
                       kind == TicketKind::Countermeasure ? std::optional<qint64>(incident) : std::nullopt);
            for (const QString& step : pathTo(lifecycle, from))
                REQUIRE(f.workflow->transition(id, step, fb::test::withLessons()));
            REQUIRE(f.state(id) == from);
            auto result = f.workflow->transition(id, to, fb::test::withLessons());
            CHECK(bool(result) == lifecycle.allows(from, to));
            CHECK(f.state(id) == (lifecycle.allows(from, to) ? to : from));
            if (!result)
                CHECK(result.error().code == ErrorCode::Conflict);
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/Lifecycle.h"

namespace fb {

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

Lifecycle::Lifecycle(TicketKind kind, QStringList states, QStringList activeStates, QList<Transition> transitions,
                     Rules rules)
    : m_kind(kind)
    , m_states(std::move(states))
    , m_activeStates(std::move(activeStates))
    , m_transitions(std::move(transitions))
    , m_linked(std::move(rules.linked))
    , m_lessonsStates(std::move(rules.lessonsStates))
    , m_childRules(std::move(rules.children))
{
}

const Lifecycle& Lifecycle::of(TicketKind kind)
{
    // States (initial first), active states, transitions, and the rules that go with them.
    static const Lifecycle report(TicketKind::Report, {s("new"), s("open"), s("resolved"), s("rejected")},
                                  {s("new"), s("open")},
                                  {{s("new"), s("open")},
                                   {s("new"), s("resolved")},
                                   {s("new"), s("rejected")},
                                   {s("open"), s("resolved")},
                                   {s("open"), s("rejected")},
                                   {s("resolved"), s("open")},
                                   {s("rejected"), s("open")}},
                                  // A report becomes open when an incident takes it on.
                                  {.linked = {{s("new"), s("open")}}, .lessonsStates = {}, .children = {}});
    // Resolving or abandoning an incident maps its children. Countermeasures: abandoned, nothing is left
    // to keep blocked; resolved, an active block is queued for removal, one never activated is dropped,
    // one already queued for removal stays queued.
    static const Lifecycle incident(
        TicketKind::Incident, {s("open"), s("resolved"), s("abandoned")}, {s("open")},
        {{s("open"), s("resolved")},
         {s("open"), s("abandoned")},
         {s("resolved"), s("open")},
         {s("abandoned"), s("open")}},
        {.linked = {},
         .lessonsStates = {s("resolved")},
         .children = {
             {s("resolved"), TicketKind::Report, {}, s("resolved")},
             {s("abandoned"), TicketKind::Report, {}, s("rejected")},
             {s("resolved"), TicketKind::Investigation, {}, s("resolved")},
             {s("abandoned"), TicketKind::Investigation, {}, s("resolved")},
             {s("resolved"), TicketKind::Countermeasure, s("pending activation"), s("removed")},
             {s("resolved"), TicketKind::Countermeasure, s("active"), s("pending removal")},
             {s("abandoned"), TicketKind::Countermeasure, {}, s("removed")},
         }});
    static const Lifecycle investigation(TicketKind::Investigation, {s("open"), s("resolved")}, {s("open")},
                                         {{s("open"), s("resolved")}, {s("resolved"), s("open")}});
    static const Lifecycle countermeasure(TicketKind::Countermeasure,
                                          {s("pending activation"), s("active"), s("pending removal"), s("removed")},
                                          {s("pending activation"), s("active"), s("pending removal")},
                                          {{s("pending activation"), s("active")},
                                           {s("pending activation"), s("removed")},
                                           {s("active"), s("pending removal")},
                                           {s("active"), s("removed")},
                                           {s("pending removal"), s("removed")},
                                           {s("pending removal"), s("active")},
                                           {s("removed"), s("active")}});
    switch (kind) {
    case TicketKind::Report:
        return report;
    case TicketKind::Incident:
        return incident;
    case TicketKind::Investigation:
        return investigation;
    case TicketKind::Countermeasure:
        return countermeasure;
    }
    return report;
}

QStringList Lifecycle::transitionsFrom(const QString& state) const
{
    QStringList targets;
    for (const Transition& t : m_transitions) {
        if (t.from == state)
            targets.append(t.to);
    }
    return targets;
}

bool Lifecycle::allows(const QString& from, const QString& to) const
{
    for (const Transition& t : m_transitions) {
        if (t.from == from && t.to == to)
            return true;
    }
    return false;
}

Status Lifecycle::check(const QString& from, const QString& to) const
{
    const QString kindName = TicketEnums::displayName(m_kind);
    if (!hasState(to))
        return fail(ErrorCode::BadInput,
                    tr("'%1' is not a state of a ticket of kind %2 (its states: %3).")
                        .arg(to, kindName, m_states.join(QStringLiteral(", "))),
                    QStringLiteral("state"));
    if (!allows(from, to)) {
        const QStringList allowed = transitionsFrom(from);
        return fail(ErrorCode::Conflict,
                    tr("A ticket of kind %1 in state '%2' cannot move to '%3'; allowed from '%2': %4.")
                        .arg(kindName, from, to, allowed.isEmpty() ? tr("none") : allowed.join(QStringLiteral(", "))),
                    QStringLiteral("state"));
    }
    return {};
}

QString Lifecycle::stateWhenLinked(const QString& state) const
{
    for (const Transition& t : m_linked) {
        if (t.from == state)
            return t.to;
    }
    return {};
}

bool Lifecycle::mapsChildrenOn(const QString& outcome) const
{
    for (const ChildRule& rule : m_childRules) {
        if (rule.outcome == outcome)
            return true;
    }
    return false;
}

QString Lifecycle::childTarget(const QString& outcome, TicketKind childKind, const QString& childState) const
{
    for (const ChildRule& rule : m_childRules) {
        if (rule.outcome == outcome && rule.childKind == childKind &&
            (rule.childFrom.isEmpty() || rule.childFrom == childState))
            return rule.childTo;
    }
    return {};
}

QString Lifecycle::displayState(const QString& state)
{
    static const char* const names[] = {
        QT_TR_NOOP("new"),       QT_TR_NOOP("open"),   QT_TR_NOOP("resolved"),           QT_TR_NOOP("rejected"),
        QT_TR_NOOP("abandoned"), QT_TR_NOOP("active"), QT_TR_NOOP("pending activation"), QT_TR_NOOP("pending removal"),
        QT_TR_NOOP("removed")};
    for (const char* name : names) {
        if (state == QLatin1String(name))
            return tr(name);
    }
    return state;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/Lifecycle.h"

namespace fb {

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

Lifecycle::Lifecycle(TicketKind kind, QStringList states, QStringList activeStates, QList<Transition> transitions)
    : m_kind(kind)
    , m_states(std::move(states))
    , m_activeStates(std::move(activeStates))
    , m_transitions(std::move(transitions))
{
}

const Lifecycle& Lifecycle::of(TicketKind kind)
{
    // States (initial first), active states, transitions.
    static const Lifecycle report(TicketKind::Report, {s("new"), s("open"), s("resolved"), s("rejected")},
                                  {s("new"), s("open")},
                                  {{s("new"), s("open")},
                                   {s("new"), s("resolved")},
                                   {s("new"), s("rejected")},
                                   {s("open"), s("resolved")},
                                   {s("open"), s("rejected")},
                                   {s("resolved"), s("open")},
                                   {s("rejected"), s("open")}});
    static const Lifecycle incident(TicketKind::Incident, {s("open"), s("resolved"), s("abandoned")}, {s("open")},
                                    {{s("open"), s("resolved")},
                                     {s("open"), s("abandoned")},
                                     {s("resolved"), s("open")},
                                     {s("abandoned"), s("open")}});
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

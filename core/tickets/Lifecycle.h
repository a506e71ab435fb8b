// SPDX-License-Identifier: GPL-3.0-or-later
// Lifecycle: the states of one ticket kind and the transitions between them, as RTIR runs them.
// Defined once, as data, in Lifecycle.cpp (the table in shared/ARCHITECTURE.md).
#pragma once

#include "core/base/Result.h"
#include "core/tickets/TicketKind.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fb {

class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(fb::Lifecycle)

public:
    static const Lifecycle& of(TicketKind kind);

    TicketKind kind() const { return m_kind; }
    QString initialState() const { return m_states.first(); }
    const QStringList& states() const { return m_states; }
    bool hasState(const QString& state) const { return m_states.contains(state); }
    // Active states count as open work (queues, SLA); the others are closed.
    bool isActive(const QString& state) const { return m_activeStates.contains(state); }
    QStringList transitionsFrom(const QString& state) const;
    bool allows(const QString& from, const QString& to) const;
    // Ok, or a Conflict that names the kind and both states.
    Status check(const QString& from, const QString& to) const;

    static QString displayState(const QString& state);

private:
    struct Transition
    {
        QString from;
        QString to;
    };
    Lifecycle(TicketKind kind, QStringList states, QStringList activeStates, QList<Transition> transitions);

    TicketKind m_kind;
    QStringList m_states;
    QStringList m_activeStates;
    QList<Transition> m_transitions;
};

} // namespace fb

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

    // The state a ticket in `state` moves to when an incident takes it on; empty when it stays.
    QString stateWhenLinked(const QString& state) const;
    // Whether moving to `state` needs lessons learned (here or already on the ticket).
    bool needsLessonsLearned(const QString& state) const { return m_lessonsStates.contains(state); }
    // Whether reaching `outcome` maps the ticket's children (see childTarget).
    bool mapsChildrenOn(const QString& outcome) const;
    // The state a child of kind `childKind` in `childState` moves to when this ticket reaches `outcome`;
    // empty when the child keeps its state.
    QString childTarget(const QString& outcome, TicketKind childKind, const QString& childState) const;

    static QString displayState(const QString& state);

private:
    struct Transition
    {
        QString from;
        QString to;
    };
    // When this ticket reaches `outcome`, its children of `childKind` in `childFrom` (any active state
    // when empty) move to `childTo`.
    struct ChildRule
    {
        QString outcome;
        TicketKind childKind;
        QString childFrom;
        QString childTo;
    };
    struct Rules
    {
        QList<Transition> linked; // from -> to when an incident takes the ticket on
        QStringList lessonsStates;
        QList<ChildRule> children;
    };
    Lifecycle(TicketKind kind, QStringList states, QStringList activeStates, QList<Transition> transitions,
              Rules rules = {});

    TicketKind m_kind;
    QStringList m_states;
    QStringList m_activeStates;
    QList<Transition> m_transitions;
    QList<Transition> m_linked;
    QStringList m_lessonsStates;
    QList<ChildRule> m_childRules;
};

} // namespace fb

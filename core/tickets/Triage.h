// SPDX-License-Identifier: GPL-3.0-or-later
// Triage: the quick decisions on a new Incident Report — a field (TLP, severity, class), reject with a reason, a new
// incident from it, a link to an incident — each one change that hands back how to undo it. An undo is a change of
// its own, recorded in the history (the report's state goes back with action "undo"; an incident made by mistake
// is abandoned, never erased), and is refused when the report was changed again since.
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fb {

class TicketStores;
struct Ticket;

// What undoing one triage decision takes; false when there is nothing to undo.
struct TriageUndo
{
    enum class Kind { None, Field, Reject, Link, NewIncident };
    Kind kind = Kind::None;
    qint64 reportId = 0;
    qint64 incidentId = 0; // Link, NewIncident
    QString field;         // Field: its key; Reject: "resolution"
    QString before;        // the field's value before (Field, Reject's resolution)
    QString after;         // the field's value the decision left, to see a later change
    QString stateBefore;   // the report's state before (Reject, Link, NewIncident)
    QString stateAfter;
    QDateTime firstResponse; // the report's first response before (invalid: none)
    QString summary;         // what was done, for people: "Report #12 rejected."

    explicit operator bool() const { return kind != Kind::None; }
};

class Triage
{
    Q_DECLARE_TR_FUNCTIONS(fb::Triage)

public:
    explicit Triage(TicketStores& stores);

    // A field as TicketEditor names it ("tlp", "severity", "rsit").
    Result<TriageUndo> setField(qint64 reportId, const QString& field, const QString& value);
    // The reason is required; it becomes the report's resolution.
    Result<TriageUndo> reject(qint64 reportId, const QString& reason);
    // An incident titled `title` with the report's TLP, class, severity, constituency and observables, owned by
    // `owner`, with the report linked to it.
    Result<TriageUndo> newIncident(qint64 reportId, const QString& title, const QString& owner);
    Result<TriageUndo> link(qint64 reportId, qint64 incidentId);
    // Undoes one decision in one change; Conflict when the report (or the new incident) changed since.
    Status undo(const TriageUndo& undo);

    // A field's stored value in the form TicketEditor::setField takes ("tlp" → "amber", "rsit" → "class/type").
    static QString fieldValue(const Ticket& ticket, const QString& field);

private:
    TicketStores& m_stores;
};

} // namespace fb

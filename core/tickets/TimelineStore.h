// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineStore: the timeline of a ticket — dated events added by hand, from a message or an observable, or
// imported from CSV (TimelineCsv), changed and removed. Every change is one change with a history row of the ticket
// per event (action "timeline", field add/edit/remove, values JSON naming the event). The observables in an event's
// description and raw data (ObservableExtractor) are put on the ticket in the same change. Any kind of ticket may
// have a timeline; a merged ticket refuses changes (they go to the one it was merged into).
#pragma once

#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/tickets/TimelineEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fb {

class ObservableStore;
class TicketRepository;

// What an add, edit or import changed.
struct TimelineChange
{
    QList<qint64> events;       // the events added (an edit: the event changed)
    int observablesAdded = 0;   // observables the ticket did not carry before
    QStringList ignoredColumns; // an import: header columns that are not read
};

class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineStore)

public:
    static constexpr qsizetype kMaxTitleLength = 200;
    static constexpr qsizetype kMaxSourceLength = 200;
    static constexpr qsizetype kMaxTextLength = 64 * 1024; // description and raw data, each
    static constexpr qsizetype kMaxImportRows = 10000;     // events of one CSV import
    static constexpr qsizetype kMaxImportBytes = 16 * 1024 * 1024;

    TimelineStore(TicketRepository& tickets, ObservableStore& observables);

    // The event as it is stored, or BadInput with `where` naming the field (time, end, what, description, source,
    // raw): a time is needed, an end not before it; the title is one line of at most 200 characters; no control
    // characters but tab and line breaks; the sizes above.
    static Result<NewTimelineEvent> checked(const NewTimelineEvent& event);
    // The value a history row gives the event (JSON: its fields, the raw data by size and SHA-256, since it may be
    // large): what add, edit and remove record, and what the audit compares a stored event with.
    static QString historyValue(qint64 eventId, const NewTimelineEvent& event);

    // What "add to timeline" on an observable suggests: seen at `at`, titled with the observable, linked to it.
    static NewTimelineEvent draft(const Observable& observable, const QDateTime& at);

    Result<TimelineChange> add(qint64 ticketId, const NewTimelineEvent& event);
    // Several events in one change, all or none (an error names the event by its place in the list, from 1).
    Result<TimelineChange> addAll(qint64 ticketId, const QList<NewTimelineEvent>& events, JobControl* job = nullptr);
    // Replaces what the event says; its ticket and who added it stay.
    Result<TimelineChange> edit(qint64 eventId, const NewTimelineEvent& event);
    Status remove(qint64 eventId);

    // Reads a CSV file (TimelineCsv) and adds its events in one change; nothing is stored when any row is refused.
    Result<TimelineChange> importCsv(qint64 ticketId, const QByteArray& csv, JobControl* job = nullptr);
    // The ticket's events as CSV (TimelineCsv::write).
    Result<QByteArray> csv(qint64 ticketId);
    // Writes the ticket's events as CSV to `path` (AtomicFile, readable by the owner only); the number written.
    Result<qsizetype> exportCsv(qint64 ticketId, const QString& path);

    Result<TimelineEvent> event(qint64 eventId);
    // The ticket's events by the time they occurred (then in the order they were added): what reports read.
    Result<QList<TimelineEvent>> events(qint64 ticketId);

private:
    Status record(qint64 ticketId, const QString& field, qint64 eventId, const NewTimelineEvent* before,
                  const NewTimelineEvent* after);
    // Puts the observables of the events' text on the ticket; how many it did not carry.
    Result<int> attachObservables(qint64 ticketId, const QList<NewTimelineEvent>& events);

    TicketRepository& m_tickets;
    ObservableStore& m_observables;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// TicketRepository: where the tickets of a workspace are kept — the interface a storage backend implements. It
// holds rows, not rules: ticket rows and their text index, the history row each change writes, the links between
// incidents and their children, tags, observables, comments, tasks and their notes, timeline events, evidence files,
// playbooks and the SLA policy. The rules (TicketEditor, TicketWorkflow, ObservableStore, TagStore, CommentStore,
// TaskStore, TimelineStore, EvidenceStore, PlaybookStore, SlaPolicyStore) are written once above it and run on any
// backend. The
// desktop's backend is SqliteTicketRepository (core/tickets/sqlite); TicketStores chooses it.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/history/ChangeScope.h"
#include "core/history/History.h"
#include "core/observables/Observable.h"
#include "core/tickets/Playbook.h"
#include "core/tickets/SlaPolicy.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketComment.h"
#include "core/tickets/TicketEvidence.h"
#include "core/tickets/TicketTask.h"
#include "core/tickets/TimelineEvent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace fb {

// A text column of a ticket that the stores change one at a time.
enum class TicketColumn {
    Title,
    Description,
    Owner,
    Tlp,
    RsitClass,
    RsitType,
    Severity,
    Constituency,
    Reporter,
    HowReported,
    ReporterType,
    Resolution,
    LessonsLearned,
};

class TicketRepository
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketRepository)

public:
    virtual ~TicketRepository() = default;

    // The clock that stamps this repository's changes.
    virtual const Clock& clock() const = 0;
    // Begins one change: the steps below, made until the scope commits, are kept all or nothing.
    virtual Result<ChangeScopePtr> beginChange() = 0;

    // A ticket with its tags and observables; NotFound when there is none.
    virtual Result<Ticket> get(qint64 id) = 0;
    // get(), refusing a ticket merged into another one (changes go to that one).
    Result<Ticket> getForChange(qint64 id);

    // The steps of a change; call them inside the change scope that makes it.
    // Inserts the ticket's row and indexes its text; tags, observables and links are the caller's.
    virtual Result<qint64> insert(const NewTicket& ticket, const QString& state, const QDateTime& created,
                                  const QDateTime& responseDue, const QDateTime& resolveDue) = 0;
    // Sets one column and the ticket's updated time.
    virtual Status updateText(qint64 id, TicketColumn column, const QString& value) = 0;
    // Sets a due date and the ticket's updated time.
    virtual Status updateDue(qint64 id, bool response, const QDateTime& due) = 0;
    // Sets both due dates, leaving the updated time.
    virtual Status updateDues(qint64 id, const QDateTime& responseDue, const QDateTime& resolveDue) = 0;
    // Sets the state, the closed time for a closed state, and the first response when not set yet.
    virtual Status updateState(qint64 id, const QString& state, bool closing) = 0;
    // Sets (invalid: clears) the first response time, for an undo that takes the response back.
    virtual Status updateFirstResponse(qint64 id, const QDateTime& at) = 0;
    virtual Status markMerged(qint64 fromId, qint64 intoId, const QDateTime& at) = 0;
    virtual Status reindexText(qint64 id, const QString& title, const QString& description) = 0;

    // Appends a history entry for ticket `ticketId` (none when null), stamped with the clock and actor.
    virtual Status record(std::optional<qint64> ticketId, const QString& action, const QString& field,
                          std::optional<QString> oldValue, std::optional<QString> newValue) = 0;
    // The hash chain the entries go to (read it, verify it, append entries of other concepts).
    virtual History& history() = 0;

    // Links: children (reports, investigations, countermeasures) under incidents.
    virtual Status insertLink(qint64 incidentId, qint64 childId) = 0;
    // NotFound when the link does not exist.
    virtual Status deleteLink(qint64 incidentId, qint64 childId) = 0;
    virtual Result<QList<qint64>> incidentsOf(qint64 childId) = 0;
    virtual Result<QList<qint64>> childrenOf(qint64 incidentId) = 0;

    // Tags; inserting a tag the ticket has changes nothing.
    virtual Status insertTag(qint64 id, const QString& tag) = 0;
    virtual Status deleteTag(qint64 id, const QString& tag) = 0;

    // Observables; inserting one the ticket has changes nothing. BadInput for an address type whose value is
    // not an address or network.
    virtual Status insertObservable(qint64 id, const Observable& observable) = 0;
    virtual Status deleteObservable(qint64 id, const Observable& observable) = 0;

    // Comments, stamped with the clock and actor; read oldest first.
    virtual Result<qint64> insertComment(qint64 id, const QString& body) = 0;
    virtual Result<QList<TicketComment>> comments(qint64 id) = 0;

    // Tasks, stamped with the clock and actor; read oldest first with their notes. A task's title and description
    // never change after insertTask.
    virtual Result<qint64> insertTask(qint64 ticketId, const NewTask& task) = 0;
    // NotFound when there is no such task.
    virtual Result<TicketTask> task(qint64 taskId) = 0;
    virtual Result<QList<TicketTask>> tasks(const TaskFilter& filter) = 0;
    // Sets the state and the closed time (now when closing, none when opening again).
    virtual Status updateTaskState(qint64 taskId, TaskState state) = 0;
    virtual Status updateTaskOwner(qint64 taskId, const QString& owner) = 0;
    virtual Status updateTaskDue(qint64 taskId, const QDateTime& due) = 0;
    virtual Result<qint64> insertTaskNote(qint64 taskId, const QString& body) = 0;
    // The name of a person who currently holds `role` (case-insensitive) in a team, those of our own team first;
    // empty when nobody does.
    virtual Result<QString> personWithRole(const QString& role) = 0;

    // Timeline events, stamped with the clock and actor (created, and updated by each update).
    virtual Result<qint64> insertTimelineEvent(qint64 ticketId, const NewTimelineEvent& event) = 0;
    virtual Status updateTimelineEvent(qint64 eventId, const NewTimelineEvent& event) = 0;
    virtual Status deleteTimelineEvent(qint64 eventId) = 0;
    // NotFound when there is no such event.
    virtual Result<TimelineEvent> timelineEvent(qint64 eventId) = 0;
    // The ticket's events by the time they occurred, then in the order they were added.
    virtual Result<QList<TimelineEvent>> timeline(qint64 ticketId) = 0;

    // Evidence files: the row (stamped with the clock and actor) is inserted first, its content then in chunks
    // numbered from 0, and its size and SHA-256 set once the content is written; all in one change.
    virtual Result<qint64> insertEvidence(qint64 ticketId, const NewEvidence& evidence) = 0;
    virtual Status insertEvidenceChunk(qint64 evidenceId, qint64 index, const QByteArray& data) = 0;
    virtual Status updateEvidenceDigest(qint64 evidenceId, qint64 size, const QString& sha256) = 0;
    // NotFound when there is no such evidence.
    virtual Result<TicketEvidence> evidence(qint64 evidenceId) = 0;
    // A ticket's evidence, oldest first, removed files included.
    virtual Result<QList<TicketEvidence>> evidenceOf(qint64 ticketId) = 0;
    // Chunk `index` of the content; nullopt past the last one.
    virtual Result<std::optional<QByteArray>> evidenceChunk(qint64 evidenceId, qint64 index) = 0;
    // Marks the evidence removed (clock, actor) and deletes its content.
    virtual Status removeEvidence(qint64 evidenceId) = 0;

    // Playbooks, by name; a write replaces the playbook with the same key (its tasks too).
    virtual Result<QList<Playbook>> playbooks() = 0;
    virtual Status savePlaybook(const Playbook& playbook) = 0;
    // NotFound when there is no playbook with that key.
    virtual Status deletePlaybook(const QString& key) = 0;

    // The SLA policy: what is stored over SlaPolicy::defaults(); the write replaces every severity's targets.
    virtual Result<SlaPolicy> loadSlaPolicy() = 0;
    virtual Status saveSlaPolicy(const SlaPolicy& policy) = 0;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// TaskStore: the tasks of a ticket — added by hand or from a playbook (by hand, or automatically when an incident is
// created or reclassified: PlaybookRules says which playbook and when each task is due), done, not applicable,
// reopened, assigned, given a due date and notes. Every change is one change with its history row of the ticket
// (action "task"), whose values name the task by number and title, so the chain covers tasks and the audit compares
// them. Tasks are never deleted.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketTask.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class PlaybookStore;
class TicketRepository;

// How far a ticket's tasks are: "3 of 7 done" (not applicable ones count as settled, not as done).
struct TaskProgress
{
    int total = 0;
    int done = 0;
    int notApplicable = 0;
    int open() const { return total - done - notApplicable; }
};

class TaskStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaskStore)

public:
    static constexpr qsizetype kMaxTitleLength = 200;
    static constexpr qsizetype kMaxNoteLength = 64 * 1024;

    TaskStore(TicketRepository& tickets, PlaybookStore& playbooks);

    Result<qint64> addTask(qint64 ticketId, const NewTask& task);
    // Adds the playbook's tasks that the ticket does not have from it yet (by title); returns the new tasks' ids.
    Result<QList<qint64>> applyPlaybook(qint64 ticketId, const QString& key);
    // For an incident: adds the tasks of the playbook PlaybookRules::select() gives it that it does not have yet,
    // due from `base`; nothing for other kinds. Call inside the change that creates or reclassifies the ticket.
    Result<QList<qint64>> applyMatching(const Ticket& ticket, const QDateTime& base);

    Status setState(qint64 taskId, TaskState state);
    Status assign(qint64 taskId, const QString& owner);
    // An invalid time clears the due date.
    Status setDue(qint64 taskId, const QDateTime& due);
    Result<qint64> addNote(qint64 taskId, const QString& text);

    Result<TicketTask> task(qint64 taskId);
    // The ticket's tasks, oldest first, with their notes.
    Result<QList<TicketTask>> tasks(qint64 ticketId);
    Result<QList<TicketTask>> find(const TaskFilter& filter);

    static TaskProgress progress(const QList<TicketTask>& tasks);
    // "open", "done", "not applicable", translated.
    static QString stateName(TaskState state);

private:
    Result<QList<qint64>> addFromPlaybook(const Ticket& ticket, const QString& key, const QDateTime& base);
    Result<qint64> insert(const Ticket& ticket, const NewTask& task);
    // The task and its ticket, refusing a task of a merged ticket.
    Result<TicketTask> taskForChange(qint64 taskId);
    Status record(const TicketTask& task, const QString& field, const QString& key, std::optional<QString> oldValue,
                  std::optional<QString> newValue);

    TicketRepository& m_tickets;
    PlaybookStore& m_playbooks;
};

} // namespace fb

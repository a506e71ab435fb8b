// SPDX-License-Identifier: GPL-3.0-or-later
// TicketTask: one task of a ticket (from a playbook or added by hand): owner, due date, state and a log of notes.
// Tasks are never deleted; one that does not apply is closed as not applicable.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

enum class TaskState {
    Open,
    Done,
    NotApplicable,
};

// "open", "done", "na": as stored, in the history and on the command line.
inline QString taskStateKey(TaskState state)
{
    switch (state) {
    case TaskState::Done:
        return QStringLiteral("done");
    case TaskState::NotApplicable:
        return QStringLiteral("na");
    case TaskState::Open:
        break;
    }
    return QStringLiteral("open");
}

inline std::optional<TaskState> parseTaskState(const QString& key)
{
    for (TaskState state : {TaskState::Open, TaskState::Done, TaskState::NotApplicable}) {
        if (key == taskStateKey(state))
            return state;
    }
    return std::nullopt;
}

struct TaskNote
{
    qint64 id = 0;
    QString author;
    QDateTime at;
    QString body;
};

struct TicketTask
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString title;
    QString description;
    QString owner;
    QDateTime due; // invalid: none
    TaskState state = TaskState::Open;
    QString playbook; // the key of the playbook it came from; empty when added by hand
    QDateTime createdAt;
    QString createdBy;
    QDateTime closedAt;    // invalid while open
    QList<TaskNote> notes; // oldest first

    bool isOpen() const { return state == TaskState::Open; }
    bool isOverdue(const QDateTime& now) const { return isOpen() && due.isValid() && due < now; }
};

// What a new task starts with.
struct NewTask
{
    QString title;
    QString description;
    QString owner;
    QDateTime due;
    QString playbook;
};

// Which tasks to find; every given condition must hold. Across tickets, those of merged tickets are left out.
struct TaskFilter
{
    std::optional<qint64> ticketId{};
    std::optional<QString> owner{};
    bool openOnly = false;
    QDateTime dueBefore{}; // valid: open tasks due before this time only
    int limit = 1000;
};

} // namespace fb

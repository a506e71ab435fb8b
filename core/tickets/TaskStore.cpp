// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TaskStore.h"

#include "core/tickets/PlaybookRules.h"
#include "core/tickets/PlaybookStore.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fb {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Blank lines and trailing spaces around a note go (as for comments).
QString trimmedNote(const QString& text)
{
    QString body = text;
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    while (!body.isEmpty() && (body.front() == QLatin1Char('\n') || body.front() == QLatin1Char('\r')))
        body.remove(0, 1);
    return body;
}

} // namespace

TaskStore::TaskStore(TicketRepository& tickets, PlaybookStore& playbooks)
    : m_tickets(tickets)
    , m_playbooks(playbooks)
{
}

Result<qint64> TaskStore::insert(const Ticket& ticket, const NewTask& task)
{
    const QString title = task.title.simplified();
    if (title.isEmpty() || title.size() > kMaxTitleLength)
        return fail(ErrorCode::BadInput, tr("A task needs a title of at most %1 characters.").arg(kMaxTitleLength),
                    QStringLiteral("title"));
    NewTask stored = task;
    stored.title = title;
    stored.owner = task.owner.trimmed();
    stored.due = task.due.isValid() ? task.due.toUTC() : QDateTime();
    FB_TRY_ASSIGN(auto id, m_tickets.insertTask(ticket.id, stored));
    QJsonObject added{{QStringLiteral("task"), id}, {QStringLiteral("title"), stored.title}};
    if (!stored.owner.isEmpty())
        added.insert(QStringLiteral("owner"), stored.owner);
    if (stored.due.isValid())
        added.insert(QStringLiteral("due"), isoOrEmpty(stored.due));
    if (!stored.playbook.isEmpty())
        added.insert(QStringLiteral("playbook"), stored.playbook);
    FB_TRY(m_tickets.record(ticket.id, QStringLiteral("task"), QStringLiteral("add"), std::nullopt, compact(added)));
    return id;
}

Result<qint64> TaskStore::addTask(qint64 ticketId, const NewTask& task)
{
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(ticketId));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY_ASSIGN(auto id, insert(ticket, task));
    FB_TRY(change->commit());
    return id;
}

Result<QList<qint64>> TaskStore::addFromPlaybook(const Ticket& ticket, const QString& key, const QDateTime& base)
{
    FB_TRY_ASSIGN(auto playbook, m_playbooks.playbook(key));
    FB_TRY_ASSIGN(auto existing, m_tickets.tasks(TaskFilter{.ticketId = ticket.id}));
    QSet<QString> have;
    for (const TicketTask& task : existing) {
        if (task.playbook == key)
            have.insert(task.title.toCaseFolded());
    }
    QList<qint64> added;
    for (const PlaybookTask& step : playbook.tasks) {
        if (have.contains(step.title.simplified().toCaseFolded()))
            continue;
        FB_TRY_ASSIGN(auto owner, m_tickets.personWithRole(step.ownerRole));
        const NewTask task{step.title, step.description, owner,
                           PlaybookRules::dueDate(base, step.dueMinutes, ticket.resolveDue), key};
        FB_TRY_ASSIGN(auto id, insert(ticket, task));
        added.append(id);
    }
    return added;
}

Result<QList<qint64>> TaskStore::applyPlaybook(qint64 ticketId, const QString& key)
{
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(ticketId));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY_ASSIGN(auto added, addFromPlaybook(ticket, key, m_tickets.clock().nowUtc()));
    FB_TRY(change->commit());
    return added;
}

Result<QList<qint64>> TaskStore::applyMatching(const Ticket& ticket, const QDateTime& base)
{
    if (ticket.kind != TicketKind::Incident || ticket.rsitClass.isEmpty())
        return QList<qint64>();
    FB_TRY_ASSIGN(auto playbooks, m_playbooks.playbooks());
    const Playbook* chosen = PlaybookRules::select(playbooks, ticket.rsitClass, ticket.rsitType, ticket.constituency);
    if (!chosen)
        return QList<qint64>();
    return addFromPlaybook(ticket, chosen->key, base);
}

Result<TicketTask> TaskStore::taskForChange(qint64 taskId)
{
    FB_TRY_ASSIGN(auto task, m_tickets.task(taskId));
    FB_TRY(m_tickets.getForChange(task.ticketId));
    return task;
}

Status TaskStore::record(const TicketTask& task, const QString& field, const QString& key,
                         std::optional<QString> oldValue, std::optional<QString> newValue)
{
    auto value = [&](const std::optional<QString>& v) -> std::optional<QString> {
        if (!v)
            return std::nullopt;
        return compact(
            QJsonObject{{QStringLiteral("task"), task.id}, {QStringLiteral("title"), task.title}, {key, *v}});
    };
    return m_tickets.record(task.ticketId, QStringLiteral("task"), field, value(oldValue), value(newValue));
}

Status TaskStore::setState(qint64 taskId, TaskState state)
{
    FB_TRY_ASSIGN(auto task, taskForChange(taskId));
    if (task.state == state)
        return fail(ErrorCode::Conflict, tr("Task %1 is already %2.").arg(taskId).arg(stateName(state)),
                    QStringLiteral("state"));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.updateTaskState(taskId, state));
    FB_TRY(
        record(task, QStringLiteral("state"), QStringLiteral("state"), taskStateKey(task.state), taskStateKey(state)));
    return change->commit();
}

Status TaskStore::assign(qint64 taskId, const QString& owner)
{
    FB_TRY_ASSIGN(auto task, taskForChange(taskId));
    const QString value = owner.trimmed();
    if (task.owner == value)
        return {};
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.updateTaskOwner(taskId, value));
    FB_TRY(record(task, QStringLiteral("owner"), QStringLiteral("owner"), task.owner, value));
    return change->commit();
}

Status TaskStore::setDue(qint64 taskId, const QDateTime& due)
{
    FB_TRY_ASSIGN(auto task, taskForChange(taskId));
    const QDateTime value = due.isValid() ? due.toUTC() : QDateTime();
    if (task.due == value)
        return {};
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.updateTaskDue(taskId, value));
    FB_TRY(record(task, QStringLiteral("due"), QStringLiteral("due"), isoOrEmpty(task.due), isoOrEmpty(value)));
    return change->commit();
}

Result<qint64> TaskStore::addNote(qint64 taskId, const QString& text)
{
    const QString body = trimmedNote(text);
    if (body.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("A note cannot be empty."), QStringLiteral("note"));
    if (body.size() > kMaxNoteLength)
        return fail(
            ErrorCode::BadInput,
            tr("A note can be at most %L1 characters long; this one has %L2.").arg(kMaxNoteLength).arg(body.size()),
            QStringLiteral("note"));
    FB_TRY_ASSIGN(auto task, taskForChange(taskId));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY_ASSIGN(auto noteId, m_tickets.insertTaskNote(taskId, body));
    FB_TRY(record(task, QStringLiteral("note"), QStringLiteral("note"), std::nullopt, body));
    FB_TRY(change->commit());
    return noteId;
}

Result<TicketTask> TaskStore::task(qint64 taskId)
{
    return m_tickets.task(taskId);
}

Result<QList<TicketTask>> TaskStore::tasks(qint64 ticketId)
{
    FB_TRY(m_tickets.get(ticketId));
    return m_tickets.tasks(TaskFilter{.ticketId = ticketId, .limit = 100000});
}

Result<QList<TicketTask>> TaskStore::find(const TaskFilter& filter)
{
    return m_tickets.tasks(filter);
}

TaskProgress TaskStore::progress(const QList<TicketTask>& tasks)
{
    TaskProgress progress;
    for (const TicketTask& task : tasks) {
        ++progress.total;
        if (task.state == TaskState::Done)
            ++progress.done;
        else if (task.state == TaskState::NotApplicable)
            ++progress.notApplicable;
    }
    return progress;
}

QString TaskStore::stateName(TaskState state)
{
    switch (state) {
    case TaskState::Done:
        return tr("done");
    case TaskState::NotApplicable:
        return tr("not applicable");
    case TaskState::Open:
        break;
    }
    return tr("open");
}

} // namespace fb

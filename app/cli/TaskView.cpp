// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TaskView.h"

#include "app/cli/CliArgs.h"
#include "app/cli/TextTable.h"
#include "core/tickets/PlaybookJson.h"
#include "core/tickets/TaskStore.h"

#include <QJsonArray>

namespace fb {

QJsonObject TaskView::toJson(const TicketTask& task)
{
    QJsonArray notes;
    for (const TaskNote& note : task.notes)
        notes.append(QJsonObject{{s("id"), note.id},
                                 {s("author"), note.author},
                                 {s("at"), CliContext::isoUtc(note.at)},
                                 {s("body"), note.body}});
    return QJsonObject{{s("id"), task.id},
                       {s("ticket"), task.ticketId},
                       {s("title"), task.title},
                       {s("description"), task.description},
                       {s("owner"), task.owner},
                       {s("due"), CliContext::isoUtc(task.due)},
                       {s("state"), taskStateKey(task.state)},
                       {s("playbook"), task.playbook},
                       {s("created"), CliContext::isoUtc(task.createdAt)},
                       {s("createdBy"), task.createdBy},
                       {s("closed"), CliContext::isoUtc(task.closedAt)},
                       {s("notes"), notes}};
}

QJsonObject TaskView::toJson(const Playbook& playbook)
{
    QJsonArray tasks;
    for (const PlaybookTask& task : playbook.tasks)
        tasks.append(QJsonObject{
            {s("title"), task.title},
            {s("description"), task.description},
            {s("ownerRole"), task.ownerRole},
            {s("due"), task.dueMinutes ? QJsonValue(PlaybookJson::offsetText(*task.dueMinutes)) : QJsonValue()}});
    return QJsonObject{{s("id"), playbook.key},
                       {s("name"), playbook.name},
                       {s("description"), playbook.description},
                       {s("class"), playbook.rsitClass},
                       {s("type"), playbook.rsitType},
                       {s("constituency"), playbook.constituency},
                       {s("tasks"), tasks}};
}

void TaskView::printTasks(CliContext& context, const QList<TicketTask>& tasks, bool withTicket)
{
    QJsonArray json;
    QStringList headers{tr("TASK"), tr("STATE"), tr("DUE"), tr("OWNER"), tr("TITLE")};
    if (withTicket)
        headers.insert(1, tr("TICKET"));
    TextTable table(headers);
    const QDateTime now = context.clock().nowUtc();
    for (const TicketTask& task : tasks) {
        json.append(toJson(task));
        QString due = CliContext::localTime(task.due);
        if (task.isOverdue(now))
            //: A task's due date that has passed.
            due = tr("%1 overdue").arg(due);
        QStringList row{QString::number(task.id), TaskStore::stateName(task.state), due, task.owner, task.title};
        if (!task.notes.isEmpty())
            row.last() += QStringLiteral(" ") + tr("(%n note(s))", nullptr, int(task.notes.size()));
        if (withTicket)
            row.insert(1, QStringLiteral("#") + QString::number(task.ticketId));
        table.addRow(row);
    }
    table.setMaxWidth(int(headers.size()) - 1, 70);
    context.printListing(table, json);
}

QString TaskView::progress(const QList<TicketTask>& tasks)
{
    const TaskProgress p = TaskStore::progress(tasks);
    QString text = tr("%1 of %2 done").arg(p.done).arg(p.total);
    if (p.notApplicable)
        text += tr(", %n not applicable", nullptr, p.notApplicable);
    return text;
}

QString TaskView::match(const Playbook& playbook)
{
    if (playbook.rsitClass.isEmpty())
        return tr("by hand only");
    QString text = playbook.rsitClass;
    if (!playbook.rsitType.isEmpty())
        text += QLatin1Char('/') + playbook.rsitType;
    if (!playbook.constituency.isEmpty())
        text = tr("%1 in %2").arg(text, playbook.constituency);
    return text;
}

} // namespace fb

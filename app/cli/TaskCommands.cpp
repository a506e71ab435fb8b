// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TaskCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TaskView.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "core/tickets/PlaybookJson.h"

#include <QJsonObject>

namespace fb {

namespace {

// "2026-05-01T17:00:00Z" or an offset from now ("4h", "2d"); "none" for no due date.
Result<QDateTime> parseDue(const QString& text, const QDateTime& now)
{
    if (text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QDateTime();
    if (const auto minutes = PlaybookJson::parseOffset(text))
        return now.addSecs(qint64(*minutes) * 60);
    const QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("fb::TaskCommands",
                                                "'%1' is not a due date: give an ISO 8601 time "
                                                "(2026-05-01T17:00:00Z), an offset from now (30m, 4h, 2d) or none.")
                        .arg(text),
                    s("due"));
    return at.toUTC();
}

// A command on one task, whose first argument is its number.
class TaskIdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaskCommands)

public:
    using Command::Command;
    Status check(CommandCall& call) override
    {
        bool ok = false;
        m_task = call.positional(0).toLongLong(&ok);
        if (!ok || m_task <= 0)
            return fail(ErrorCode::BadInput, tr("'%1' is not a task number.").arg(call.positional(0)), s("task"));
        return {};
    }

protected:
    // After a change: the task as JSON with --json, else one line.
    Status report(CommandCall& call, TicketStores& store, const QString& message)
    {
        if (call.json()) {
            FB_TRY_ASSIGN(auto task, store.tasks.task(m_task));
            call.context().printJson(TaskView::toJson(task));
        } else {
            call.out() << message << QLatin1Char('\n');
        }
        return {};
    }

    qint64 m_task = 0;
};

ArgumentSpec taskArgument()
{
    return {s("TASK"), QCoreApplication::translate("fb::TaskCommands", "The task number (see task list).")};
}

class TaskAddCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaskCommands)

public:
    TaskAddCommand()
        : TicketIdCommand({
              .noun = s("task"),
              .verb = s("add"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Add a task to a ticket"),
              .description = tr("Add a task to a ticket by hand, with an owner and a due date if given."),
              .synopsis = s("ID TITLE"),
              .arguments = {{s("ID"), tr("The ticket number.")}, {s("TITLE"), tr("What is to be done.")}},
              .minArguments = 2,
              .maxArguments = 2,
              .options = {option("description", tr("More about the task."), "TEXT"),
                          option("owner", tr("Who does it."), "NAME"),
                          option("due", tr("When it is due: an ISO 8601 time or an offset from now (4h, 2d)."),
                                 "WHEN")},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        if (call.isSet("due")) {
            FB_TRY_ASSIGN(auto due, parseDue(call.value("due"), call.clock().nowUtc()));
            m_due = due;
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(
            auto id, store->tasks.addTask(
                         m_id, NewTask{call.positional(1), call.value("description"), call.value("owner"), m_due, {}}));
        if (call.json()) {
            FB_TRY_ASSIGN(auto task, store->tasks.task(id));
            call.context().printJson(TaskView::toJson(task));
        } else {
            call.out() << tr("Ticket #%1: task %2 added.").arg(m_id).arg(id) << QLatin1Char('\n');
        }
        return {};
    }

private:
    QDateTime m_due;
};

class TaskListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaskCommands)

public:
    TaskListCommand()
        : Command({
              .noun = s("task"),
              .verb = s("list"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "List tasks: a ticket's, yours, or the overdue ones"),
              .description = tr("List the tasks of a ticket with its progress, or tasks across tickets: --mine for "
                                "your open tasks, --owner, --open, --overdue."),
              .synopsis = s("[ID]"),
              .arguments = {{s("ID"), tr("The ticket number; all tickets when not given.")}},
              .minArguments = 0,
              .maxArguments = 1,
              .options = {option("mine", tr("Only your own open tasks (FIREBREAK_ACTOR or the user name).")),
                          option("owner", tr("Only tasks of this owner."), "NAME"),
                          option("open", tr("Only open tasks.")),
                          option("overdue", tr("Only open tasks whose due date has passed.")),
                          option("limit", tr("At most N tasks (default 1000)."), "N")},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (!call.positional().isEmpty()) {
            FB_TRY_ASSIGN(auto id, CliContext::parseTicketId(call.positional(0)));
            m_filter.ticketId = id;
            m_filter.limit = 100000;
        }
        if (call.isSet("mine") && call.isSet("owner"))
            return fail(ErrorCode::Usage, tr("Give --mine or --owner, not both."));
        if (call.isSet("owner"))
            m_filter.owner = call.value("owner").trimmed();
        if (call.isSet("mine")) {
            m_filter.owner = call.actor();
            m_filter.openOnly = true;
        }
        m_filter.openOnly = m_filter.openOnly || call.isSet("open");
        if (call.isSet("limit")) {
            bool ok = false;
            m_filter.limit = call.value("limit").toInt(&ok);
            if (!ok || m_filter.limit < 0)
                return fail(ErrorCode::BadInput, tr("'%1' is not a number of tasks.").arg(call.value("limit")));
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        if (call.isSet("overdue"))
            m_filter.dueBefore = call.clock().nowUtc();
        auto store = TicketCliSupport::store(call);
        if (m_filter.ticketId) {
            FB_TRY(store->tickets.get(*m_filter.ticketId));
        }
        FB_TRY_ASSIGN(auto tasks, store->tasks.find(m_filter));
        if (m_filter.ticketId && !call.json() && !tasks.isEmpty())
            call.out() << tr("Ticket #%1: %2").arg(*m_filter.ticketId).arg(TaskView::progress(tasks))
                       << QLatin1Char('\n');
        TaskView::printTasks(call.context(), tasks, !m_filter.ticketId);
        return {};
    }

private:
    TaskFilter m_filter;
};

class TaskStateCommand : public TaskIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaskCommands)

public:
    TaskStateCommand(const char* verb, const char* summary, const QString& description, TaskState state)
        : TaskIdCommand({
              .noun = s("task"),
              .verb = s(verb),
              .summary = summary,
              .description = description,
              .synopsis = s("TASK"),
              .arguments = {taskArgument()},
              .minArguments = 1,
              .maxArguments = 1,
          })
        , m_state(state)
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY(store->tasks.setState(m_task, m_state));
        return report(call, *store, tr("Task %1: %2.").arg(m_task).arg(TaskStore::stateName(m_state)));
    }

private:
    TaskState m_state;
};

class TaskAssignCommand : public TaskIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaskCommands)

public:
    TaskAssignCommand()
        : TaskIdCommand({
              .noun = s("task"),
              .verb = s("assign"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Give a task to someone"),
              .description = tr("Set who does a task; without OWNER the task has no owner."),
              .synopsis = s("TASK [OWNER]"),
              .arguments = {taskArgument(), {s("OWNER"), tr("Who does it.")}},
              .minArguments = 1,
              .maxArguments = 2,
          })
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        const QString owner = call.positional(1).trimmed();
        FB_TRY(store->tasks.assign(m_task, owner));
        return report(call, *store,
                      owner.isEmpty() ? tr("Task %1 has no owner.").arg(m_task)
                                      : tr("Task %1 assigned to %2.").arg(m_task).arg(owner));
    }
};

class TaskDueCommand : public TaskIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaskCommands)

public:
    TaskDueCommand()
        : TaskIdCommand({
              .noun = s("task"),
              .verb = s("due"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Set when a task is due"),
              .description = tr("Set a task's due date: an ISO 8601 time, an offset from now (30m, 4h, 2d) or none."),
              .synopsis = s("TASK WHEN"),
              .arguments = {taskArgument(), {s("WHEN"), tr("2026-05-01T17:00:00Z, 4h, 2d or none.")}},
              .minArguments = 2,
              .maxArguments = 2,
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TaskIdCommand::check(call));
        FB_TRY_ASSIGN(auto due, parseDue(call.positional(1), call.clock().nowUtc()));
        m_due = due;
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY(store->tasks.setDue(m_task, m_due));
        return report(call, *store,
                      m_due.isValid() ? tr("Task %1 due %2.").arg(m_task).arg(CliContext::localTime(m_due))
                                      : tr("Task %1 has no due date.").arg(m_task));
    }

private:
    QDateTime m_due;
};

class TaskNoteCommand : public TaskIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaskCommands)

public:
    TaskNoteCommand()
        : TaskIdCommand({
              .noun = s("task"),
              .verb = s("note"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Add a note to a task"),
              .description = tr("Add a note to a task's log: kept as written, recorded in the ticket's history and "
                                "found by ticket search."),
              .synopsis = s("TASK [TEXT]"),
              .arguments = {taskArgument(), {s("TEXT"), tr("The note; or give --file.")}},
              .minArguments = 1,
              .maxArguments = 2,
              .options = {option("file", tr("Read the note from FILE (- for stdin)."), "FILE")},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TaskIdCommand::check(call));
        FB_TRY_ASSIGN(m_text, TicketCliSupport::textArgument(
                                  call, 1, tr("Give the note as TEXT or with --file, one of the two.")));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY(store->tasks.addNote(m_task, m_text));
        return report(call, *store, tr("Task %1: note added.").arg(m_task));
    }

private:
    QString m_text;
};

} // namespace

CommandList TaskCommands::commands()
{
    CommandList list;
    addCommands<TaskAddCommand, TaskListCommand>(list);
    list.push_back(std::make_unique<TaskStateCommand>(
        "done", QT_TRANSLATE_NOOP("fb::Command", "Mark a task done"),
        QCoreApplication::translate("fb::TaskCommands", "Mark a task done."), TaskState::Done));
    list.push_back(std::make_unique<TaskStateCommand>(
        "na", QT_TRANSLATE_NOOP("fb::Command", "Mark a task not applicable"),
        QCoreApplication::translate("fb::TaskCommands",
                                    "Mark a task not applicable: it does not fit this ticket (tasks are never "
                                    "deleted)."),
        TaskState::NotApplicable));
    list.push_back(std::make_unique<TaskStateCommand>(
        "reopen", QT_TRANSLATE_NOOP("fb::Command", "Open a done or not applicable task again"),
        QCoreApplication::translate("fb::TaskCommands", "Open a done or not applicable task again."), TaskState::Open));
    addCommands<TaskAssignCommand, TaskDueCommand, TaskNoteCommand>(list);
    return list;
}

} // namespace fb

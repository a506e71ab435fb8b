// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PlaybookCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliFiles.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TaskView.h"
#include "app/cli/TextTable.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "core/tickets/PlaybookJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

class PlaybookListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::PlaybookCommands)

public:
    PlaybookListCommand()
        : Command({
              .noun = s("playbook"),
              .verb = s("list"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "List the workspace's playbooks"),
              .description = tr("List the playbooks: their id, name, the RSIT class/type (and constituency) they are "
                                "chosen for, and how many tasks they give."),
          })
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto playbooks, store->playbooks.playbooks());
        TextTable table({tr("ID"), tr("NAME"), tr("CHOSEN FOR"), tr("TASKS")});
        QJsonArray json;
        for (const Playbook& playbook : playbooks) {
            table.addRow(
                {playbook.key, playbook.name, TaskView::match(playbook), QString::number(playbook.tasks.size())});
            json.append(TaskView::toJson(playbook));
        }
        call.context().printListing(table, json);
        return {};
    }
};

class PlaybookShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::PlaybookCommands)

public:
    PlaybookShowCommand()
        : Command({
              .noun = s("playbook"),
              .verb = s("show"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Show a playbook and its tasks"),
              .description = tr("Show a playbook: what it is chosen for and each task with its owner role and due "
                                "offset."),
              .synopsis = s("ID"),
              .arguments = {{s("ID"), tr("The playbook's id (see playbook list).")}},
              .minArguments = 1,
              .maxArguments = 1,
          })
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto playbook, store->playbooks.playbook(call.positional(0)));
        if (call.json()) {
            call.context().printJson(TaskView::toJson(playbook));
            return {};
        }
        QTextStream& out = call.out();
        out << playbook.name << QStringLiteral(" (") << playbook.key << QStringLiteral(")\n");
        out << tr("Chosen for: %1").arg(TaskView::match(playbook)) << QLatin1Char('\n');
        if (!playbook.description.isEmpty())
            out << playbook.description << QLatin1Char('\n');
        out << QLatin1Char('\n');
        TextTable table({tr("#"), tr("TASK"), tr("OWNER ROLE"), tr("DUE AFTER")});
        for (qsizetype i = 0; i < playbook.tasks.size(); ++i) {
            const PlaybookTask& task = playbook.tasks.at(i);
            table.addRow({QString::number(i + 1), task.title, task.ownerRole,
                          task.dueMinutes ? PlaybookJson::offsetText(*task.dueMinutes) : tr("with the ticket")});
        }
        out << table.toString();
        return {};
    }
};

class PlaybookImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::PlaybookCommands)

public:
    PlaybookImportCommand()
        : Command({
              .noun = s("playbook"),
              .verb = s("import"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Import playbooks from a JSON file"),
              .description = tr("Add or replace playbooks from a JSON file (the form playbook export writes; see "
                                "docs/file-format.md), or the ones Firebreak ships with --shipped (those the "
                                "workspace has already are kept). A file with any problem is refused whole, each "
                                "problem named by its place, and nothing is changed."),
              .synopsis = s("[FILE]"),
              .arguments = {{s("FILE"), tr("The JSON file; - reads standard input.")}},
              .minArguments = 0,
              .maxArguments = 1,
              .options = {option("shipped", tr("Add the playbooks Firebreak ships that the workspace lacks."))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (call.positional().isEmpty() == !call.isSet("shipped"))
            return fail(ErrorCode::Usage, tr("Give a FILE or --shipped, one of the two."));
        if (!call.isSet("shipped")) {
            FB_TRY_ASSIGN(auto data, CliFiles::read(call.positional(0)));
            m_data = data;
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        if (call.isSet("shipped")) {
            FB_TRY_ASSIGN(auto added, store->playbooks.installShipped());
            if (call.json())
                call.context().printJson(QJsonObject{{s("added"), added}});
            else
                call.out() << tr("%n playbook(s) added.", nullptr, added) << QLatin1Char('\n');
            return {};
        }
        FB_TRY_ASSIGN(auto changed, store->playbooks.importJson(m_data));
        if (call.json())
            call.context().printJson(QJsonObject{{s("changed"), QJsonArray::fromStringList(changed)}});
        else if (changed.isEmpty())
            call.out() << tr("No playbook changed: the workspace has them as they are in the file.")
                       << QLatin1Char('\n');
        else
            call.out()
                << tr("%n playbook(s) added or changed: %1.", nullptr, int(changed.size())).arg(changed.join(s(", ")))
                << QLatin1Char('\n');
        return {};
    }

private:
    QByteArray m_data;
};

class PlaybookExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::PlaybookCommands)

public:
    PlaybookExportCommand()
        : Command({
              .noun = s("playbook"),
              .verb = s("export"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Export playbooks as JSON"),
              .description = tr("Write playbooks (all, or those named) as JSON, the form playbook import reads."),
              .synopsis = s("[ID...]"),
              .arguments = {{s("ID"), tr("A playbook's id; all playbooks when none is given.")}},
              .minArguments = 0,
              .maxArguments = CommandSpec::kUnlimited,
              .options = {option("out", tr("Write to FILE instead of standard output."), "FILE"),
                          option("force", tr("Replace an existing output file."))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (call.isSet("out"))
            return CliFiles::checkWritable(call.value("out"), call.isSet("force"));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto json, store->playbooks.exportJson(call.positional()));
        if (!call.isSet("out")) {
            call.out() << QString::fromUtf8(json);
            return {};
        }
        FB_TRY(CliFiles::write(call.value("out"), json, call.isSet("force")));
        if (call.json())
            call.context().printJson(QJsonObject{{s("path"), call.value("out")}});
        else
            call.out() << tr("Playbooks written to %1.").arg(call.value("out")) << QLatin1Char('\n');
        return {};
    }
};

class PlaybookRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::PlaybookCommands)

public:
    PlaybookRemoveCommand()
        : Command({
              .noun = s("playbook"),
              .verb = s("remove"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Remove a playbook"),
              .description = tr("Remove a playbook from the workspace. Tasks it gave tickets stay."),
              .synopsis = s("ID"),
              .arguments = {{s("ID"), tr("The playbook's id.")}},
              .minArguments = 1,
              .maxArguments = 1,
          })
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY(store->playbooks.remove(call.positional(0)));
        if (call.json())
            call.context().printJson(QJsonObject{{s("removed"), call.positional(0)}});
        else
            call.out() << tr("Playbook %1 removed.").arg(call.positional(0)) << QLatin1Char('\n');
        return {};
    }
};

class PlaybookApplyCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::PlaybookCommands)

public:
    PlaybookApplyCommand()
        : TicketIdCommand({
              .noun = s("playbook"),
              .verb = s("apply"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Give a ticket the tasks of a playbook"),
              .description = tr("Add the tasks of a playbook to a ticket, those it does not have from that playbook "
                                "yet. Incidents get the playbook that matches their classification when they are "
                                "created or reclassified; this applies one by hand."),
              .synopsis = s("ID PLAYBOOK"),
              .arguments = {{s("ID"), tr("The ticket number.")}, {s("PLAYBOOK"), tr("The playbook's id.")}},
              .minArguments = 2,
              .maxArguments = 2,
          })
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto added, store->tasks.applyPlaybook(m_id, call.positional(1)));
        if (call.json()) {
            QJsonArray ids;
            for (qint64 id : added)
                ids.append(id);
            call.context().printJson(QJsonObject{{s("ticket"), m_id}, {s("added"), ids}});
            return {};
        }
        call.out() << tr("Ticket #%1: %n task(s) added.", nullptr, int(added.size())).arg(m_id) << QLatin1Char('\n');
        return {};
    }
};

} // namespace

CommandList PlaybookCommands::commands()
{
    CommandList list;
    addCommands<PlaybookListCommand, PlaybookShowCommand, PlaybookImportCommand, PlaybookExportCommand,
                PlaybookRemoveCommand, PlaybookApplyCommand>(list);
    return list;
}

} // namespace fb

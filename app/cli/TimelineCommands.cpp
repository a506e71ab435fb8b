// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TimelineCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliFiles.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TimelineView.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "core/mail/MailStore.h"
#include "core/mail/MessageTimeline.h"
#include "core/tickets/TimelineCsv.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

// An ISO 8601 time with a zone (as in CSV files: TimelineCsv::parseTime); "none" for no end when `noneAllowed`.
Result<QDateTime> parseWhen(const QString& text, const char* option, bool noneAllowed)
{
    if (noneAllowed && text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QDateTime();
    if (const auto at = TimelineCsv::parseTime(text))
        return *at;
    return fail(ErrorCode::BadInput,
                QCoreApplication::translate("fb::TimelineCommands",
                                            "'%1' is not an ISO 8601 time with a zone, such as 2026-03-01T14:05:00Z "
                                            "or 2026-03-01T15:05:00+01:00.")
                    .arg(text),
                QLatin1String(option));
}

// The options that set an event's fields, shared by add and edit.
QList<QCommandLineOption> eventOptions(bool edit)
{
    QList<QCommandLineOption> options{
        option("at", QCoreApplication::translate("fb::TimelineCommands", "When it happened (ISO 8601 with a zone)."),
               "WHEN"),
        option("end",
               edit ? QCoreApplication::translate("fb::TimelineCommands", "Until when it lasted; none for a moment.")
                    : QCoreApplication::translate("fb::TimelineCommands", "Until when it lasted."),
               "WHEN"),
        option("description", QCoreApplication::translate("fb::TimelineCommands", "More about it."), "TEXT"),
        option("source",
               QCoreApplication::translate("fb::TimelineCommands",
                                           "Where the account comes from (firewall log, mail #12, by hand)."),
               "TEXT"),
        option("raw", QCoreApplication::translate("fb::TimelineCommands", "The raw data it rests on."), "TEXT"),
        option("raw-file",
               QCoreApplication::translate("fb::TimelineCommands", "Read the raw data from FILE (- for stdin)."),
               "FILE"),
    };
    if (edit)
        options.prepend(option("what", QCoreApplication::translate("fb::TimelineCommands", "What happened."), "TEXT"));
    return options;
}

// Applies the options given to `event`; the times were checked by check().
Status applyOptions(const CommandCall& call, NewTimelineEvent& event, bool edit)
{
    if (call.isSet("at")) {
        FB_TRY_ASSIGN(event.occurredAt, parseWhen(call.value("at"), "at", false));
    }
    if (call.isSet("end")) {
        FB_TRY_ASSIGN(event.endedAt, parseWhen(call.value("end"), "end", true));
    }
    if (edit && call.isSet("what"))
        event.title = call.value("what");
    if (call.isSet("description"))
        event.description = call.value("description");
    if (call.isSet("source"))
        event.source = call.value("source");
    if (call.isSet("raw") && call.isSet("raw-file"))
        return fail(ErrorCode::Usage,
                    QCoreApplication::translate("fb::TimelineCommands", "Give --raw or --raw-file, not both."));
    if (call.isSet("raw"))
        event.raw = call.value("raw");
    if (call.isSet("raw-file")) {
        FB_TRY_ASSIGN(event.raw, TicketCliSupport::readText(call.value("raw-file")));
    }
    return {};
}

// The line after an add, edit or import: how many observables the ticket got.
QString observablesNote(int added)
{
    return added ? QCoreApplication::translate("fb::TimelineCommands", " %n observable(s) added to the ticket.",
                                               nullptr, added)
                 : QString();
}

class TimelineAddCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineCommands)

public:
    TimelineAddCommand()
        : TicketIdCommand({
              .noun = s("timeline"),
              .verb = s("add"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Add an event to a ticket's timeline"),
              .description = tr("Add a dated event to a ticket's timeline: by hand (WHAT and --at), or taken from a "
                                "message (--message: its date, subject and sender) or an observable (--observable); "
                                "the options given replace what is taken. Observables in the description and raw "
                                "data are added to the ticket."),
              .synopsis = s("ID [WHAT]"),
              .arguments = {{s("ID"), tr("The ticket number.")}, {s("WHAT"), tr("What happened.")}},
              .minArguments = 1,
              .maxArguments = 2,
              .options = eventOptions(false) +
                         QList<QCommandLineOption>{
                             option("message", tr("Take the event from this message (see mail list)."), "MSG"),
                             option("observable", tr("Take the event from this observable (type guessed)."), "VALUE")},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        if (call.isSet("message") && call.isSet("observable"))
            return fail(ErrorCode::Usage, tr("Give --message or --observable, not both."));
        if (call.isSet("message")) {
            bool ok = false;
            m_message = call.value("message").toLongLong(&ok);
            if (!ok || m_message <= 0)
                return fail(ErrorCode::BadInput, tr("'%1' is not a message number.").arg(call.value("message")),
                            s("message"));
        } else if (call.positional().size() < 2 && !call.isSet("observable")) {
            return fail(ErrorCode::Usage, tr("Say what happened (WHAT), or give --message or --observable."));
        }
        if (call.isSet("observable")) {
            FB_TRY_ASSIGN(auto observable, Observables::fromUserInput(call.value("observable")));
            m_observable = observable;
        } else if (!call.isSet("message") && !call.isSet("at")) {
            return fail(ErrorCode::Usage, tr("Say when it happened with --at."));
        }
        for (const char* name : {"at", "end"}) {
            if (call.isSet(name))
                FB_TRY(parseWhen(call.value(name), name, false));
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        NewTimelineEvent event;
        if (m_message > 0) {
            FB_TRY_ASSIGN(auto message, MailStore(call.vault()).message(m_message));
            event = MessageTimeline::draft(message);
        } else if (m_observable) {
            event = TimelineStore::draft(*m_observable, call.clock().nowUtc());
        } else {
            event.source = tr("by hand");
        }
        if (call.positional().size() > 1)
            event.title = call.positional(1);
        FB_TRY(applyOptions(call, event, false));
        FB_TRY_ASSIGN(auto change, store->timeline.add(m_id, event));
        const qint64 id = change.events.first();
        if (call.json()) {
            FB_TRY_ASSIGN(auto added, store->timeline.event(id));
            QJsonObject json = TimelineView::toJson(added);
            json.insert(s("observablesAdded"), change.observablesAdded);
            call.context().printJson(json);
        } else {
            call.out() << tr("Ticket #%1: event %2 added.").arg(m_id).arg(id)
                       << observablesNote(change.observablesAdded) << QLatin1Char('\n');
        }
        return {};
    }

private:
    qint64 m_message = 0;
    std::optional<Observable> m_observable;
};

class TimelineListCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineCommands)

public:
    TimelineListCommand()
        : TicketIdCommand(onOneTicket({
              .noun = s("timeline"),
              .verb = s("list"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "List a ticket's timeline"),
              .description = tr("List a ticket's timeline events by the time they happened."),
          }))
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto events, store->timeline.events(m_id));
        TimelineView::printEvents(call.context(), events);
        return {};
    }
};

// A command on one event, whose first argument is its number.
class TimelineEventCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineCommands)

public:
    using Command::Command;
    Status check(CommandCall& call) override
    {
        bool ok = false;
        m_event = call.positional(0).toLongLong(&ok);
        if (!ok || m_event <= 0)
            return fail(ErrorCode::BadInput, tr("'%1' is not an event number.").arg(call.positional(0)), s("event"));
        return {};
    }

protected:
    qint64 m_event = 0;
};

class TimelineEditCommand : public TimelineEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineCommands)

public:
    TimelineEditCommand()
        : TimelineEventCommand({
              .noun = s("timeline"),
              .verb = s("edit"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Change a timeline event"),
              .description = tr("Change what a timeline event says; the options not given stay as they are."),
              .synopsis = s("EVENT"),
              .arguments = {{s("EVENT"), tr("The event number (see timeline list).")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options = eventOptions(true),
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TimelineEventCommand::check(call));
        if (call.isSet("at"))
            FB_TRY(parseWhen(call.value("at"), "at", false));
        if (call.isSet("end"))
            FB_TRY(parseWhen(call.value("end"), "end", true));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto current, store->timeline.event(m_event));
        NewTimelineEvent event = current.event;
        FB_TRY(applyOptions(call, event, true));
        FB_TRY_ASSIGN(auto change, store->timeline.edit(m_event, event));
        if (call.json()) {
            FB_TRY_ASSIGN(auto edited, store->timeline.event(m_event));
            QJsonObject json = TimelineView::toJson(edited);
            json.insert(s("observablesAdded"), change.observablesAdded);
            call.context().printJson(json);
        } else {
            call.out() << tr("Event %1 changed.").arg(m_event) << observablesNote(change.observablesAdded)
                       << QLatin1Char('\n');
        }
        return {};
    }
};

class TimelineRemoveCommand : public TimelineEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineCommands)

public:
    TimelineRemoveCommand()
        : TimelineEventCommand({
              .noun = s("timeline"),
              .verb = s("remove"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Remove a timeline event"),
              .description = tr("Remove an event from its ticket's timeline (the history keeps what it said)."),
              .synopsis = s("EVENT"),
              .arguments = {{s("EVENT"), tr("The event number (see timeline list).")}},
              .minArguments = 1,
              .maxArguments = 1,
          })
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY(store->timeline.remove(m_event));
        if (call.json())
            call.context().printJson(QJsonObject{{s("removed"), m_event}});
        else
            call.out() << tr("Event %1 removed.").arg(m_event) << QLatin1Char('\n');
        return {};
    }
};

class TimelineImportCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineCommands)

public:
    TimelineImportCommand()
        : TicketIdCommand({
              .noun = s("timeline"),
              .verb = s("import"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Import timeline events from CSV"),
              .description = tr("Add the events of a CSV file to a ticket's timeline: a header row names the columns "
                                "(time and what are needed; end, description, source, raw may be given; see "
                                "docs/file-format.md), times are ISO 8601 with a zone. All rows or none: a file "
                                "with a bad row is refused, naming row and column, and nothing is added. At most "
                                "10,000 events and 16 MiB."),
              .synopsis = s("ID FILE"),
              .arguments = {{s("ID"), tr("The ticket number.")},
                            {s("FILE"), tr("The CSV file; - reads standard input.")}},
              .minArguments = 2,
              .maxArguments = 2,
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        FB_TRY_ASSIGN(m_data, CliFiles::read(call.positional(1)));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto change, store->timeline.importCsv(m_id, m_data));
        if (call.json()) {
            QJsonArray ids;
            for (qint64 id : std::as_const(change.events))
                ids.append(id);
            call.context().printJson(
                QJsonObject{{s("ticket"), m_id},
                            {s("added"), ids},
                            {s("observablesAdded"), change.observablesAdded},
                            {s("ignoredColumns"), QJsonArray::fromStringList(change.ignoredColumns)}});
            return {};
        }
        call.out() << tr("Ticket #%1: %n event(s) added.", nullptr, int(change.events.size())).arg(m_id)
                   << observablesNote(change.observablesAdded) << QLatin1Char('\n');
        if (!change.ignoredColumns.isEmpty())
            call.out() << tr("Columns not read: %1.").arg(change.ignoredColumns.join(s(", "))) << QLatin1Char('\n');
        return {};
    }

private:
    QByteArray m_data;
};

class TimelineExportCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineCommands)

public:
    TimelineExportCommand()
        : TicketIdCommand({
              .noun = s("timeline"),
              .verb = s("export"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Export a ticket's timeline as CSV"),
              .description = tr("Write a ticket's timeline as CSV (time, end, what, description, source, raw; times in "
                                "UTC), the form timeline import reads."),
              .synopsis = s("ID"),
              .arguments = {{s("ID"), tr("The ticket number.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options = {option("out", tr("Write to FILE instead of standard output."), "FILE"),
                          option("force", tr("Replace an existing output file."))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        if (call.isSet("out"))
            return CliFiles::checkWritable(call.value("out"), call.isSet("force"));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto csv, store->timeline.csv(m_id));
        if (!call.isSet("out")) {
            call.out() << QString::fromUtf8(csv);
            return {};
        }
        FB_TRY(CliFiles::write(call.value("out"), csv, call.isSet("force")));
        if (call.json())
            call.context().printJson(QJsonObject{{s("path"), call.value("out")}});
        else
            call.out() << tr("Timeline of ticket #%1 written to %2.").arg(m_id).arg(call.value("out"))
                       << QLatin1Char('\n');
        return {};
    }
};

} // namespace

CommandList TimelineCommands::commands()
{
    CommandList list;
    addCommands<TimelineAddCommand, TimelineListCommand, TimelineEditCommand, TimelineRemoveCommand,
                TimelineImportCommand, TimelineExportCommand>(list);
    return list;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MispCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliFiles.h"
#include "app/cli/CommandCall.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "core/directory/TeamReader.h"
#include "core/exchange/ExchangeStore.h"
#include "core/exchange/MispExchange.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

class MispExportCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::MispCommands)

public:
    MispExportCommand()
        : TicketIdCommand({
              .noun = s("misp"),
              .verb = s("export"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Export a ticket as a MISP event"),
              .description =
                  tr("Write a ticket as a MISP event (JSON): an incident with the observables of its children, its "
                     "TLP and RSIT as machine tags, and an rtir object with its number, classification, "
                     "constituency, queue and status. The event's label is the most restrictive of the tickets it "
                     "draws from; it is refused, with nothing written, when the recipient may not receive it "
                     "(--recipient names a team of the directory and uses its highest TLP, --clearance gives the "
                     "level; without either only TLP:CLEAR and TLP:GREEN go out). The ticket keeps one UUID for all "
                     "its exports."),
              .synopsis = s("ID"),
              .arguments = {{s("ID"), tr("The ticket number.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options = {option("out", tr("Write to FILE instead of standard output."), "FILE"),
                          option("force", tr("Replace an existing output file.")),
                          option("recipient", tr("The team the event goes to (name or UID in the directory)."), "TEAM"),
                          option("clearance", tr("The highest TLP label the recipient may receive."), "TLP"),
                          option("addresses",
                                 tr("Export addresses as src (ip-src, where the activity came from; the default) "
                                    "or dst (ip-dst)."),
                                 "src|dst"),
                          option("distribution",
                                 tr("MISP distribution: 0 your organisation only (default), 1 this community, 2 "
                                    "connected communities, 3 all communities."),
                                 "N")},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        if (call.isSet("recipient") && call.isSet("clearance"))
            return fail(ErrorCode::Usage, tr("Give --recipient or --clearance, not both."));
        if (call.isSet("clearance")) {
            m_options.clearance = Tlp::parse(call.value("clearance"));
            if (!m_options.clearance)
                return fail(ErrorCode::BadInput, tr("“%1” is not a TLP 2.0 label.").arg(call.value("clearance")),
                            s("clearance"));
        }
        if (call.isSet("addresses")) {
            const QString role = call.value("addresses");
            if (role != QLatin1String("src") && role != QLatin1String("dst"))
                return fail(ErrorCode::Usage, tr("--addresses takes src or dst, not “%1”.").arg(role));
            m_options.addresses = role == QLatin1String("dst") ? MispAddressRole::Destination : MispAddressRole::Source;
        }
        if (call.isSet("distribution")) {
            bool number = false;
            m_options.distribution = call.value("distribution").toInt(&number);
            if (!number)
                return fail(ErrorCode::Usage, tr("--distribution takes a number from 0 to 3."));
        }
        if (call.json() && !call.isSet("out"))
            return fail(ErrorCode::Usage, tr("--json needs --out: standard output carries the event otherwise."));
        if (call.isSet("out"))
            return CliFiles::checkWritable(call.value("out"), call.isSet("force"));
        return {};
    }

    Status run(CommandCall& call) override
    {
        if (call.isSet("recipient")) {
            FB_TRY_ASSIGN(auto team, TeamReader(call.vault()).findTeam(call.value("recipient")));
            m_options.clearance = team.highestTlp;
            m_options.recipientName = team.displayName();
        }
        FB_TRY_ASSIGN(auto exported, MispExchange(call.change()).exportEvent(m_id, m_options));
        if (!call.isSet("out")) {
            call.out() << QString::fromUtf8(exported.json);
            return {};
        }
        FB_TRY(CliFiles::write(call.value("out"), exported.json, call.isSet("force")));
        if (call.json()) {
            QJsonArray tickets;
            for (qint64 id : std::as_const(exported.tickets))
                tickets.append(id);
            call.context().printJson(QJsonObject{{s("ticket"), m_id},
                                                 {s("uuid"), ExchangeStore::text(exported.uuid)},
                                                 {s("tlp"), Tlp::key(exported.tlp)},
                                                 {s("attributes"), exported.attributes},
                                                 {s("tickets"), tickets},
                                                 {s("path"), call.value("out")}});
            return {};
        }
        call.out() << tr("Ticket #%1 written to %2 as MISP event %3 (%4, %n attribute(s)).", nullptr,
                         exported.attributes)
                          .arg(m_id)
                          .arg(call.value("out"), ExchangeStore::text(exported.uuid), Tlp::label(exported.tlp))
                   << QLatin1Char('\n');
        return {};
    }

private:
    MispExportOptions m_options;
};

class MispImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::MispCommands)

public:
    MispImportCommand()
        : Command({
              .noun = s("misp"),
              .verb = s("import"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Import a MISP event"),
              .description =
                  tr("Read a MISP event (JSON) into a new incident, or onto the ticket given with --onto: attributes "
                     "become observables, tlp: and rsit: tags the label and classification, other tags ticket tags; "
                     "what is not an observable is kept in a comment, each odd attribute named in a warning. An "
                     "event seen before (one we exported, or imported already) goes onto its ticket again. A file "
                     "that is not a readable event is refused and nothing is stored."),
              .synopsis = s("FILE"),
              .arguments = {{s("FILE"), tr("The event file; - reads standard input.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options = {option("onto", tr("Add the event to this ticket."), "ID")},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (call.isSet("onto")) {
            FB_TRY_ASSIGN(auto id, CliContext::parseTicketId(call.value("onto")));
            m_options.onto = id;
        }
        FB_TRY_ASSIGN(auto data, CliFiles::read(call.positional(0)));
        m_data = data;
        m_options.source =
            call.positional(0) == QLatin1String("-") ? QString() : QFileInfo(call.positional(0)).fileName();
        return {};
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto report, MispExchange(call.change()).importEvent(m_data, m_options));
        if (call.json()) {
            QJsonArray warnings;
            for (const ExchangeWarning& w : std::as_const(report.warnings))
                warnings.append(QJsonObject{{s("where"), w.where}, {s("message"), w.message}});
            call.context().printJson(QJsonObject{
                {s("ticket"), report.ticketId},
                {s("created"), report.created},
                {s("recognised"), report.recognised},
                {s("event"), report.eventUuid.isNull() ? QJsonValue() : ExchangeStore::text(report.eventUuid)},
                {s("observablesInEvent"), report.observablesInEvent},
                {s("observablesAdded"), report.observablesAdded},
                {s("notes"), report.notes},
                {s("tagsAdded"), QJsonArray::fromStringList(report.tagsAdded)},
                {s("tlp"), report.tlp ? QJsonValue(Tlp::key(*report.tlp)) : QJsonValue()},
                {s("warnings"), warnings},
            });
            return {};
        }
        QTextStream& out = call.out();
        if (report.created)
            out << tr("New incident #%1 from the MISP event.").arg(report.ticketId);
        else
            out << tr("The MISP event added to ticket #%1.").arg(report.ticketId);
        out << QLatin1Char(' ')
            << tr("%n observable(s) in the event, %1 new; %2 note(s).", nullptr, report.observablesInEvent)
                   .arg(report.observablesAdded)
                   .arg(report.notes)
            << QLatin1Char('\n');
        for (const ExchangeWarning& w : std::as_const(report.warnings))
            out << tr("warning: %1: %2").arg(w.where, w.message) << QLatin1Char('\n');
        return {};
    }

private:
    QByteArray m_data;
    MispImportOptions m_options;
};

} // namespace

CommandList MispCommands::commands()
{
    CommandList list;
    addCommands<MispExportCommand, MispImportCommand>(list);
    return list;
}

} // namespace fb

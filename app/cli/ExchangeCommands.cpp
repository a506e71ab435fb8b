// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExchangeCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliFiles.h"
#include "app/cli/CommandCall.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "core/directory/TeamReader.h"
#include "core/exchange/ExchangeStore.h"
#include "core/exchange/IncidentExchange.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace fb {

namespace {

// `incident export` (the format chosen with --format) and `misp export` (MISP, as it always was): one command.
class ExchangeExportCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::ExchangeCommands)

public:
    ExchangeExportCommand(CommandSpec spec, std::optional<ExchangeFormat> fixed)
        : TicketIdCommand(std::move(spec))
        , m_fixed(fixed)
    {
    }

    static QList<QCommandLineOption> commonOptions()
    {
        return {option("out", tr("Write to FILE instead of standard output."), "FILE"),
                option("force", tr("Replace an existing output file.")),
                option("recipient", tr("The team the document goes to (name or UID in the directory)."), "TEAM"),
                option("clearance", tr("The highest TLP label the recipient may receive."), "TLP"),
                option("addresses",
                       tr("Export addresses as src (where the activity came from; the default) or dst (where it "
                          "went): MISP ip-src or ip-dst, IODEF System category source or target."),
                       "src|dst"),
                option("distribution",
                       tr("MISP distribution: 0 your organisation only (default), 1 this community, 2 connected "
                          "communities, 3 all communities."),
                       "N")};
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        if (m_fixed) {
            m_options.format = *m_fixed;
        } else {
            if (!call.isSet("format"))
                return fail(ErrorCode::Usage, tr("Give --format misp or --format iodef."));
            const auto format = IncidentExchange::parseFormat(call.value("format"));
            if (!format)
                return fail(ErrorCode::Usage, tr("--format takes misp or iodef, not “%1”.").arg(call.value("format")));
            m_options.format = *format;
        }
        if (call.isSet("recipient") && call.isSet("clearance"))
            return fail(ErrorCode::Usage, tr("Give --recipient or --clearance, not both."));
        if (call.isSet("clearance")) {
            m_options.recipient.clearance = Tlp::parse(call.value("clearance"));
            if (!m_options.recipient.clearance)
                return fail(ErrorCode::BadInput, tr("“%1” is not a TLP 2.0 label.").arg(call.value("clearance")),
                            s("clearance"));
        }
        if (call.isSet("addresses")) {
            const QString role = call.value("addresses");
            if (role != QLatin1String("src") && role != QLatin1String("dst"))
                return fail(ErrorCode::Usage, tr("--addresses takes src or dst, not “%1”.").arg(role));
            m_options.addresses =
                role == QLatin1String("dst") ? ExchangeAddressRole::Destination : ExchangeAddressRole::Source;
        }
        if (call.isSet("distribution")) {
            if (m_options.format != ExchangeFormat::Misp)
                return fail(ErrorCode::Usage, tr("--distribution is for MISP events only."));
            bool number = false;
            m_options.distribution = call.value("distribution").toInt(&number);
            if (!number)
                return fail(ErrorCode::Usage, tr("--distribution takes a number from 0 to 3."));
        }
        if (!m_fixed && call.isSet("purpose")) {
            if (m_options.format != ExchangeFormat::Iodef)
                return fail(ErrorCode::Usage, tr("--purpose is for IODEF documents only."));
            const QString purpose = call.value("purpose");
            if (purpose != QLatin1String("reporting") && purpose != QLatin1String("mitigation"))
                return fail(ErrorCode::Usage, tr("--purpose takes reporting or mitigation, not “%1”.").arg(purpose));
            m_options.purpose =
                purpose == QLatin1String("mitigation") ? IodefPurpose::Mitigation : IodefPurpose::Reporting;
        }
        if (call.json() && !call.isSet("out"))
            return fail(ErrorCode::Usage, tr("--json needs --out: standard output carries the document otherwise."));
        if (call.isSet("out"))
            return CliFiles::checkWritable(call.value("out"), call.isSet("force"));
        return {};
    }

    Status run(CommandCall& call) override
    {
        if (call.isSet("recipient")) {
            FB_TRY_ASSIGN(auto team, TeamReader(call.vault()).findTeam(call.value("recipient")));
            m_options.recipient.clearance = team.highestTlp;
            m_options.recipient.name = team.displayName();
        }
        FB_TRY_ASSIGN(auto exported, IncidentExchange(call.change()).exportIncident(m_id, m_options));
        if (!call.isSet("out")) {
            call.out() << QString::fromUtf8(exported.bytes);
            return {};
        }
        FB_TRY(CliFiles::write(call.value("out"), exported.bytes, call.isSet("force")));
        const bool misp = exported.format == ExchangeFormat::Misp;
        if (call.json()) {
            QJsonArray tickets;
            for (qint64 id : std::as_const(exported.tickets))
                tickets.append(id);
            QJsonObject out{{s("ticket"), m_id},
                            {s("uuid"), ExchangeStore::text(exported.uuid)},
                            {s("tlp"), Tlp::key(exported.tlp)},
                            {misp ? s("attributes") : s("observables"), exported.observables},
                            {s("tickets"), tickets},
                            {s("path"), call.value("out")}};
            if (!m_fixed)
                out.insert(s("format"), IncidentExchange::key(exported.format));
            call.context().printJson(out);
            return {};
        }
        if (misp)
            call.out() << tr("Ticket #%1 written to %2 as MISP event %3 (%4, %n attribute(s)).", nullptr,
                             exported.observables)
                              .arg(m_id)
                              .arg(call.value("out"), ExchangeStore::text(exported.uuid), Tlp::label(exported.tlp));
        else
            call.out() << tr("Ticket #%1 written to %2 as an IODEF document (%3, %n observable(s)).", nullptr,
                             exported.observables)
                              .arg(m_id)
                              .arg(call.value("out"), Tlp::label(exported.tlp));
        call.out() << QLatin1Char('\n');
        return {};
    }

private:
    std::optional<ExchangeFormat> m_fixed;
    IncidentExportOptions m_options;
};

// `incident import` (format told from the content, --into) and `misp import` (MISP, --onto): one command.
class ExchangeImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ExchangeCommands)

public:
    ExchangeImportCommand(CommandSpec spec, std::optional<ExchangeFormat> fixed, const char* ontoOption)
        : Command(std::move(spec))
        , m_fixed(fixed)
        , m_ontoOption(ontoOption)
    {
    }

    Status check(CommandCall& call) override
    {
        m_options.format = m_fixed;
        if (call.isSet(m_ontoOption)) {
            FB_TRY_ASSIGN(auto id, CliContext::parseTicketId(call.value(m_ontoOption)));
            m_options.onto = id;
        }
        m_options.lenient = !m_fixed && call.isSet("lenient");
        FB_TRY_ASSIGN(auto data, CliFiles::read(call.positional(0)));
        m_data = data;
        m_options.source =
            call.positional(0) == QLatin1String("-") ? QString() : QFileInfo(call.positional(0)).fileName();
        if (!m_fixed) // refused before a passphrase is asked
            FB_TRY(IncidentExchange::detect(m_data));
        return {};
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto report, IncidentExchange(call.change()).importDocument(m_data, m_options));
        const bool misp = report.format == ExchangeFormat::Misp;
        if (call.json()) {
            QJsonArray warnings;
            for (const ExchangeWarning& w : std::as_const(report.warnings))
                warnings.append(QJsonObject{{s("where"), w.where}, {s("message"), w.message}});
            QJsonObject out{
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
            };
            if (!m_fixed)
                out.insert(s("format"), IncidentExchange::key(report.format));
            call.context().printJson(out);
            return {};
        }
        QTextStream& out = call.out();
        if (misp && report.created)
            out << tr("New incident #%1 from the MISP event.").arg(report.ticketId);
        else if (misp)
            out << tr("The MISP event added to ticket #%1.").arg(report.ticketId);
        else if (report.created)
            out << tr("New incident #%1 from the IODEF document.").arg(report.ticketId);
        else
            out << tr("The IODEF document added to ticket #%1.").arg(report.ticketId);
        const QString counts =
            misp ? tr("%n observable(s) in the event, %1 new; %2 note(s).", nullptr, report.observablesInEvent)
                 : tr("%n observable(s) in the document, %1 new; %2 note(s).", nullptr, report.observablesInEvent);
        out << QLatin1Char(' ') << counts.arg(report.observablesAdded).arg(report.notes) << QLatin1Char('\n');
        for (const ExchangeWarning& w : std::as_const(report.warnings))
            out << tr("warning: %1: %2").arg(w.where, w.message) << QLatin1Char('\n');
        return {};
    }

private:
    std::optional<ExchangeFormat> m_fixed;
    const char* m_ontoOption;
    QByteArray m_data;
    IncidentImportOptions m_options;
};

class MispExportCommand : public ExchangeExportCommand
{
public:
    MispExportCommand()
        : ExchangeExportCommand(
              {
                  .noun = s("misp"),
                  .verb = s("export"),
                  .summary = QT_TRANSLATE_NOOP("fb::Command", "Export a ticket as a MISP event"),
                  .description =
                      tr("Write a ticket as a MISP event (JSON): an incident with the observables of its children, "
                         "its TLP and RSIT as machine tags, and an rtir object with its number, classification, "
                         "constituency, queue and status. The event's label is the most restrictive of the tickets "
                         "it draws from; it is refused, with nothing written, when the recipient may not receive it "
                         "(--recipient names a team of the directory and uses its highest TLP, --clearance gives the "
                         "level; without either only TLP:CLEAR and TLP:GREEN go out). The ticket keeps one UUID for "
                         "all its exports. The same as incident export --format misp."),
                  .synopsis = s("ID"),
                  .arguments = {{s("ID"), tr("The ticket number.")}},
                  .minArguments = 1,
                  .maxArguments = 1,
                  .options = commonOptions(),
              },
              ExchangeFormat::Misp)
    {
    }
};

class IncidentExportCommand : public ExchangeExportCommand
{
public:
    IncidentExportCommand()
        : ExchangeExportCommand(
              {
                  .noun = s("incident"),
                  .verb = s("export"),
                  .summary = QT_TRANSLATE_NOOP("fb::Command", "Export an incident as a MISP event or IODEF document"),
                  .description =
                      tr("Write a ticket (an incident with the observables of its children) for another team's "
                         "tools: --format misp gives a MISP event (JSON, as misp export), --format iodef an IODEF v2 "
                         "document (RFC 7970, XML, checked against the schema): our team and the ticket number as "
                         "IncidentID, the TLP as restriction, the observables as EventData systems, hashes as "
                         "indicators, RSIT as AdditionalData. The label is the most restrictive of the tickets it "
                         "draws from; it is refused, with nothing written, when the recipient may not receive it "
                         "(--recipient or --clearance; without either only TLP:CLEAR and TLP:GREEN go out). The "
                         "ticket keeps one UUID for all its exports."),
                  .synopsis = s("ID"),
                  .arguments = {{s("ID"), tr("The ticket number.")}},
                  .minArguments = 1,
                  .maxArguments = 1,
                  .options = QList<QCommandLineOption>{option("format", tr("misp or iodef."), "FORMAT"),
                                                       option("purpose",
                                                              tr("IODEF purpose: reporting (the default) or "
                                                                 "mitigation (asking the recipient to act)."),
                                                              "PURPOSE")} +
                             commonOptions(),
              },
              std::nullopt)
    {
    }
};

class MispImportCommand : public ExchangeImportCommand
{
public:
    MispImportCommand()
        : ExchangeImportCommand(
              {
                  .noun = s("misp"),
                  .verb = s("import"),
                  .summary = QT_TRANSLATE_NOOP("fb::Command", "Import a MISP event"),
                  .description =
                      tr("Read a MISP event (JSON) into a new incident, or onto the ticket given with --onto: "
                         "attributes become observables, tlp: and rsit: tags the label and classification, other "
                         "tags ticket tags; what is not an observable is kept in a comment, each odd attribute named "
                         "in a warning. An event seen before (one we exported, or imported already) goes onto its "
                         "ticket again. A file that is not a readable event is refused and nothing is stored."),
                  .synopsis = s("FILE"),
                  .arguments = {{s("FILE"), tr("The event file; - reads standard input.")}},
                  .minArguments = 1,
                  .maxArguments = 1,
                  .options = {option("onto", tr("Add the event to this ticket."), "ID")},
              },
              ExchangeFormat::Misp, "onto")
    {
    }
};

class IncidentImportCommand : public ExchangeImportCommand
{
public:
    IncidentImportCommand()
        : ExchangeImportCommand(
              {
                  .noun = s("incident"),
                  .verb = s("import"),
                  .summary = QT_TRANSLATE_NOOP("fb::Command", "Import a MISP event or IODEF document"),
                  .description =
                      tr("Read a MISP event (JSON) or an IODEF v2 document (RFC 7970, XML; told from the content) "
                         "into a new incident, or onto the ticket given with --into: indicators become observables, "
                         "the label and classification are taken over, what is not an observable is kept in a "
                         "comment, each odd part named in a warning. A document seen before goes onto its ticket "
                         "again. An IODEF document must follow the schema (read offline, without network or DTD); "
                         "--lenient imports one that deviates, each deviation a warning. A file that cannot be read "
                         "is refused with the line or place, and nothing is stored."),
                  .synopsis = s("FILE"),
                  .arguments = {{s("FILE"), tr("The document; - reads standard input.")}},
                  .minArguments = 1,
                  .maxArguments = 1,
                  .options = {option("into", tr("Add the document to this ticket."), "ID"),
                              option("lenient", tr("Import an IODEF document that deviates from the schema."))},
              },
              std::nullopt, "into")
    {
    }
};

} // namespace

CommandList ExchangeCommands::commands()
{
    CommandList list;
    addCommands<IncidentExportCommand, IncidentImportCommand, MispExportCommand, MispImportCommand>(list);
    return list;
}

} // namespace fb

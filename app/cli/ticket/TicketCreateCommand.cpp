// SPDX-License-Identifier: GPL-3.0-or-later
// ticket create: a new ticket from options, its observables guessed or extracted, printed as its number.
#include "app/cli/CliArgs.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"
#include "core/taxonomy/Tlp.h"
#include "core/observables/ObservableExtractor.h"

#include <QJsonObject>

namespace fb {

namespace {

class TicketCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketCreateCommand()
        : Command({
              .noun = s("ticket"),
              .verb = s("create"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Create a ticket and print its number"),
              .description = tr("Create a ticket and print its number."),
              .options =
                  {
                      QCommandLineOption(s("kind"), tr("report, incident, investigation or countermeasure."),
                                         tr("KIND")),
                      QCommandLineOption(s("title"), tr("One line saying what happened."), tr("TEXT")),
                      QCommandLineOption(s("description"), tr("The description."), tr("TEXT")),
                      QCommandLineOption(s("description-file"), tr("Read the description from FILE (- for stdin)."),
                                         tr("FILE")),
                      QCommandLineOption(s("owner"), tr("Who works on it."), tr("NAME")),
                      QCommandLineOption(s("tlp"),
                                         tr("TLP 2.0 label: clear, green, amber, amber+strict, red (default amber)."),
                                         tr("LABEL")),
                      QCommandLineOption(s("rsit"), tr("RSIT class/type, e.g. malicious-code/c2-server."),
                                         tr("CLASS/TYPE")),
                      QCommandLineOption(s("severity"), tr("1-4 or critical, high, medium, low (default medium)."),
                                         tr("SEVERITY")),
                      QCommandLineOption(s("constituency"), tr("The constituency concerned."), tr("NAME")),
                      QCommandLineOption(s("reporter"), tr("Who reported it."), tr("NAME")),
                      QCommandLineOption(s("how-reported"),
                                         tr("One of: %1.").arg(TicketEnums::howReportedKeys().join(s(", "))),
                                         tr("HOW")),
                      QCommandLineOption(s("reporter-type"),
                                         tr("One of: %1.").arg(TicketEnums::reporterTypeKeys().join(s(", "))),
                                         tr("TYPE")),
                      QCommandLineOption(s("tag"), tr("A tag (repeatable)."), tr("TAG")),
                      QCommandLineOption(s("observable"), tr("An observable, type guessed (repeatable)."), tr("VALUE")),
                      QCommandLineOption(s("extract"),
                                         tr("Attach the observables found in the title and description.")),
                      QCommandLineOption(s("incident"), tr("Link the new ticket under this incident."), tr("ID")),
                  },
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (!call.isSet("kind") || !call.isSet("title"))
            return fail(ErrorCode::Usage, tr("ticket create needs --kind and --title."));
        const auto kind = TicketEnums::parseKind(call.value("kind"));
        if (!kind)
            return fail(
                ErrorCode::BadInput,
                tr("'%1' is not a ticket kind (%2).").arg(call.value("kind"), TicketEnums::kindKeys().join(s(", "))),
                s("kind"));
        m_ticket.kind = *kind;
        m_ticket.title = call.value("title");
        if (call.isSet("description") && call.isSet("description-file"))
            return fail(ErrorCode::Usage, tr("Give --description or --description-file, not both."));
        if (call.isSet("description-file")) {
            FB_TRY_ASSIGN(auto text, TicketCliSupport::readText(call.value("description-file")));
            m_ticket.description = text;
        } else {
            m_ticket.description = call.value("description");
        }
        m_ticket.owner = call.value("owner");
        m_ticket.constituency = call.value("constituency");
        m_ticket.reporter = call.value("reporter");
        if (auto status = checkLabels(call); !status)
            return status;
        m_ticket.tags = call.values("tag");
        return checkObservables(call);
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto id, TicketCliSupport::store(call)->workflow.create(m_ticket));
        if (call.json())
            call.context().printJson(QJsonObject{{s("id"), id}});
        else
            call.out() << id << QLatin1Char('\n');
        return {};
    }

private:
    // TLP, RSIT, severity, how reported and reporter type.
    Status checkLabels(const CommandCall& call)
    {
        if (call.isSet("tlp")) {
            const auto level = Tlp::parse(call.value("tlp"));
            if (!level)
                return fail(ErrorCode::BadInput, tr("'%1' is not a TLP 2.0 label.").arg(call.value("tlp")), s("tlp"));
            m_ticket.tlp = *level;
        }
        if (call.isSet("rsit")) {
            FB_TRY_ASSIGN(auto keys, TicketCliSupport::parseRsit(call.value("rsit")));
            m_ticket.rsitClass = keys.first;
            m_ticket.rsitType = keys.second;
        }
        if (call.isSet("severity")) {
            const auto value = TicketEnums::parseSeverity(call.value("severity"));
            if (!value)
                return fail(
                    ErrorCode::BadInput,
                    tr("Severity must be 1 to 4 or critical, high, medium, low; not '%1'.").arg(call.value("severity")),
                    s("severity"));
            m_ticket.severity = *value;
        }
        if (call.isSet("how-reported")) {
            const auto how = TicketEnums::parseHowReported(call.value("how-reported"));
            if (!how)
                return fail(ErrorCode::BadInput,
                            tr("'%1' is not one of: %2.")
                                .arg(call.value("how-reported"), TicketEnums::howReportedKeys().join(s(", "))),
                            s("how-reported"));
            m_ticket.howReported = *how;
        }
        if (call.isSet("reporter-type")) {
            const auto type = TicketEnums::parseReporterType(call.value("reporter-type"));
            if (!type)
                return fail(ErrorCode::BadInput,
                            tr("'%1' is not one of: %2.")
                                .arg(call.value("reporter-type"), TicketEnums::reporterTypeKeys().join(s(", "))),
                            s("reporter-type"));
            m_ticket.reporterType = *type;
        }
        return {};
    }

    // --observable, --extract and --incident.
    Status checkObservables(const CommandCall& call)
    {
        for (const QString& value : call.values("observable")) {
            FB_TRY_ASSIGN(auto observable, Observables::fromUserInput(value));
            if (!m_ticket.observables.contains(observable))
                m_ticket.observables.append(observable);
        }
        if (call.isSet("extract")) {
            for (const Observable& found :
                 ObservableExtractor::extract(m_ticket.title + QLatin1Char('\n') + m_ticket.description)) {
                if (!m_ticket.observables.contains(found))
                    m_ticket.observables.append(found);
            }
        }
        if (call.isSet("incident")) {
            FB_TRY_ASSIGN(auto id, CliContext::parseTicketId(call.value("incident")));
            m_ticket.incidentId = id;
        }
        return {};
    }

    NewTicket m_ticket;
};

} // namespace

std::unique_ptr<Command> TicketCommands::create()
{
    return std::make_unique<TicketCreateCommand>();
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SlaCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TextTable.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

// 90 -> "1 h 30 min", 4320 -> "3 d".
QString duration(int minutes)
{
    const int days = minutes / 1440;
    const int hours = minutes % 1440 / 60;
    const int rest = minutes % 60;
    QStringList parts;
    if (days)
        parts.append(QCoreApplication::translate("fb::SlaCommands", "%1 d").arg(days));
    if (hours)
        parts.append(QCoreApplication::translate("fb::SlaCommands", "%1 h").arg(hours));
    if (rest || parts.isEmpty())
        parts.append(QCoreApplication::translate("fb::SlaCommands", "%1 min").arg(rest));
    return parts.join(QLatin1Char(' '));
}

void print(CliContext& context, const SlaPolicy& policy)
{
    if (context.json()) {
        QJsonArray array;
        for (int severity = 1; severity <= 4; ++severity) {
            const SlaTargets targets = policy.targets(severity);
            array.append(QJsonObject{{s("severity"), severity},
                                     {s("name"), TicketEnums::severityName(severity)},
                                     {s("responseMinutes"), targets.responseMinutes},
                                     {s("resolveMinutes"), targets.resolveMinutes}});
        }
        context.printJson(array);
        return;
    }
    TextTable table({QCoreApplication::translate("fb::SlaCommands", "SEVERITY"),
                     QCoreApplication::translate("fb::SlaCommands", "RESPONSE"),
                     QCoreApplication::translate("fb::SlaCommands", "RESOLVE")});
    for (int severity = 1; severity <= 4; ++severity) {
        const SlaTargets targets = policy.targets(severity);
        table.addRow({QStringLiteral("%1 %2").arg(severity).arg(TicketEnums::severityName(severity)),
                      QStringLiteral("%1 (%2 min)").arg(duration(targets.responseMinutes)).arg(targets.responseMinutes),
                      QStringLiteral("%1 (%2 min)").arg(duration(targets.resolveMinutes)).arg(targets.resolveMinutes)});
    }
    context.out() << table.toString();
}

class SlaShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::SlaCommands)

public:
    SlaShowCommand()
        : Command({
              .noun = s("sla"),
              .verb = s("show"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Show response and resolution times per severity"),
              .description = tr("Show the time to first response and to resolution for each severity. Times are "
                                "calendar time, round the clock."),
          })
    {
    }

    Status run(CommandCall& call) override
    {
        TicketStores tickets(call.change());
        FB_TRY_ASSIGN(auto policy, tickets.sla.slaPolicy());
        print(call.context(), policy);
        return {};
    }
};

class SlaSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::SlaCommands)

public:
    SlaSetCommand()
        : Command({
              .noun = s("sla"),
              .verb = s("set"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Change the times of one severity"),
              .description = tr("Change the times of one severity. Due dates of new tickets, and of tickets whose "
                                "severity changes, follow the new times."),
              .synopsis = s("SEVERITY RESPONSE_MINUTES RESOLVE_MINUTES"),
              .arguments = {{s("SEVERITY"), tr("1-4 or critical, high, medium, low.")},
                            {s("RESPONSE_MINUTES"), tr("Time to first response, in minutes.")},
                            {s("RESOLVE_MINUTES"), tr("Time to resolution, in minutes.")}},
              .minArguments = 3,
              .maxArguments = 3,
          })
    {
    }

    Status check(CommandCall& call) override
    {
        const auto severity = TicketEnums::parseSeverity(call.positional(0));
        if (!severity)
            return fail(
                ErrorCode::BadInput,
                tr("Severity must be 1 to 4 or critical, high, medium, low; not '%1'.").arg(call.positional(0)));
        m_severity = *severity;
        bool responseOk = false;
        bool resolveOk = false;
        m_targets.responseMinutes = call.positional(1).toInt(&responseOk);
        m_targets.resolveMinutes = call.positional(2).toInt(&resolveOk);
        if (!responseOk || !resolveOk || m_targets.responseMinutes <= 0 || m_targets.resolveMinutes <= 0)
            return fail(ErrorCode::BadInput, tr("SLA times are whole numbers of minutes above zero."));
        if (m_targets.resolveMinutes < m_targets.responseMinutes)
            return fail(ErrorCode::BadInput, tr("The time to resolution cannot be shorter than the time to response."));
        return {};
    }

    Status run(CommandCall& call) override
    {
        TicketStores tickets(call.change());
        SlaPolicyStore& store = tickets.sla;
        FB_TRY_ASSIGN(auto policy, store.slaPolicy());
        policy.setTargets(m_severity, m_targets);
        if (auto status = store.setSlaPolicy(policy); !status)
            return status;
        print(call.context(), policy);
        return {};
    }

private:
    int m_severity = 0;
    SlaTargets m_targets;
};

} // namespace

CommandList SlaCommands::commands()
{
    CommandList list;
    addCommands<SlaShowCommand, SlaSetCommand>(list);
    return list;
}

} // namespace fb

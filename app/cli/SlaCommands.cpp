// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SlaCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TicketRepository.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
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

} // namespace

QList<Command> SlaCommands::commands()
{
    return {
        {s("sla"), s("show"), QT_TRANSLATE_NOOP("fb::Command", "Show response and resolution times per severity"),
         show},
        {s("sla"), s("set"), QT_TRANSLATE_NOOP("fb::Command", "Change the times of one severity"), set},
    };
}

Status SlaCommands::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    auto parsed = context.parse(parser, s("sla show"), {},
                                tr("Show the time to first response and to resolution for each severity. Times are "
                                   "calendar time, round the clock."),
                                arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TicketRepository tickets(**vault, context.clock(), context.actor());
    auto policy = SlaPolicyStore(tickets).slaPolicy();
    if (!policy)
        return fail(policy.error());
    print(context, *policy);
    return {};
}

Status SlaCommands::set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("SEVERITY"), tr("1-4 or critical, high, medium, low."));
    parser.addPositionalArgument(s("RESPONSE_MINUTES"), tr("Time to first response, in minutes."));
    parser.addPositionalArgument(s("RESOLVE_MINUTES"), tr("Time to resolution, in minutes."));
    auto parsed = context.parse(parser, s("sla set"), s("SEVERITY RESPONSE_MINUTES RESOLVE_MINUTES"),
                                tr("Change the times of one severity. Due dates of new tickets, and of tickets whose "
                                   "severity changes, follow the new times."),
                                arguments, 3, 3);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QStringList positional = parser.positionalArguments();
    const auto severity = TicketEnums::parseSeverity(positional[0]);
    if (!severity)
        return fail(ErrorCode::BadInput,
                    tr("Severity must be 1 to 4 or critical, high, medium, low; not '%1'.").arg(positional[0]));
    bool responseOk = false;
    bool resolveOk = false;
    const int response = positional[1].toInt(&responseOk);
    const int resolve = positional[2].toInt(&resolveOk);
    if (!responseOk || !resolveOk || response <= 0 || resolve <= 0)
        return fail(ErrorCode::BadInput, tr("SLA times are whole numbers of minutes above zero."));
    if (resolve < response)
        return fail(ErrorCode::BadInput, tr("The time to resolution cannot be shorter than the time to response."));

    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TicketRepository tickets(**vault, context.clock(), context.actor());
    SlaPolicyStore store(tickets);
    auto policy = store.slaPolicy();
    if (!policy)
        return fail(policy.error());
    policy->setTargets(*severity, SlaTargets{response, resolve});
    if (auto status = store.setSlaPolicy(*policy); !status)
        return status;
    print(context, *policy);
    return {};
}

} // namespace fb

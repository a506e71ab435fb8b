// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ObservableCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "app/cli/TextTable.h"
#include "core/observables/ObservableExtractor.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketRepository.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace fb {

QList<Command> ObservableCommands::commands()
{
    return {
        {s("observable"), s("search"),
         QT_TRANSLATE_NOOP("fb::Command", "Tickets with an observable; a network finds every address inside"), search},
        {s("observable"), s("extract"),
         QT_TRANSLATE_NOOP("fb::Command", "Print the observables in a text (no workspace needed)"), extract},
    };
}

Status ObservableCommands::search(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(s("limit"), tr("At most N hits (default 1000)."), tr("N"));
    parser.addOption(limit);
    parser.addPositionalArgument(s("VALUE"), tr("An address, network (CIDR), domain, URL, e-mail, hash, CVE or AS "
                                                "number; defanged forms are accepted."));
    auto parsed = context.parse(parser, s("observable search"), s("VALUE"),
                                tr("Find the tickets that carry an observable. An address or network gives every "
                                   "ticket with an address or network inside it."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    int max = 1000;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toInt(&ok);
        if (!ok || max <= 0)
            return fail(ErrorCode::BadInput, tr("'%1' is not a number of hits.").arg(parser.value(limit)));
    }
    const QString value = parser.positionalArguments().constFirst();
    // A value that is no observable at all is refused before the passphrase is asked for.
    if (auto check = Observables::fromUserInput(value); !check)
        return fail(check.error());

    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    auto hits = TicketSearch(**vault).byValue(value, max);
    if (!hits)
        return fail(hits.error());
    TicketRepository store(**vault, context.clock(), context.actor());
    QHash<qint64, QString> titles;
    for (const ObservableHit& hit : *hits) {
        if (titles.contains(hit.ticketId))
            continue;
        auto ticket = store.get(hit.ticketId);
        if (!ticket)
            return fail(ticket.error());
        titles.insert(hit.ticketId, ticket->title);
    }

    if (context.json()) {
        QJsonArray array;
        for (const ObservableHit& hit : *hits)
            array.append(QJsonObject{{s("ticket"), hit.ticketId},
                                     {s("type"), observableTypeKey(hit.observable.type)},
                                     {s("value"), hit.observable.value},
                                     {s("title"), titles.value(hit.ticketId)}});
        context.printJson(array);
        return {};
    }
    if (hits->isEmpty()) {
        context.out() << tr("No ticket carries %1.").arg(value) << QLatin1Char('\n');
        return {};
    }
    TextTable table({tr("TICKET"), tr("TYPE"), tr("VALUE"), tr("TITLE")});
    table.setMaxWidth(2, 60);
    table.setMaxWidth(3, 60);
    for (const ObservableHit& hit : *hits)
        table.addRow({QString::number(hit.ticketId), observableTypeKey(hit.observable.type), hit.observable.value,
                      titles.value(hit.ticketId)});
    context.out() << table.toString();
    return {};
}

Status ObservableCommands::extract(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption file(s("file"), tr("Read FILE instead of standard input."), tr("FILE"));
    parser.addOption(file);
    auto parsed = context.parse(parser, s("observable extract"), {},
                                tr("Print the observables (addresses, networks, domains, URLs, e-mail addresses, "
                                   "hashes, CVE ids, AS numbers) found in a text, one per line as TYPE<TAB>VALUE, in "
                                   "order of first appearance. Defanged text is refanged."),
                                arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const auto input = CliFiles::read(parser.isSet(file) ? parser.value(file) : QStringLiteral("-"));
    if (!input)
        return fail(input.error());
    const QList<Observable> found = ObservableExtractor::extract(QString::fromUtf8(*input));
    if (context.json()) {
        QJsonArray array;
        for (const Observable& observable : found)
            array.append(QJsonObject{{s("type"), observableTypeKey(observable.type)}, {s("value"), observable.value}});
        context.printJson(array);
        return {};
    }
    for (const Observable& observable : found)
        context.out() << observableTypeKey(observable.type) << QLatin1Char('\t') << observable.value
                      << QLatin1Char('\n');
    return {};
}

} // namespace fb

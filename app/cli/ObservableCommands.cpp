// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ObservableCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/TextTable.h"
#include "core/observables/ObservableExtractor.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace fb {

namespace {

class ObservableSearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ObservableCommands)

public:
    ObservableSearchCommand()
        : Command({
              .noun = s("observable"),
              .verb = s("search"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Tickets with an observable; a network finds every address inside"),
              .description = tr("Find the tickets that carry an observable. An address or network gives every "
                                "ticket with an address or network inside it."),
              .synopsis = s("VALUE"),
              .arguments = {{s("VALUE"), tr("An address, network (CIDR), domain, URL, e-mail, hash, CVE or AS "
                                            "number; defanged forms are accepted.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options = {QCommandLineOption(s("limit"), tr("At most N hits (default 1000)."), tr("N"))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (call.isSet("limit")) {
            bool ok = false;
            m_max = call.value("limit").toInt(&ok);
            if (!ok || m_max <= 0)
                return fail(ErrorCode::BadInput, tr("'%1' is not a number of hits.").arg(call.value("limit")));
        }
        // A value that is no observable at all is refused before the passphrase is asked for.
        FB_TRY(Observables::fromUserInput(call.positional(0)));
        return {};
    }

    Status run(CommandCall& call) override
    {
        const QString value = call.positional(0);
        FB_TRY_ASSIGN(auto hits, TicketSearch(call.vault()).byValue(value, m_max));
        TicketStores store(call.change());
        QHash<qint64, QString> titles;
        for (const ObservableHit& hit : hits) {
            if (titles.contains(hit.ticketId))
                continue;
            FB_TRY_ASSIGN(auto ticket, store.tickets.get(hit.ticketId));
            titles.insert(hit.ticketId, ticket.title);
        }

        if (call.json()) {
            QJsonArray array;
            for (const ObservableHit& hit : hits)
                array.append(QJsonObject{{s("ticket"), hit.ticketId},
                                         {s("type"), observableTypeKey(hit.observable.type)},
                                         {s("value"), hit.observable.value},
                                         {s("title"), titles.value(hit.ticketId)}});
            call.context().printJson(array);
            return {};
        }
        if (hits.isEmpty()) {
            call.out() << tr("No ticket carries %1.").arg(value) << QLatin1Char('\n');
            return {};
        }
        TextTable table({tr("TICKET"), tr("TYPE"), tr("VALUE"), tr("TITLE")});
        table.setMaxWidth(2, 60);
        table.setMaxWidth(3, 60);
        for (const ObservableHit& hit : hits)
            table.addRow({QString::number(hit.ticketId), observableTypeKey(hit.observable.type), hit.observable.value,
                          titles.value(hit.ticketId)});
        call.out() << table.toString();
        return {};
    }

private:
    int m_max = 1000;
};

class ObservableExtractCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ObservableCommands)

public:
    ObservableExtractCommand()
        : Command({
              .noun = s("observable"),
              .verb = s("extract"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Print the observables in a text (no workspace needed)"),
              .description = tr("Print the observables (addresses, networks, domains, URLs, e-mail addresses, "
                                "hashes, CVE ids, AS numbers) found in a text, one per line as TYPE<TAB>VALUE, in "
                                "order of first appearance. Defanged text is refanged."),
              .options = {QCommandLineOption(s("file"), tr("Read FILE instead of standard input."), tr("FILE"))},
              .workspace = WorkspaceUse::None,
          })
    {
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(const auto input, CliFiles::read(call.isSet("file") ? call.value("file") : QStringLiteral("-")));
        const QList<Observable> found = ObservableExtractor::extract(QString::fromUtf8(input));
        if (call.json()) {
            QJsonArray array;
            for (const Observable& observable : found)
                array.append(
                    QJsonObject{{s("type"), observableTypeKey(observable.type)}, {s("value"), observable.value}});
            call.context().printJson(array);
            return {};
        }
        for (const Observable& observable : found)
            call.out() << observableTypeKey(observable.type) << QLatin1Char('\t') << observable.value
                       << QLatin1Char('\n');
        return {};
    }
};

} // namespace

CommandList ObservableCommands::commands()
{
    CommandList list;
    addCommands<ObservableSearchCommand, ObservableExtractCommand>(list);
    return list;
}

} // namespace fb

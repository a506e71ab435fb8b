// SPDX-License-Identifier: GPL-3.0-or-later
// ticket observe / ticket unobserve: add or remove an observable, its type guessed or given.
#include "app/cli/CliArgs.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"
#include "core/observables/PublicSuffix.h"

namespace fb {

namespace {

QString typeKeys()
{
    QStringList keys;
    for (ObservableType type : allObservableTypes())
        keys.append(observableTypeKey(type));
    return keys.join(s(", "));
}

class TicketObserveCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    explicit TicketObserveCommand(bool remove)
        : TicketIdCommand({
              .noun = s("ticket"),
              .verb = remove ? s("unobserve") : s("observe"),
              .summary = remove ? QT_TRANSLATE_NOOP("fb::Command", "Remove an observable from a ticket")
                                : QT_TRANSLATE_NOOP("fb::Command", "Add an observable (address, domain, hash...)"),
              .description = remove ? tr("Remove an observable from a ticket; the value stays on other tickets.")
                                    : tr("Add an observable to a ticket."),
              .synopsis = s("ID VALUE"),
              .arguments = {{s("ID"), tr("The ticket number.")},
                            {s("VALUE"), tr("Address, network, domain, URL, e-mail, hash, CVE or AS number.")}},
              .minArguments = 2,
              .maxArguments = 2,
              .options = {QCommandLineOption(
                  s("type"), tr("The observable type when guessing is not wanted: %1.").arg(typeKeys()), tr("TYPE"))},
          })
        , m_remove(remove)
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        Result<Observable> observable = Observables::fromUserInput(call.positional(1));
        if (call.isSet("type")) {
            const auto type = parseObservableType(call.value("type"));
            if (!type)
                return fail(ErrorCode::BadInput, tr("'%1' is not an observable type.").arg(call.value("type")));
            observable = Observables::normalise(*type, call.positional(1));
        }
        if (!observable)
            return fail(observable.error());
        m_observable = *observable;
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        if (m_remove) {
            FB_TRY(store->observables.removeObservable(m_id, m_observable));
            return TicketCliSupport::reportChange(call, store->tickets, m_id,
                                                  tr("Ticket #%1: %2 %3 removed.")
                                                      .arg(m_id)
                                                      .arg(observableTypeKey(m_observable.type), m_observable.value));
        }
        FB_TRY(store->observables.addObservable(m_id, m_observable));
        QString message =
            tr("Ticket #%1: %2 %3 added.").arg(m_id).arg(observableTypeKey(m_observable.type), m_observable.value);
        if (const QString note = PublicSuffix::specialUseNote(m_observable); !note.isEmpty())
            message += u' ' + note;
        return TicketCliSupport::reportChange(call, store->tickets, m_id, message);
    }

private:
    Observable m_observable;
    bool m_remove;
};

} // namespace

std::unique_ptr<Command> TicketCommands::observe(bool remove)
{
    return std::make_unique<TicketObserveCommand>(remove);
}

} // namespace fb

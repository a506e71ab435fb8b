// SPDX-License-Identifier: GPL-3.0-or-later
// ticket transition: move a ticket to another state of its lifecycle.
#include "app/cli/CliArgs.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"
#include "core/tickets/Lifecycle.h"

namespace fb {

namespace {

class TicketTransitionCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketTransitionCommand()
        : TicketIdCommand({
              .noun = s("ticket"),
              .verb = s("transition"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Move a ticket to another state"),
              .description = tr("Move a ticket to another state."),
              .synopsis = s("ID STATE"),
              .arguments = {{s("ID"), tr("The ticket number.")},
                            {s("STATE"), tr("The new state, e.g. open, resolved, rejected, active, pending-removal.")}},
              .minArguments = 2,
              .maxArguments = 2,
              .options = {QCommandLineOption(s("resolution"), tr("How it was resolved."), tr("TEXT")),
                          QCommandLineOption(s("lessons"), tr("Lessons learned (needed to resolve an incident)."),
                                             tr("TEXT"))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        m_state = call.positional(1);
        m_state.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        const TransitionDetails details{call.value("resolution"), call.value("lessons")};
        if (auto status = store->workflow.transition(m_id, m_state, details); !status)
            return status;
        return TicketCliSupport::reportChange(
            call, store->tickets, m_id,
            tr("Ticket #%1 is now %2.").arg(m_id).arg(Lifecycle::displayState(m_state.trimmed().toLower())));
    }

private:
    QString m_state;
};

} // namespace

std::unique_ptr<Command> TicketCommands::transition()
{
    return std::make_unique<TicketTransitionCommand>();
}

} // namespace fb

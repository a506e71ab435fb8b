// SPDX-License-Identifier: GPL-3.0-or-later
// ticket history: the history of a ticket, oldest first.
#include "app/cli/CliArgs.h"
#include "app/cli/TicketView.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"

namespace fb {

namespace {

class TicketHistoryCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketHistoryCommand()
        : TicketIdCommand(onOneTicket({
              .noun = s("ticket"),
              .verb = s("history"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Show the history of a ticket"),
              .description = tr("Show the history of a ticket, oldest first."),
          }))
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY(store->tickets.get(m_id));
        FB_TRY_ASSIGN(auto entries, store->tickets.history().forTicket(m_id));
        TicketView::printHistory(call.context(), entries);
        return {};
    }
};

} // namespace

std::unique_ptr<Command> TicketCommands::history()
{
    return std::make_unique<TicketHistoryCommand>();
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ticket show: a ticket with its links, tasks, comments, correspondence (signatures checked) and history.
#include "app/cli/CliArgs.h"
#include "app/cli/MailView.h"
#include "app/cli/TicketView.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"
#include "core/mail/MailStore.h"

namespace fb {

namespace {

class TicketShowCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketShowCommand()
        : TicketIdCommand(onOneTicket({
              .noun = s("ticket"),
              .verb = s("show"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Show a ticket with its links, comments, mail and history"),
              .description = tr("Show a ticket with its links, its comments, its correspondence (signatures checked "
                                "against the workspace keyring) and its history."),
          }))
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        TicketDetails details;
        FB_TRY_ASSIGN(auto ticket, store->tickets.get(m_id));
        details.ticket = ticket;
        auto incidents = store->workflow.incidentsOf(m_id);
        auto children = store->workflow.childrenOf(m_id);
        auto history = store->tickets.history().forTicket(m_id);
        auto comments = store->comments.comments(m_id);
        auto tasks = store->tasks.tasks(m_id);
        for (const Error* error : {incidents ? nullptr : &incidents.error(), children ? nullptr : &children.error(),
                                   history ? nullptr : &history.error(), comments ? nullptr : &comments.error(),
                                   tasks ? nullptr : &tasks.error()}) {
            if (error)
                return fail(*error);
        }
        details.incidents = *incidents;
        details.children = *children;
        details.history = *history;
        details.comments = *comments;
        details.tasks = *tasks;
        FB_TRY_ASSIGN(auto messages, MailStore(call.vault()).messagesOf(m_id, true));
        details.correspondence = MailView::verify(call.vault(), call.clock(), std::move(messages));
        TicketView::printDetails(call.context(), details);
        return {};
    }
};

} // namespace

std::unique_ptr<Command> TicketCommands::show()
{
    return std::make_unique<TicketShowCommand>();
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ticket tag / ticket untag: add or remove a tag.
#include "app/cli/CliArgs.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"

namespace fb {

namespace {

class TicketTagCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    explicit TicketTagCommand(bool remove)
        : TicketIdCommand({
              .noun = s("ticket"),
              .verb = remove ? s("untag") : s("tag"),
              .summary = remove ? QT_TRANSLATE_NOOP("fb::Command", "Remove a tag from a ticket")
                                : QT_TRANSLATE_NOOP("fb::Command", "Add a tag to a ticket"),
              .description = remove ? tr("Remove a tag from a ticket.") : tr("Add a tag to a ticket."),
              .synopsis = s("ID TAG"),
              .arguments = {{s("ID"), tr("The ticket number.")}, {s("TAG"), tr("The tag.")}},
              .minArguments = 2,
              .maxArguments = 2,
          })
        , m_remove(remove)
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        const QString tag = call.positional(1);
        if (auto status = m_remove ? store->tags.removeTag(m_id, tag) : store->tags.addTag(m_id, tag); !status)
            return status;
        return TicketCliSupport::reportChange(call, store->tickets, m_id,
                                              m_remove ? tr("Ticket #%1: tag removed.").arg(m_id)
                                                       : tr("Ticket #%1: tag added.").arg(m_id));
    }

private:
    bool m_remove;
};

} // namespace

std::unique_ptr<Command> TicketCommands::tag(bool remove)
{
    return std::make_unique<TicketTagCommand>(remove);
}

} // namespace fb

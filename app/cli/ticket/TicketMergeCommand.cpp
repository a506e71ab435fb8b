// SPDX-License-Identifier: GPL-3.0-or-later
// ticket merge: fold a duplicate report into another.
#include "app/cli/CliArgs.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"

namespace fb {

namespace {

class TicketMergeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketMergeCommand()
        : Command({
              .noun = s("ticket"),
              .verb = s("merge"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Merge a duplicate report into another"),
              .description = tr("Merge a duplicate report into another: its observables, tags, links and "
                                "description move over."),
              .synopsis = s("INTO FROM"),
              .arguments = {{s("INTO"), tr("The report that stays.")},
                            {s("FROM"), tr("The duplicate report, marked as merged.")}},
              .minArguments = 2,
              .maxArguments = 2,
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto ids, TicketCliSupport::ticketIds(call.positional(), 2));
        m_ids = ids;
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        if (auto status = store->workflow.merge(m_ids.at(0), m_ids.at(1)); !status)
            return status;
        return TicketCliSupport::reportChange(call, store->tickets, m_ids.at(0),
                                              tr("Ticket #%1 merged into #%2.").arg(m_ids.at(1)).arg(m_ids.at(0)));
    }

private:
    QList<qint64> m_ids;
};

} // namespace

std::unique_ptr<Command> TicketCommands::merge()
{
    return std::make_unique<TicketMergeCommand>();
}

} // namespace fb

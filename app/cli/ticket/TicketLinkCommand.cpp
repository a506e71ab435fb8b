// SPDX-License-Identifier: GPL-3.0-or-later
// ticket link / ticket unlink: put a ticket under an incident, or take it away.
#include "app/cli/CliArgs.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"

namespace fb {

namespace {

class TicketLinkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    explicit TicketLinkCommand(bool unlink)
        : Command({
              .noun = s("ticket"),
              .verb = unlink ? s("unlink") : s("link"),
              .summary = unlink ? QT_TRANSLATE_NOOP("fb::Command", "Remove a ticket from an incident")
                                : QT_TRANSLATE_NOOP("fb::Command", "Link a ticket under an incident"),
              .description = unlink ? tr("Remove a ticket from an incident.") : tr("Link a ticket under an incident."),
              .synopsis = s("CHILD INCIDENT"),
              .arguments = {{s("CHILD"), tr("The report, investigation or countermeasure.")},
                            {s("INCIDENT"), tr("The incident.")}},
              .minArguments = 2,
              .maxArguments = 2,
          })
        , m_unlink(unlink)
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto ids, TicketCliSupport::ticketIds(call.positional(), 2));
        m_child = ids.at(0);
        m_incident = ids.at(1);
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        if (auto status =
                m_unlink ? store->workflow.unlink(m_child, m_incident) : store->workflow.link(m_child, m_incident);
            !status)
            return status;
        return TicketCliSupport::reportChange(
            call, store->tickets, m_child,
            m_unlink ? tr("Ticket #%1 unlinked from incident #%2.").arg(m_child).arg(m_incident)
                     : tr("Ticket #%1 linked to incident #%2.").arg(m_child).arg(m_incident));
    }

private:
    bool m_unlink;
    qint64 m_child = 0;
    qint64 m_incident = 0;
};

} // namespace

std::unique_ptr<Command> TicketCommands::link(bool unlink)
{
    return std::make_unique<TicketLinkCommand>(unlink);
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ticket set: change one field of a ticket.
#include "app/cli/CliArgs.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"

namespace fb {

namespace {

class TicketSetCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketSetCommand()
        : TicketIdCommand({
              .noun = s("ticket"),
              .verb = s("set"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Change one field of a ticket"),
              .description = tr("Change one field of a ticket."),
              .synopsis = s("ID FIELD VALUE"),
              .arguments = {{s("ID"), tr("The ticket number.")},
                            {s("FIELD"), tr("One of: %1.").arg(TicketEditor::editableFields().join(s(", ")))},
                            {s("VALUE"), tr("The new value (dates in ISO 8601).")}},
              .minArguments = 3,
              .maxArguments = 3,
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        m_field = call.positional(1).trimmed().toLower();
        if (!TicketEditor::editableFields().contains(m_field))
            return fail(ErrorCode::Usage, tr("'%1' is not a field that can be set; fields: %2.")
                                              .arg(call.positional(1), TicketEditor::editableFields().join(s(", "))));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        if (auto status = store->editor.setField(m_id, m_field, call.positional(2)); !status)
            return status;
        return TicketCliSupport::reportChange(call, store->tickets, m_id,
                                              tr("Ticket #%1: %2 set.").arg(m_id).arg(m_field));
    }

private:
    QString m_field;
};

} // namespace

std::unique_ptr<Command> TicketCommands::set()
{
    return std::make_unique<TicketSetCommand>();
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ticket comment: add an internal comment (worklog entry, never mailed) to a ticket.
#include "app/cli/CliArgs.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"

#include <QJsonObject>

namespace fb {

namespace {

class TicketCommentCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketCommentCommand()
        : TicketIdCommand({
              .noun = s("ticket"),
              .verb = s("comment"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Add an internal comment to a ticket"),
              .description = tr("Add an internal comment to a ticket's worklog. Comments are never mailed; they are "
                                "kept as written, recorded in the history and found by ticket search."),
              .synopsis = s("ID [TEXT]"),
              .arguments = {{s("ID"), tr("The ticket number.")}, {s("TEXT"), tr("The comment; or give --file.")}},
              .minArguments = 1,
              .maxArguments = 2,
              .options = {QCommandLineOption(s("file"), tr("Read the comment from FILE (- for stdin)."), tr("FILE"))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        FB_TRY_ASSIGN(m_text, TicketCliSupport::textArgument(
                                  call, 1, tr("Give the comment as TEXT or with --file, one of the two.")));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto commentId, store->comments.addComment(m_id, m_text));
        if (call.json()) {
            call.context().printJson(QJsonObject{{s("ticket"), m_id}, {s("comment"), commentId}});
            return {};
        }
        return TicketCliSupport::reportChange(call, store->tickets, m_id, tr("Ticket #%1: comment added.").arg(m_id));
    }

private:
    QString m_text;
};

} // namespace

std::unique_ptr<Command> TicketCommands::comment()
{
    return std::make_unique<TicketCommentCommand>();
}

} // namespace fb

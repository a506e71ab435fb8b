// SPDX-License-Identifier: GPL-3.0-or-later
// ticket search: full text plus typed terms, as in the GUI's search box.
#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TicketView.h"
#include "app/cli/ticket/TicketCommands.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketSearchQuery.h"

namespace fb {

namespace {

class TicketSearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketSearchCommand()
        : Command({
              .noun = s("ticket"),
              .verb = s("search"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Search: full text plus typed terms (ip:, cve:, owner:me...)"),
              .description = tr("Search tickets: full text over titles and descriptions, narrowed by typed terms "
                                "as in the GUI's search box. Newest first."),
              .synopsis = s("WORDS..."),
              .arguments = {{s("WORDS"),
                             tr("Free words (every one must match; word* matches a prefix) and typed terms: %1 "
                                "(e.g. ip:192.0.2.0/24 owner:me state:open).")
                                 .arg(TicketSearchQuery::keys().join(s(", ")))}},
              .minArguments = 1,
              .maxArguments = 1000,
              .options = {QCommandLineOption(s("limit"), tr("At most N tickets (default 100)."), tr("N")),
                          QCommandLineOption(s("merged"), tr("Include reports merged into others."))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        m_base.order = TicketOrder::Id;
        m_base.descending = true;
        m_base.includeMerged = call.isSet("merged");
        if (call.isSet("limit")) {
            bool ok = false;
            m_base.limit = call.value("limit").toInt(&ok);
            if (!ok || m_base.limit <= 0)
                return fail(ErrorCode::BadInput, tr("'%1' is not a number of tickets.").arg(call.value("limit")));
        }
        // Malformed terms are refused before the passphrase is asked for.
        FB_TRY_ASSIGN(auto terms, TicketSearchQuery::parse(call.positional().join(QLatin1Char(' ')), call.actor()));
        if (terms.isEmpty())
            return fail(ErrorCode::Usage, tr("Nothing to search for."));
        m_terms = std::move(terms);
        return {};
    }

    Status run(CommandCall& call) override
    {
        TicketSearch search(call.vault());
        FB_TRY_ASSIGN(auto query, search.resolve(m_terms, m_base));
        FB_TRY_ASSIGN(auto tickets, search.list(query));
        TicketView::printList(call.context(), tickets);
        return {};
    }

private:
    TicketQuery m_base;
    TicketSearchQuery m_terms;
};

} // namespace

std::unique_ptr<Command> TicketCommands::search()
{
    return std::make_unique<TicketSearchCommand>();
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ticket list: the queues, filtered and sorted.
#include "app/cli/CliArgs.h"
#include "app/cli/TicketView.h"
#include "app/cli/ticket/TicketCommands.h"
#include "app/cli/CommandCall.h"
#include "core/taxonomy/Tlp.h"
#include "core/tickets/TicketSearch.h"

namespace fb {

namespace {

class TicketListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketListCommand()
        : Command({
              .noun = s("ticket"),
              .verb = s("list"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "List tickets: queues by kind, state, owner..."),
              .description = tr("List tickets."),
              .options =
                  {
                      QCommandLineOption(s("kind"), tr("Only tickets of this kind."), tr("KIND")),
                      QCommandLineOption(s("state"), tr("Only tickets in this state (repeatable)."), tr("STATE")),
                      QCommandLineOption(s("active"), tr("Only open work (active states).")),
                      QCommandLineOption(s("owner"), tr("Only tickets of this owner."), tr("NAME")),
                      QCommandLineOption(s("tlp"), tr("Only tickets with this TLP label."), tr("LABEL")),
                      QCommandLineOption(s("rsit-class"), tr("Only tickets of this RSIT class."), tr("CLASS")),
                      QCommandLineOption(s("merged"), tr("Include reports merged into others.")),
                      QCommandLineOption(s("sort"), tr("id, due, created, updated or severity (default id)."),
                                         tr("KEY")),
                      QCommandLineOption(s("desc"), tr("Descending order.")),
                      QCommandLineOption(s("limit"), tr("At most N tickets (default 100)."), tr("N")),
                      QCommandLineOption(s("offset"), tr("Skip the first N tickets."), tr("N")),
                  },
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (call.isSet("kind")) {
            m_query.kind = TicketEnums::parseKind(call.value("kind"));
            if (!m_query.kind)
                return fail(ErrorCode::BadInput, tr("'%1' is not a ticket kind (%2).")
                                                     .arg(call.value("kind"), TicketEnums::kindKeys().join(s(", "))));
        }
        for (QString value : call.values("state"))
            m_query.states.append(value.replace(QLatin1Char('-'), QLatin1Char(' ')).trimmed().toLower());
        m_query.activeOnly = call.isSet("active");
        m_query.owner = call.value("owner");
        if (call.isSet("tlp")) {
            m_query.tlp = Tlp::parse(call.value("tlp"));
            if (!m_query.tlp)
                return fail(ErrorCode::BadInput, tr("'%1' is not a TLP 2.0 label.").arg(call.value("tlp")));
        }
        m_query.rsitClass = call.value("rsit-class");
        m_query.includeMerged = call.isSet("merged");
        if (call.isSet("sort")) {
            static const QStringList keys{s("id"), s("due"), s("created"), s("updated"), s("severity")};
            const qsizetype index = keys.indexOf(call.value("sort").trimmed().toLower());
            if (index < 0)
                return fail(ErrorCode::BadInput,
                            tr("'%1' is not a sort key (%2).").arg(call.value("sort"), keys.join(s(", "))));
            m_query.order = static_cast<TicketOrder>(index);
        }
        m_query.descending = call.isSet("desc");
        for (const auto& [option, target] :
             {std::pair{"limit", &m_query.limit}, std::pair{"offset", &m_query.offset}}) {
            if (!call.isSet(option))
                continue;
            bool ok = false;
            *target = call.value(option).toInt(&ok);
            if (!ok || *target < 0)
                return fail(ErrorCode::BadInput, tr("'%1' is not a number of tickets.").arg(call.value(option)));
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto tickets, TicketSearch(call.vault()).list(m_query));
        TicketView::printList(call.context(), tickets);
        return {};
    }

private:
    TicketQuery m_query;
};

} // namespace

std::unique_ptr<Command> TicketCommands::list()
{
    return std::make_unique<TicketListCommand>();
}

} // namespace fb

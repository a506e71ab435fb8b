// SPDX-License-Identifier: GPL-3.0-or-later
// ticket bulk: one change to many tickets, all or nothing.
#include "app/cli/CliArgs.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"
#include "core/tickets/TicketBulk.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

class TicketBulkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketBulkCommand()
        : Command({
              .noun = s("ticket"),
              .verb = s("bulk"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Change many tickets at once, all or nothing"),
              .description = tr("Apply one change to every ticket given: a state change, a field, or a link to an "
                                "incident. Each ticket follows the same rules as one at a time; unless all of them "
                                "can take the change, none is changed and every refusal is listed."),
              .synopsis = s("ID..."),
              .arguments = {{s("ID"), tr("The ticket numbers.")}},
              .minArguments = 1,
              .maxArguments = CommandSpec::kUnlimited,
              .options = {QCommandLineOption(s("transition"), tr("Move each ticket to STATE."), tr("STATE")),
                          QCommandLineOption(s("resolution"), tr("With --transition: how they were resolved."),
                                             tr("TEXT")),
                          QCommandLineOption(s("lessons"), tr("With --transition: lessons learned."), tr("TEXT")),
                          QCommandLineOption(s("set"), tr("Set a field on each ticket: FIELD=VALUE."),
                                             tr("FIELD=VALUE")),
                          QCommandLineOption(s("link"), tr("Link each ticket to incident ID."), tr("ID"))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        m_ids.clear();
        for (const QString& text : call.positional()) {
            FB_TRY_ASSIGN(auto id, CliContext::parseTicketId(text));
            m_ids.append(id);
        }
        const int given = int(call.isSet("transition")) + int(call.isSet("set")) + int(call.isSet("link"));
        if (given != 1)
            return fail(ErrorCode::Usage, tr("Give exactly one of --transition, --set and --link."));
        if ((call.isSet("resolution") || call.isSet("lessons")) && !call.isSet("transition"))
            return fail(ErrorCode::Usage, tr("--resolution and --lessons go with --transition."));
        if (call.isSet("transition")) {
            m_change.kind = BulkChange::Kind::Transition;
            m_change.state = call.value("transition");
            m_change.state.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
            m_change.details = TransitionDetails{call.value("resolution"), call.value("lessons")};
        } else if (call.isSet("set")) {
            const QString assignment = call.value("set");
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return fail(ErrorCode::Usage, tr("--set takes FIELD=VALUE, e.g. tlp=green."), s("set"));
            m_change.kind = BulkChange::Kind::SetField;
            m_change.field = assignment.left(equals).trimmed();
            m_change.value = assignment.mid(equals + 1);
        } else {
            FB_TRY_ASSIGN(auto incident, CliContext::parseTicketId(call.value("link")));
            m_change.kind = BulkChange::Kind::Link;
            m_change.incidentId = incident;
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto outcome, TicketBulk(*store).apply(m_ids, m_change));
        if (call.json()) {
            QJsonArray refusals;
            for (const BulkRefusal& refusal : std::as_const(outcome.refusals))
                refusals.append(QJsonObject{{s("ticket"), refusal.ticketId},
                                            {s("exitCode"), ExitCodes::value(ExitCodes::forError(refusal.error.code))},
                                            {s("message"), refusal.error.message}});
            QJsonArray changed;
            for (qint64 id : std::as_const(outcome.changed))
                changed.append(id);
            call.context().printJson(
                QJsonObject{{s("applied"), outcome.applied()}, {s("changed"), changed}, {s("refusals"), refusals}});
        } else if (outcome.applied()) {
            call.out() << tr("%n ticket(s) changed.", nullptr, int(outcome.changed.size())) << QLatin1Char('\n');
        } else {
            for (const BulkRefusal& refusal : std::as_const(outcome.refusals))
                call.context().printError(QStringLiteral("#%1: %2").arg(refusal.ticketId).arg(refusal.error.message));
        }
        if (outcome.applied())
            return {};
        return fail(outcome.refusals.first().error.code,
                    tr("%n ticket(s) refused the change; nothing was changed.", nullptr, int(outcome.refusals.size())),
                    s("tickets"));
    }

private:
    QList<qint64> m_ids;
    BulkChange m_change;
};

} // namespace

std::unique_ptr<Command> TicketCommands::bulk()
{
    return std::make_unique<TicketBulkCommand>();
}

} // namespace fb

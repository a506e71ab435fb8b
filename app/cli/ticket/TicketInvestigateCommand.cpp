// SPDX-License-Identifier: GPL-3.0-or-later
// ticket investigate: the plan for launching investigations from an incident (InvestigationPlanner), the preview of
// every notification, and with --confirm the launch (InvestigationLauncher): one Investigation per team with its
// signed (and where possible encrypted) notification stored on it.
#include "app/cli/CliArgs.h"
#include "app/cli/CliFiles.h"
#include "app/cli/KeyPassphrase.h"
#include "app/cli/TextTable.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"
#include "core/investigation/InvestigationLauncher.h"
#include "core/investigation/InvestigationPlanner.h"
#include "core/mail/MailKeys.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace fb {

namespace {

QJsonObject groupJson(const InvestigationGroup& g, bool excluded)
{
    QJsonArray observables;
    for (const CoveredObservable& c : g.observables)
        observables.append(QJsonObject{{s("type"), observableTypeKey(c.observable.type)},
                                       {s("value"), c.observable.value},
                                       {s("entry"), c.entry}});
    return QJsonObject{{s("teamId"), g.teamId},
                       {s("team"), g.teamName},
                       {s("recipient"), g.recipient},
                       {s("key"), MailKeys::statusKey(g.key.status)},
                       {s("keyFingerprint"), g.key.fingerprint},
                       {s("tlp"), Tlp::label(g.tlp)},
                       {s("encrypt"), g.encrypt},
                       {s("refused"), g.refused},
                       {s("refusal"), g.refusal},
                       {s("excluded"), excluded},
                       {s("observables"), observables}};
}

class TicketInvestigateCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketInvestigateCommand()
        : TicketIdCommand(onOneTicket({
              .noun = s("ticket"),
              .verb = s("investigate"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Launch investigations: ask each responsible team"),
              .description =
                  tr("Look up the incident's observables (or the ones given) in the directory, group them by the "
                     "most specific team that handles them and print the plan: one Investigation per team with its "
                     "observables, address, key status, TLP and whether the notification is encrypted; refused teams "
                     "with the reason, and the observables no team covers. --preview adds every notification's "
                     "text. --confirm creates the Investigations, linked to the incident, and stores on each its "
                     "notification, signed with the team key and encrypted where the team has a valid key, ready to "
                     "send (export it with 'mail export'). All or nothing."),
              .options = {option("observable", tr("Plan for this observable instead of the incident's (repeatable)."),
                                 "VALUE"),
                          option("observables-from-file",
                                 tr("Plan for the observables in this file (white space, commas or semicolons "
                                    "between them; '-' for standard input)."),
                                 "FILE"),
                          option("exclude-team", tr("Leave this team out (its id or name; repeatable)."), "TEAM"),
                          option("plan", tr("Print the plan only (the default).")),
                          option("preview", tr("Print the plan and the text of every notification.")),
                          option("confirm", tr("Launch: create the Investigations and store their notifications.")),
                          option("key", tr("Sign with this key instead of the team key."), "FINGERPRINT"),
                          KeyPassphrase::fileOption()},
          }))
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        if (int(call.isSet("plan")) + int(call.isSet("preview")) + int(call.isSet("confirm")) > 1)
            return fail(ErrorCode::Usage, tr("Give one of --plan, --preview and --confirm."), s("confirm"));
        if (call.isSet("observable") || call.isSet("observables-from-file")) {
            QString text = call.values("observable").join(QLatin1Char('\n'));
            if (call.isSet("observables-from-file")) {
                FB_TRY_ASSIGN(auto bytes, CliFiles::read(call.value("observables-from-file")));
                text += QLatin1Char('\n') + QString::fromUtf8(bytes);
            }
            m_pasted = InvestigationPlanner::parseList(text);
            if (m_pasted->observables.isEmpty() && m_pasted->unreadable.isEmpty())
                return fail(ErrorCode::Usage, tr("No observable was given."), s("observable"));
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto plan, InvestigationPlanner::planFor(call.vault(), call.clock(), m_id, m_pasted));
        LaunchChoice choice;
        choice.signKey = call.value("key");
        for (const QString& wanted : call.values("exclude-team")) {
            FB_TRY_ASSIGN(auto teamId, teamOf(plan, wanted));
            choice.excludedTeams.append(teamId);
        }
        InvestigationLauncher launcher(call.change());
        if (call.isSet("confirm"))
            return launch(call, launcher, plan, choice);
        std::optional<QList<InvestigationNotice>> notices;
        if (call.isSet("preview")) {
            FB_TRY_ASSIGN(auto made, launcher.preview(plan, choice));
            notices = made;
        }
        if (call.json()) {
            QJsonObject o = planJson(plan, choice);
            if (notices) {
                QJsonArray previews;
                for (const InvestigationNotice& n : std::as_const(*notices))
                    previews.append(QJsonObject{{s("teamId"), n.teamId},
                                                {s("team"), n.teamName},
                                                {s("title"), n.title},
                                                {s("to"), QJsonArray::fromStringList(n.mail.to)},
                                                {s("subject"), n.mail.subject},
                                                {s("body"), n.mail.body},
                                                {s("signed"), !n.mail.signKey.isEmpty()},
                                                {s("encrypt"), n.mail.encrypt}});
                o.insert(s("previews"), previews);
            }
            call.context().printJson(o);
            return {};
        }
        printPlan(call, plan, choice);
        if (notices) {
            for (const InvestigationNotice& n : std::as_const(*notices)) {
                call.out() << u'\n'
                           << tr("--- Notification to %1 (new Investigation “%2”) ---").arg(n.teamName, n.title)
                           << u'\n' << InvestigationLauncher::previewText(n) << u'\n';
            }
        }
        return {};
    }

private:
    static Result<qint64> teamOf(const InvestigationPlan& plan, const QString& wanted)
    {
        bool isNumber = false;
        const qint64 id = wanted.toLongLong(&isNumber);
        for (const InvestigationGroup& g : plan.groups) {
            if ((isNumber && g.teamId == id) || g.teamName.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                return g.teamId;
        }
        return fail(ErrorCode::NotFound, tr("No team named “%1” is in the plan.").arg(wanted), s("exclude-team"));
    }

    static QJsonObject planJson(const InvestigationPlan& plan, const LaunchChoice& choice)
    {
        QJsonArray groups;
        for (const InvestigationGroup& g : plan.groups)
            groups.append(groupJson(g, choice.excludedTeams.contains(g.teamId)));
        QJsonArray unknown;
        for (const UnknownObservable& u : plan.unknown)
            unknown.append(QJsonObject{{s("value"), u.value}, {s("reason"), u.reason}});
        return QJsonObject{{s("incident"), plan.incidentId},
                           {s("title"), plan.incidentTitle},
                           {s("tlp"), Tlp::label(plan.tlp)},
                           {s("groups"), groups},
                           {s("unknown"), unknown}};
    }

    static void printPlan(CommandCall& call, const InvestigationPlan& plan, const LaunchChoice& choice)
    {
        QTextStream& out = call.out();
        out << tr("Investigations for incident #%1 “%2” (%3):")
                   .arg(plan.incidentId)
                   .arg(plan.incidentTitle, Tlp::label(plan.tlp))
            << u'\n';
        TextTable table(
            {tr("TEAM"), tr("OBSERVABLES"), tr("RECIPIENT"), tr("KEY"), tr("TLP"), tr("ENCRYPTED"), tr("PLAN")});
        for (const InvestigationGroup& g : plan.groups) {
            QStringList values;
            for (const CoveredObservable& c : g.observables)
                values.append(c.observable.value);
            const QString what = g.refused                                 ? tr("refused")
                                 : choice.excludedTeams.contains(g.teamId) ? tr("left out")
                                                                           : tr("launch");
            table.addRow({g.teamName, values.join(QStringLiteral(", ")), g.recipient,
                          MailKeys::statusText(g.key.status), Tlp::label(g.tlp), g.encrypt ? tr("yes") : tr("no"),
                          what});
        }
        if (table.isEmpty())
            out << tr("No team in the directory covers these observables.") << u'\n';
        else
            out << table.toString();
        for (const InvestigationGroup& g : plan.groups) {
            if (g.refused)
                out << tr("Refused: %1: %2").arg(g.teamName, g.refusal) << u'\n';
        }
        if (!plan.unknown.isEmpty()) {
            out << tr("For manual handling (no team will be asked):") << u'\n';
            for (const UnknownObservable& u : plan.unknown)
                out << QStringLiteral("  %1  (%2)").arg(u.value, u.reason) << u'\n';
        }
    }

    Status launch(CommandCall& call, InvestigationLauncher& launcher, const InvestigationPlan& plan,
                  const LaunchChoice& choice)
    {
        FB_TRY_ASSIGN(auto keys, MailKeys::forWorkspace(call.vault(), call.clock(),
                                                        KeyPassphrase::callback(call.value("key-passphrase-file"))));
        launcher.setKeys(keys.get());
        DirectJobControl progress; // a few messages: no progress line
        FB_TRY_ASSIGN(auto launched, launcher.launch(plan, choice, progress));
        if (call.json()) {
            QJsonArray list;
            for (const LaunchedInvestigation& l : std::as_const(launched))
                list.append(QJsonObject{{s("ticket"), l.ticketId},
                                        {s("teamId"), l.teamId},
                                        {s("team"), l.teamName},
                                        {s("messageId"), l.message.messageId},
                                        {s("subject"), l.message.subject},
                                        {s("signatureStatus"), l.message.signatureStatus},
                                        {s("encrypted"), l.message.isEncrypted}});
            call.context().printJson(QJsonObject{{s("incident"), plan.incidentId}, {s("launched"), list}});
            return {};
        }
        for (const LaunchedInvestigation& l : std::as_const(launched))
            call.out() << tr("Investigation #%1 for %2: notification stored (%3).")
                              .arg(l.ticketId)
                              .arg(l.teamName, l.message.isEncrypted ? tr("signed and encrypted") : tr("signed"))
                       << u'\n';
        call.out() << tr("Launched %n investigation(s) for incident #%1; export the notifications with "
                         "'mail export TICKET'.",
                         nullptr, int(launched.size()))
                          .arg(plan.incidentId)
                   << u'\n';
        return {};
    }

    std::optional<PastedObservables> m_pasted;
};

} // namespace

std::unique_ptr<Command> TicketCommands::investigate()
{
    return std::make_unique<TicketInvestigateCommand>();
}

} // namespace fb

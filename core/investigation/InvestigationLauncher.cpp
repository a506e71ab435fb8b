// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/investigation/InvestigationLauncher.h"

#include "core/advisory/TeamPublisher.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailStore.h"
#include "core/mail/MailTemplates.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Transaction.h"

namespace fb {

namespace {

QString observableLines(const InvestigationGroup& group)
{
    QStringList lines;
    for (const CoveredObservable& covered : group.observables)
        lines.append(QStringLiteral("  %1 %2")
                         .arg(observableTypeKey(covered.observable.type), -6)
                         .arg(covered.observable.value));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

InvestigationLauncher::InvestigationLauncher(const ChangeContext& change)
    : m_change(change)
{
}

Result<QList<InvestigationNotice>> InvestigationLauncher::preview(const InvestigationPlan& plan,
                                                                  const LaunchChoice& choice)
{
    FB_TRY_ASSIGN(auto loaded, MailTemplates(m_change.vault).load(QString::fromLatin1(kTemplate)));
    FB_TRY_ASSIGN(auto tag, MailStore(m_change.vault).subjectTag());
    OwnTeam own(m_change.vault);
    FB_TRY_ASSIGN(auto ownTeam, own.team());
    QString from = choice.from;
    if (from.isEmpty()) {
        FB_TRY_ASSIGN(auto sender, TeamPublisher::mailSender(m_change.vault));
        from = sender;
    }
    QString signKey = choice.signKey;
    if (signKey.isEmpty()) {
        FB_TRY_ASSIGN(auto teamKey, own.signingKey());
        signKey = teamKey;
    }

    QList<InvestigationNotice> notices;
    for (const InvestigationGroup& group : plan.groups) {
        if (group.refused || choice.excludedTeams.contains(group.teamId))
            continue;
        TemplateValues values;
        values.ticket = QStringLiteral("[%1 #%2]").arg(tag).arg(plan.incidentId);
        values.title = plan.incidentTitle;
        values.tlp = Tlp::label(plan.tlp);
        values.reporter = group.teamName;
        values.team = ownTeam ? ownTeam->displayName() : tr("the incident response team");
        values.greeting = tr("Dear colleagues,");
        values.observables = observableLines(group);
        const MailTemplate filled = MailTemplates::fill(loaded, values);

        InvestigationNotice notice;
        notice.teamId = group.teamId;
        notice.teamName = group.teamName;
        //: The title of an Investigation launched from an incident: team, then the incident's title
        notice.title = tr("%1: %2").arg(group.teamName, plan.incidentTitle);
        notice.observables = group.observableList();
        notice.mail.from = from;
        notice.mail.to = {group.recipient};
        notice.mail.subject = filled.subject;
        notice.mail.body = filled.body;
        notice.mail.tlp = plan.tlp;
        notice.mail.signKey = signKey;
        notice.mail.encrypt = group.encrypt;
        notices.append(notice);
    }
    if (notices.isEmpty())
        return fail(ErrorCode::BadInput,
                    tr("Nothing to launch: no team is left that can be asked (each was refused or left out)."),
                    QStringLiteral("plan"));
    return notices;
}

Result<QList<LaunchedInvestigation>> InvestigationLauncher::launch(const InvestigationPlan& plan,
                                                                   const LaunchChoice& choice, JobControl& control)
{
    FB_TRY_ASSIGN(auto notices, preview(plan, choice));
    if (notices.first().mail.signKey.isEmpty())
        return fail(ErrorCode::Usage,
                    tr("There is no team key to sign the notifications with; set the team key (or give one)."),
                    QStringLiteral("sign"));
    if (!m_keys)
        return fail(ErrorCode::Usage, tr("Signing the notifications needs the team's OpenPGP keys; none were given."),
                    QStringLiteral("openpgp"));
    // One change: every Investigation with its notification, or none. The first signature may ask for the team
    // key's passphrase while the change is open; nothing is visible to others before the commit.
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    TicketStores stores(m_change);
    MailComposer composer(m_change);
    composer.setKeys(m_keys);
    QList<LaunchedInvestigation> launched;
    const qint64 total = notices.size();
    for (InvestigationNotice& notice : notices) {
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, tr("Cancelled: no investigation was launched."));
        control.setProgress(launched.size(), total, tr("Writing to %1…").arg(notice.teamName));
        NewTicket ticket;
        ticket.kind = TicketKind::Investigation;
        ticket.title = notice.title;
        ticket.tlp = plan.tlp;
        ticket.owner = m_change.actor;
        ticket.reporter = notice.mail.to.value(0);
        ticket.reporterType = ReporterType::OtherCsirt;
        ticket.observables = notice.observables;
        ticket.incidentId = plan.incidentId;
        FB_TRY_ASSIGN(auto id, stores.workflow.create(ticket));
        notice.mail.ticketId = id;
        auto composed = composer.compose(notice.mail);
        if (!composed)
            return fail(Error{
                composed.error().code,
                tr("The notification to %1 could not be written: %2").arg(notice.teamName, composed.error().message),
                composed.error().where});
        FB_TRY(composer.storeSent(id, *composed));
        launched.append({notice.teamId, notice.teamName, id, *composed});
    }
    if (control.isCancelled())
        return fail(ErrorCode::Cancelled, tr("Cancelled: no investigation was launched."));
    FB_TRY(transaction.commit());
    control.setProgress(total, total, tr("Launched %n investigation(s).", nullptr, int(total)));
    return launched;
}

QString InvestigationLauncher::previewText(const InvestigationNotice& notice)
{
    QString protection;
    if (notice.mail.signKey.isEmpty())
        protection = notice.mail.encrypt ? tr("encrypted, not signed: there is no team key")
                                         : tr("not signed: there is no team key");
    else
        protection = notice.mail.encrypt ? tr("signed and encrypted") : tr("signed, not encrypted (no valid key)");
    return tr("To: %1\nSubject: %2 %3\nProtection: %4\n\n%5")
        .arg(notice.mail.to.join(QStringLiteral(", ")), Tlp::label(notice.mail.tlp), notice.mail.subject, protection,
             notice.mail.body);
}

} // namespace fb

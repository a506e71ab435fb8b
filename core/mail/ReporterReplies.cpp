// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/ReporterReplies.h"

#include "core/directory/OwnTeam.h"
#include "core/advisory/TeamPublisher.h"
#include "core/mail/MailReply.h"
#include "core/mail/MailStore.h"
#include "core/mail/MailTemplates.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Transaction.h"

#include <QHash>

#include <algorithm>

namespace fb {

ReporterReplies::ReporterReplies(const ChangeContext& change)
    : m_change(change)
{
}

Result<QList<ReporterReply>> ReporterReplies::reporters(qint64 incidentId, const QList<KeyInfo>& keys)
{
    TicketStores stores(m_change);
    FB_TRY_ASSIGN(auto incident, stores.tickets.get(incidentId));
    if (incident.kind != TicketKind::Incident)
        return fail(
            ErrorCode::BadInput,
            tr("Ticket #%1 is no incident: only an incident's reporters can be answered together.").arg(incidentId),
            QStringLiteral("ticket"));
    FB_TRY_ASSIGN(auto children, stores.workflow.childrenOf(incidentId));
    std::sort(children.begin(), children.end());
    MailReply reply(m_change.vault, m_change.clock);
    QList<ReporterReply> out;
    QHash<QString, int> byAddress;
    for (qint64 child : std::as_const(children)) {
        FB_TRY_ASSIGN(auto report, stores.tickets.get(child));
        if (report.kind != TicketKind::Report || report.mergedInto)
            continue;
        FB_TRY_ASSIGN(auto start, reply.start(report));
        const QString address = MailReply::addressOf(start.to);
        if (address.isEmpty())
            continue; // nobody to answer (a report typed in without an address)
        ReporterReply entry;
        entry.address = address;
        entry.to = start.to;
        entry.displayName = start.displayName;
        entry.reportId = report.id;
        if (start.original)
            entry.inReplyTo = start.original->id;
        // Reports come oldest first: a later report of the same reporter is the one answered.
        if (auto found = byAddress.constFind(address); found != byAddress.constEnd()) {
            ReporterReply& earlier = out[*found];
            entry.otherReports = earlier.otherReports;
            entry.otherReports.append(earlier.reportId);
            earlier = entry;
            continue;
        }
        byAddress.insert(address, int(out.size()));
        out.append(entry);
    }
    for (ReporterReply& entry : out) {
        entry.key = MailKeys::recipientKey(keys, entry.address);
        entry.encrypt = entry.key.status == RecipientKeyStatus::Valid;
        if ((incident.tlp == TlpLevel::Red || incident.tlp == TlpLevel::AmberStrict) && !entry.encrypt) {
            entry.refused = true;
            entry.refusal = tr("%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).")
                                .arg(Tlp::label(incident.tlp), entry.address, MailKeys::statusText(entry.key.status));
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.address < b.address; });
    return out;
}

Result<QString> ReporterReplies::defaultText()
{
    FB_TRY_ASSIGN(auto loaded, MailTemplates(m_change.vault).load(QString::fromLatin1(kTemplate)));
    return loaded.body;
}

Result<QList<OutgoingMail>> ReporterReplies::mails(qint64 incidentId, const QList<ReporterReply>& reporters,
                                                   const QStringList& except, const QString& text,
                                                   const QString& signKey)
{
    TicketStores stores(m_change);
    FB_TRY_ASSIGN(auto incident, stores.tickets.get(incidentId));
    MailStore store(m_change.vault);
    FB_TRY_ASSIGN(auto tag, store.subjectTag());
    FB_TRY_ASSIGN(auto quoting, store.quoteOriginal());
    FB_TRY_ASSIGN(auto ownTeam, OwnTeam(m_change.vault).team());
    FB_TRY_ASSIGN(auto from, TeamPublisher::mailSender(m_change.vault));
    QStringList left;
    for (const QString& address : except)
        left.append(MailReply::addressOf(address).isEmpty() ? address.trimmed().toLower()
                                                            : MailReply::addressOf(address));
    QList<OutgoingMail> out;
    for (const ReporterReply& reporter : reporters) {
        if (reporter.refused || left.contains(reporter.address))
            continue;
        TemplateValues values;
        values.ticket = QStringLiteral("[%1 #%2]").arg(tag).arg(incidentId);
        values.title = incident.title;
        values.tlp = Tlp::label(incident.tlp);
        values.reporter = reporter.displayName.isEmpty() ? reporter.address : reporter.displayName;
        values.team = ownTeam ? ownTeam->displayName() : tr("the incident response team");
        values.greeting = MailReply::greeting(reporter.displayName);
        QString body = MailTemplates::fill(MailTemplate{{}, {}, text, false}, values).body;
        if (reporter.inReplyTo && quoting) {
            FB_TRY_ASSIGN(auto messages, store.messagesOf(reporter.reportId, false));
            for (const StoredMessage& m : std::as_const(messages)) {
                if (m.id != *reporter.inReplyTo)
                    continue;
                if (!body.endsWith(QLatin1Char('\n')))
                    body += QLatin1Char('\n');
                body += QLatin1Char('\n') + MailReply::quote(m.message);
            }
        }
        OutgoingMail mail;
        mail.ticketId = reporter.reportId;
        mail.from = from;
        mail.to = {reporter.to};
        mail.body = body;
        mail.tlp = incident.tlp;
        mail.inReplyTo = reporter.inReplyTo; // no subject: "Re: " and the answered subject, threaded
        if (!reporter.inReplyTo)
            mail.subject = incident.title;
        mail.signKey = signKey;
        mail.encrypt = reporter.encrypt;
        out.append(mail);
    }
    if (out.isEmpty())
        return fail(ErrorCode::BadInput,
                    tr("Nobody to reply to: incident #%1 has no reporter left to answer.").arg(incidentId),
                    QStringLiteral("reporters"));
    return out;
}

Result<QList<ParsedMessage>> ReporterReplies::send(const QList<OutgoingMail>& mails, JobControl& control)
{
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    MailComposer composer(m_change);
    composer.setKeys(m_keys);
    QList<ParsedMessage> sent;
    for (const OutgoingMail& mail : mails) {
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, tr("Cancelled: no reply was stored."));
        control.setProgress(sent.size(), mails.size(), tr("Writing to %1…").arg(mail.to.join(QStringLiteral(", "))));
        auto composed = composer.composeAndStore(mail);
        if (!composed)
            return fail(Error{composed.error().code,
                              tr("The reply to %1 could not be written: %2")
                                  .arg(mail.to.join(QStringLiteral(", ")), composed.error().message),
                              composed.error().where});
        sent.append(*composed);
    }
    FB_TRY(transaction.commit());
    control.setProgress(mails.size(), mails.size(), tr("Stored %n reply(ies).", nullptr, int(mails.size())));
    return sent;
}

} // namespace fb

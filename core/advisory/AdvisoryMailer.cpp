// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryMailer.h"

#include "core/advisory/AdvisoryRenderer.h"
#include "core/advisory/CsafWriter.h"
#include "core/advisory/TeamPublisher.h"
#include "core/directory/DistributionListStore.h"
#include "core/mail/MailComposer.h"

namespace fb {

namespace {

QString refusedName(const ListRecipient& r)
{
    return r.highestTlp ? AdvisoryMailer::tr("%1 (up to %2)").arg(r.name, Tlp::label(*r.highestTlp))
                        : AdvisoryMailer::tr("%1 (no TLP level set)").arg(r.name);
}

} // namespace

AdvisoryMailer::AdvisoryMailer(const ChangeContext& change)
    : m_change(change)
{
}

bool AdvisoryMailer::mayReceive(TlpLevel label, const ListRecipient& recipient)
{
    return Tlp::mayReceive(label, recipient.highestTlp);
}

Result<QList<ListRecipient>> AdvisoryMailer::gate(TlpLevel label, const QString& listName,
                                                  const QList<ListRecipient>& recipients)
{
    if (recipients.isEmpty())
        return fail(ErrorCode::BadInput, tr("The distribution list “%1” has no members.").arg(listName),
                    QStringLiteral("list"));
    QStringList refused;
    QStringList withoutAddress;
    for (const ListRecipient& r : recipients) {
        if (!mayReceive(label, r))
            refused.append(refusedName(r));
        else if (r.address.isEmpty())
            withoutAddress.append(r.name);
    }
    if (!refused.isEmpty())
        return fail(ErrorCode::Conflict,
                    tr("Not sent: %1 may not go to %2 on the list “%3”. Take them off the list, raise their level in "
                       "the directory, or lower the advisory's label.")
                        .arg(Tlp::label(label), refused.join(QStringLiteral(", ")), listName),
                    QStringLiteral("tlp"));
    if (!withoutAddress.isEmpty())
        return fail(ErrorCode::BadInput,
                    tr("Not sent: %1 on the list “%2” have no e-mail address in the directory.")
                        .arg(withoutAddress.join(QStringLiteral(", ")), listName),
                    QStringLiteral("list"));
    return recipients;
}

Result<ParsedMessage> AdvisoryMailer::compose(const Advisory& advisory, const QString& listIdOrName,
                                              MailComposer& composer, const QString& signKey)
{
    if (advisory.status == AdvisoryStatus::Draft)
        return fail(ErrorCode::Conflict,
                    tr("Not sent: %1 is a draft. Publish it (interim or final) before mailing it to a list.")
                        .arg(advisory.identifier),
                    QStringLiteral("status"));
    DistributionListStore lists(m_change);
    FB_TRY_ASSIGN(auto list, lists.find(listIdOrName));
    FB_TRY_ASSIGN(auto recipients, lists.recipients(list.id, m_change.clock.nowUtc().date()));
    FB_TRY_ASSIGN(auto allowed, gate(advisory.tlp, list.name, recipients));
    FB_TRY_ASSIGN(auto publisher, TeamPublisher::fromWorkspace(m_change.vault));
    FB_TRY_ASSIGN(auto sender, TeamPublisher::mailSender(m_change.vault));

    OutgoingMail mail;
    mail.from = sender;
    // The list's members must not learn who else is on it: they are blind copies, To is our own address
    // (or, without one, the empty group RFC 5322 §3.6.3 suggests).
    mail.to.append(sender.isEmpty() ? QStringLiteral("undisclosed-recipients:;") : sender);
    for (const ListRecipient& r : allowed)
        mail.bcc.append(r.address);
    mail.subject = advisory.identifier + QStringLiteral(": ") + advisory.title;
    // The composer writes the TLP label as the first line; the text's own first line is that same label.
    mail.body = AdvisoryRenderer::toText(advisory);
    if (const QString label = Tlp::label(advisory.tlp) + QLatin1Char('\n'); mail.body.startsWith(label))
        mail.body.remove(0, label.size());
    mail.tlp = advisory.tlp;
    FB_TRY_ASSIGN(auto csaf, CsafWriter::writeChecked(advisory, publisher, m_change.clock.nowUtc()));
    mail.attachments.append({CsafWriter::fileName(advisory.identifier), QStringLiteral("application/json"), csaf, {}});
    mail.signKey = signKey;
    return composer.compose(mail);
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoCorrespondence.h"

#include "core/crypto/KeyringStore.h"
#include "core/mail/MailComposer.h"
#include "core/mail/MailImporter.h"
#include "core/mail/MailStore.h"
#include "core/tickets/TicketSearch.h"
#include "core/vault/Transaction.h"

#include <QFile>
#include <QLocale>

namespace fb {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kIspOne = u"abuse@isp-one.example.net"_s;
const QString kBankSoc = u"soc@bank.example.com"_s;

Result<QByteArray> resource(const QString& name)
{
    QFile file(u":/demo/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal,
                    DemoCorrespondence::tr("The demo file %1 is missing from this build.").arg(name));
    return file.readAll();
}

// The demo report a correspondent sent; NotFound when the workspace has no demo data.
Result<Ticket> reportFrom(Vault& vault, const QString& reporter)
{
    TicketQuery query;
    query.kind = TicketKind::Report;
    query.limit = 1000;
    FB_TRY_ASSIGN(auto reports, TicketSearch(vault).list(query));
    for (const Ticket& t : std::as_const(reports)) {
        if (t.reporter == reporter)
            return t;
    }
    return fail(ErrorCode::NotFound, DemoCorrespondence::tr("The demo report from %1 is missing.").arg(reporter));
}

QByteArray mailDate(const QDateTime& at)
{
    return QLocale::c().toString(at.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss"_s).toLatin1() + " +0000";
}

QByteArray headers(const QString& from, const QString& subject, const QByteArray& messageId, const QDateTime& at,
                   const QByteArray& inReplyTo = {})
{
    QByteArray h = "From: " + from.toUtf8() + "\r\nTo: CERT Demo <cert@example.org>\r\nDate: " + mailDate(at) +
                   "\r\nMessage-ID: <" + messageId + ">\r\nSubject: " + subject.toUtf8() + "\r\n";
    if (!inReplyTo.isEmpty())
        h += "In-Reply-To: <" + inReplyTo + ">\r\nReferences: <" + inReplyTo + ">\r\n";
    return h + "MIME-Version: 1.0\r\n";
}

} // namespace

Result<int> DemoCorrespondence::addTo(Vault& vault, const Clock& clock)
{
    FB_TRY_ASSIGN(auto tag, MailStore(vault).subjectTag());
    FB_TRY_ASSIGN(auto isp, reportFrom(vault, kIspOne));
    FB_TRY_ASSIGN(auto bank, reportFrom(vault, kBankSoc));
    auto ispFollowUp = resource(u"isp-one-follow-up.mime"_s);
    auto bankUpdate = resource(u"bank-soc-update.mime"_s);
    auto ispKey = resource(u"isp-one-abuse-desk.asc"_s);
    for (const auto* loaded : {&ispFollowUp, &bankUpdate, &ispKey}) {
        if (!*loaded)
            return fail(loaded->error());
    }

    const QDateTime now = clock.nowUtc();
    const QString ispSubject = u"[%1 #%2] %3"_s.arg(tag).arg(isp.id).arg(isp.title);
    const QByteArray original =
        headers(u"ISP One Abuse Desk <abuse@isp-one.example.net>"_s, ispSubject, "demo-isp-1@isp-one.example.net",
                now.addSecs(-26 * 3600)) +
        "Content-Type: multipart/mixed; boundary=\"demo-mixed\"\r\n\r\n--demo-mixed\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hello,\r\n\r\nour customers report SSH brute force from 203.0.113.45 since yesterday evening; an\r\n"
        "excerpt of the authentication log is attached. Could you look into it?\r\n\r\nISP One Abuse Desk\r\n"
        "--demo-mixed\r\nContent-Type: text/plain; name=\"auth-excerpt.log\"\r\n"
        "Content-Disposition: attachment; filename=\"auth-excerpt.log\"\r\n\r\n"
        "Mar  1 21:14:02 web3 sshd[2211]: Failed password for root from 203.0.113.45 port 52113 ssh2\r\n"
        "Mar  1 21:14:05 web3 sshd[2211]: Failed password for root from 203.0.113.45 port 52113 ssh2\r\n"
        "Mar  1 21:14:09 web3 sshd[2214]: Invalid user admin from 203.0.113.45 port 52140\r\n"
        "--demo-mixed--\r\n";
    const QByteArray followUp =
        headers(u"ISP One Abuse Desk <abuse@isp-one.example.net>"_s, u"Re: "_s + ispSubject,
                "demo-isp-2@isp-one.example.net", now.addSecs(-3 * 3600), "demo-isp-1@isp-one.example.net") +
        *ispFollowUp;
    const QByteArray update =
        headers(u"Example Bank SOC <soc@bank.example.com>"_s, u"[%1 #%2] %3"_s.arg(tag).arg(bank.id).arg(bank.title),
                "demo-bank-1@bank.example.com", now.addSecs(-5 * 3600)) +
        *bankUpdate;

    // The key goes in first (it runs gpg); the messages are one transaction.
    FB_TRY(KeyringStore(vault, clock).addKeys(*ispKey, tr("demo data")));
    Transaction transaction(vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    MailImporter importer(ChangeContext{vault, clock, u"alice"_s});
    int stored = 0;
    for (const QByteArray& raw : {original, update}) {
        FB_TRY_ASSIGN(auto imported, importer.importBytes(raw, tr("demo data")));
        stored += imported.outcome == ImportOutcome::Threaded ? 1 : 0;
    }
    FB_TRY_ASSIGN(auto messages, MailStore(vault).messagesOf(isp.id, false));
    OutgoingMail reply;
    reply.ticketId = isp.id;
    reply.from = u"CERT Demo <cert@example.org>"_s;
    reply.to = {kIspOne};
    reply.tlp = TlpLevel::Green;
    reply.body = u"Hello,\n\nthank you. 203.0.113.45 is one of your customers' VPS; it also attacks our constituency.\n"
                 "Could you have it taken offline and tell us when that is done?\n\nCERT Demo"_s;
    if (!messages.isEmpty())
        reply.inReplyTo = messages.last().id;
    const FixedClock replyClock(now.addSecs(-20 * 3600));
    FB_TRY(MailComposer(ChangeContext{vault, replyClock, u"alice"_s}).composeAndStore(reply));
    ++stored;
    FB_TRY_ASSIGN(auto last, importer.importBytes(followUp, tr("demo data")));
    stored += last.outcome == ImportOutcome::Threaded ? 1 : 0;
    FB_TRY(transaction.commit());
    return stored;
}

} // namespace fb

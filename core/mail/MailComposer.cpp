// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailComposer.h"

#include "core/crypto/OpenPgp.h"
#include "core/mail/MailCrypto.h"
#include "core/mail/MailKeys.h"
#include "core/mail/MailReply.h"
#include "core/mail/MessageParser.h"
#include "core/mail/MimeRuntime.h"
#include "core/mail/PgpMime.h"
#include "core/tickets/TicketStores.h"
#include "core/tickets/TicketTime.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

#include <gmime/gmime.h>

#include <memory>

namespace fb {

namespace {

struct ObjectUnref
{
    void operator()(void* object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T>
using GPtr = std::unique_ptr<T, ObjectUnref>;

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

Status addAddresses(GMimeMessage* message, GMimeAddressType type, const QStringList& addresses, const char* field)
{
    for (const QString& address : addresses) {
        const QByteArray bytes = utf8(address);
        InternetAddressList* parsed = internet_address_list_parse(nullptr, bytes.constData());
        if (!parsed || internet_address_list_length(parsed) == 0) {
            if (parsed)
                g_object_unref(parsed);
            return fail(ErrorCode::BadInput, MailComposer::tr("'%1' is not an e-mail address.").arg(address),
                        QLatin1String(field));
        }
        internet_address_list_append(g_mime_message_get_addresses(message, type), parsed);
        g_object_unref(parsed);
    }
    return {};
}

// Every address of the mail on `message`; refuses the first one GMime cannot read.
Status addAllAddresses(GMimeMessage* message, const OutgoingMail& mail)
{
    if (!mail.from.isEmpty())
        FB_TRY(addAddresses(message, GMIME_ADDRESS_TYPE_FROM, {mail.from}, "from"));
    FB_TRY(addAddresses(message, GMIME_ADDRESS_TYPE_TO, mail.to, "to"));
    FB_TRY(addAddresses(message, GMIME_ADDRESS_TYPE_CC, mail.cc, "cc"));
    return addAddresses(message, GMIME_ADDRESS_TYPE_BCC, mail.bcc, "bcc");
}

GMimeObject* attachmentPart(const MailAttachment& attachment)
{
    const QByteArray type =
        attachment.mimeType.isEmpty() ? QByteArray("application/octet-stream") : attachment.mimeType.toUtf8();
    const qsizetype slash = type.indexOf('/');
    GMimePart* part = g_mime_part_new_with_type(slash > 0 ? type.left(slash).constData() : "application",
                                                slash > 0 ? type.mid(slash + 1).constData() : "octet-stream");
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(attachment.content.constData(),
                                                               static_cast<size_t>(attachment.content.size())));
    GPtr<GMimeDataWrapper> wrapper(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_ATTACHMENT);
    if (!attachment.name.isEmpty())
        g_mime_part_set_filename(part, utf8(attachment.name).constData());
    return GMIME_OBJECT(part);
}

// The bare addresses of To and Cc, lower-case: whom an encrypted message must be readable by (an encrypted
// message has no blind copies).
QStringList recipientAddresses(GMimeMessage* message)
{
    QStringList out;
    for (GMimeAddressType type : {GMIME_ADDRESS_TYPE_TO, GMIME_ADDRESS_TYPE_CC}) {
        InternetAddressList* list = g_mime_message_get_addresses(message, type);
        const int count = list ? internet_address_list_length(list) : 0;
        for (int i = 0; i < count; ++i) {
            InternetAddress* address = internet_address_list_get_address(list, i);
            if (INTERNET_ADDRESS_IS_MAILBOX(address))
                out.append(
                    QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).toLower());
        }
    }
    return out;
}

QString ensureBracketed(const QString& id)
{
    return QLatin1Char('<') + id + QLatin1Char('>');
}

} // namespace

MailComposer::MailComposer(const ChangeContext& change)
    : m_change(change)
{
}

Status MailComposer::check(const OutgoingMail& mail)
{
    if (mail.to.isEmpty())
        return fail(ErrorCode::Usage, tr("Give at least one recipient."), QStringLiteral("to"));
    if ((mail.tlp == TlpLevel::Red || mail.tlp == TlpLevel::AmberStrict) && !mail.encrypt)
        return fail(ErrorCode::BadInput,
                    tr("%1 information may only be sent encrypted; ask for encryption to the recipient's key.")
                        .arg(Tlp::label(mail.tlp)),
                    QStringLiteral("tlp"));
    // An OpenPGP message names the key of every recipient it is encrypted to: a blind copy would not stay blind.
    if (mail.encrypt && !mail.bcc.isEmpty())
        return fail(ErrorCode::Usage,
                    tr("Blind copies cannot go in an encrypted message: it names every recipient's key, so the others "
                       "would see who else received it. Send the blind copies as a separate message."),
                    QStringLiteral("bcc"));
    // Without a ticket (an advisory to a distribution list) there is no tag, number or reply.
    if (mail.ticketId == 0 && (mail.inReplyTo || mail.subject.trimmed().isEmpty()))
        return fail(ErrorCode::Usage, tr("Mail that belongs to no ticket needs a subject and cannot be a reply."),
                    QStringLiteral("subject"));
    MimeRuntime::ensureInitialised();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    return addAllAddresses(message.get(), mail);
}

QStringList MailComposer::checkedFields()
{
    return {QStringLiteral("to"),   QStringLiteral("cc"),      QStringLiteral("bcc"),
            QStringLiteral("from"), QStringLiteral("subject"), QStringLiteral("tlp")};
}

Result<ParsedMessage> MailComposer::compose(const OutgoingMail& mail)
{
    FB_TRY(check(mail));
    if ((mail.encrypt || !mail.signKey.isEmpty()) && !m_keys)
        return fail(ErrorCode::Usage, tr("Signing or encrypting mail needs the team's OpenPGP keys; none were given."),
                    QStringLiteral("openpgp"));
    const bool forTicket = mail.ticketId != 0;
    TicketStores stores(m_change);
    FB_TRY_ASSIGN(auto ticket, forTicket ? stores.tickets.get(mail.ticketId) : Result<Ticket>(Ticket{}));
    MailStore store(m_change.vault);
    FB_TRY_ASSIGN(auto tag, store.subjectTag());

    std::optional<StoredMessage> original;
    if (mail.inReplyTo) {
        FB_TRY_ASSIGN(auto messages, store.messagesOf(mail.ticketId, false));
        for (const StoredMessage& m : messages)
            if (m.id == *mail.inReplyTo)
                original = m;
        if (!original)
            return fail(ErrorCode::NotFound,
                        tr("Ticket #%1 has no stored message %2 to reply to.").arg(mail.ticketId).arg(*mail.inReplyTo),
                        QStringLiteral("reply"));
    }

    QString subject = mail.subject.trimmed();
    if (subject.isEmpty())
        subject = original ? original->message.subject : ticket.title;
    // One tag, one label: drop those already in a replied subject before putting ours in front.
    subject.remove(QRegularExpression(QStringLiteral("\\[\\s*") + QRegularExpression::escape(tag) +
                                          QStringLiteral("\\s+#\\d+\\s*\\]\\s*"),
                                      QRegularExpression::CaseInsensitiveOption));
    subject.remove(QRegularExpression(QStringLiteral("TLP:(CLEAR|WHITE|GREEN|AMBER\\+STRICT|AMBER|RED)\\s*"),
                                      QRegularExpression::CaseInsensitiveOption));
    subject = subject.trimmed();
    if (original && !subject.startsWith(QLatin1String("Re:"), Qt::CaseInsensitive))
        subject.prepend(QStringLiteral("Re: "));
    const QString fullSubject =
        forTicket ? QStringLiteral("[%1 #%2] %3 %4").arg(tag).arg(mail.ticketId).arg(Tlp::label(mail.tlp), subject)
                  : QStringLiteral("%1 %2").arg(Tlp::label(mail.tlp), subject);

    MimeRuntime::ensureInitialised();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    FB_TRY(addAllAddresses(message.get(), mail));
    // Refuse a recipient without a key before anything is signed (and a passphrase asked for).
    QStringList recipientKeys;
    if (mail.encrypt) {
        FB_TRY_ASSIGN(auto keys, m_keys->recipientKeys(recipientAddresses(message.get())));
        recipientKeys = keys;
        if (!mail.signKey.isEmpty()) {
            FB_TRY(m_keys->addOwnKey(mail.signKey));
            recipientKeys.append(OpenPgp::normalisedFingerprint(mail.signKey));
        }
    }
    g_mime_message_set_subject(message.get(), utf8(fullSubject).constData(), "utf-8");
    GDateTime* date = g_date_time_new_from_unix_utc(m_change.clock.nowUtc().toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);
    QByteArray domain = utf8(mail.from.section(QLatin1Char('@'), -1).remove(QLatin1Char('>')).trimmed());
    if (domain.isEmpty() || !mail.from.contains(QLatin1Char('@')))
        domain = "firebreak.invalid";
    char* id = g_mime_utils_generate_message_id(domain.constData());
    g_mime_message_set_message_id(message.get(), id);
    g_free(id);
    if (original && !original->message.messageId.isEmpty()) {
        QStringList references = original->message.references;
        references.append(original->message.messageId);
        QStringList bracketed;
        for (const QString& r : references)
            bracketed.append(ensureBracketed(r));
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "In-Reply-To",
                                 utf8(ensureBracketed(original->message.messageId)).constData(), nullptr);
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "References",
                                 utf8(bracketed.join(QLatin1Char(' '))).constData(), nullptr);
    }

    // TLP 2.0: the label in the subject and as the first line of the text.
    QString body = Tlp::label(mail.tlp) + QStringLiteral("\n\n") + mail.body;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    GMimeTextPart* text = g_mime_text_part_new_with_subtype("plain");
    g_mime_text_part_set_text(text, utf8(body).constData());
    GPtr<GMimeObject> content;
    if (mail.attachments.isEmpty()) {
        content.reset(GMIME_OBJECT(text));
    } else {
        GMimeMultipart* mixed = g_mime_multipart_new_with_subtype("mixed");
        g_mime_multipart_add(mixed, GMIME_OBJECT(text));
        g_object_unref(text);
        for (const MailAttachment& a : mail.attachments) {
            GMimeObject* part = attachmentPart(a);
            g_mime_multipart_add(mixed, part);
            g_object_unref(part);
        }
        content.reset(GMIME_OBJECT(mixed));
    }

    // What the stored view of an encrypted, unsigned message is read from: the message before its headers are
    // copied into its content (written whole, those copies would stand beside the outer fields).
    std::optional<QByteArray> viewRaw;
    if (mail.encrypt && mail.signKey.isEmpty()) {
        g_mime_message_set_mime_part(message.get(), content.get());
        viewRaw = PgpMime::write(GMIME_OBJECT(message.get()), false);
    }
    if (mail.encrypt) {
        // The real subject (often a victim's name) travels inside the encryption; outside only our tag and the
        // TLP label, so that replies from any client still thread and the label stays visible.
        const QString outerSubject =
            forTicket ? QStringLiteral("[%1 #%2] %3 [...]").arg(tag).arg(mail.ticketId).arg(Tlp::label(mail.tlp))
                      : QStringLiteral("%1 [...]").arg(Tlp::label(mail.tlp));
        PgpMime::protectHeaders(content.get(), message.get(), outerSubject);
    }

    QString signatureStatus;
    QString signer;
    if (!mail.signKey.isEmpty()) {
        // RFC 3156: sign the part as it will be sent (7-bit, CRLF), then send exactly those bytes.
        GPtr<GMimeObject> fixed(PgpMime::fixForSigning(content.get()));
        if (!fixed)
            return fail(ErrorCode::Internal, tr("The message part to sign could not be prepared."));
        const QByteArray canonical = PgpMime::canonical(fixed.get());
        FB_TRY_ASSIGN(auto signature, m_keys->secret().detachedSign(canonical, mail.signKey));
        FB_TRY_ASSIGN(auto check, m_keys->secret().verifyDetached(canonical, signature.signature));
        signatureStatus = MailCrypto::statusKey(check.status);
        signer = check.fingerprint;
        content.reset(PgpMime::signedEntity(fixed.get(), signature));
    }
    g_mime_message_set_mime_part(message.get(), content.get());
    QByteArray raw = PgpMime::write(GMIME_OBJECT(message.get()), false);
    MessageParser::Outcome parsed = MessageParser::parse(viewRaw ? *viewRaw : raw);
    if (!parsed.quarantineReason.isEmpty())
        return fail(ErrorCode::Internal,
                    tr("The composed message could not be read back: %1").arg(parsed.quarantineReason));
    if (mail.encrypt) {
        MessageParser::applyProtectedHeaders(content.get(), parsed.message); // the view shows the real subject
        FB_TRY_ASSIGN(auto ciphertext, m_keys->keyring().encrypt(PgpMime::canonical(content.get()), recipientKeys));
        GPtr<GMimeObject> encrypted(PgpMime::encryptedEntity(ciphertext));
        g_mime_message_set_mime_part(message.get(), encrypted.get());
        raw = PgpMime::write(GMIME_OBJECT(message.get()), false);
        // The stored view keeps the text and attachments we wrote; the raw message is what was sent.
        parsed.message.raw = raw;
        parsed.message.rawSha256 = QCryptographicHash::hash(raw, QCryptographicHash::Sha256);
        parsed.message.isEncrypted = true;
    }
    if (!signatureStatus.isEmpty()) {
        parsed.message.signatureStatus = signatureStatus;
        parsed.message.signerFingerprint = signer;
    }
    return parsed.message;
}

Result<ParsedMessage> MailComposer::composeAndStore(const OutgoingMail& mail)
{
    if (mail.ticketId == 0)
        return fail(ErrorCode::Usage, tr("Only mail about a ticket is stored with it."), QStringLiteral("ticket"));
    auto composed = compose(mail);
    if (!composed)
        return composed;
    FB_TRY(storeSent(mail.ticketId, *composed));
    return composed;
}

Status MailComposer::storeSent(qint64 ticketId, const ParsedMessage& sent)
{
    if (ticketId == 0)
        return fail(ErrorCode::Usage, tr("Only mail about a ticket is stored with it."), QStringLiteral("ticket"));
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return transaction.status();
    TicketStores stores(m_change);
    TicketRepository& tickets = stores.tickets;
    FB_TRY_ASSIGN(auto ticket, tickets.get(ticketId));
    MailStore store(m_change.vault);
    FB_TRY_ASSIGN(auto earlier, store.messagesOf(ticketId, false));
    const QDateTime now = m_change.clock.nowUtc();
    FB_TRY(store.insert(ticketId, MailDirection::Out, sent, {}, now));
    FB_TRY(tickets.record(ticketId, QStringLiteral("mail"), QStringLiteral("out"), std::nullopt, sent.dedupKey()));

    // Answering the reporter is the first response: its SLA clock stops, once. A closed ticket's response is its
    // closing (SlaPolicy), and closing sets it too.
    QStringList receivedIds;
    for (const StoredMessage& m : std::as_const(earlier)) {
        if (m.direction == MailDirection::In && !m.message.messageId.isEmpty())
            receivedIds.append(m.message.messageId);
    }
    if (!ticket.firstResponseAt.isValid() && !ticket.closedAt.isValid() &&
        MailReply::answersReporter(ticket, sent, receivedIds)) {
        FB_TRY(tickets.updateFirstResponse(ticketId, now));
        FB_TRY(tickets.record(ticketId, QStringLiteral("set"), QStringLiteral("first-response"), std::nullopt,
                              isoOrEmpty(now)));
    }
    return transaction.commit();
}

QByteArray MailComposer::toMbox(const QList<StoredMessage>& messages)
{
    static const QRegularExpression fromLine(QStringLiteral("(^|\\n)(>*From )"));
    QByteArray out;
    for (const StoredMessage& s : messages) {
        const QDateTime when = s.message.date.isValid() ? s.message.date : s.importedAt;
        const QString sender =
            s.message.fromAddress.isEmpty() ? QStringLiteral("MAILER-DAEMON") : s.message.fromAddress;
        out += "From " + sender.toUtf8() + ' ' +
               QLocale::c().toString(when.toUTC(), QStringLiteral("ddd MMM d HH:mm:ss yyyy")).toUtf8() + '\n';
        // mboxrd: every line that starts with >*From gets one more '>'.
        QString raw = QString::fromLatin1(s.message.raw);
        raw.replace(fromLine, QStringLiteral("\\1>\\2"));
        QByteArray bytes = raw.toLatin1();
        if (!bytes.endsWith('\n'))
            bytes += '\n';
        out += bytes + '\n';
    }
    return out;
}

} // namespace fb

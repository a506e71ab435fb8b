// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MailExportCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "app/cli/KeyPassphrase.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailComposer.h"
#include "core/mail/MailKeys.h"
#include "core/mail/MailStore.h"
#include "core/taxonomy/Tlp.h"
#include "core/tickets/TicketRepository.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>

#include <memory>

namespace fb {

namespace {

// The output file, opened before any work so that a refused path costs nothing; an existing file only with force.
Result<std::unique_ptr<QFile>> openOutput(const QString& path, bool force)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return std::unique_ptr<QFile>();
    if (QFileInfo::exists(path) && !force)
        return fail(ErrorCode::Conflict,
                    MailExportCommands::tr("“%1” already exists; give --force to replace it.").arg(path), path);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ErrorCode::Io, MailExportCommands::tr("Cannot write “%1”: %2.").arg(path, file->errorString()),
                    path);
    return file;
}

Status writeOutput(QFile* file, const QByteArray& data)
{
    if (!file) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return fail(ErrorCode::Io, MailExportCommands::tr("Cannot write to standard output."));
        return {};
    }
    if (file->write(data) != data.size() || !file->flush())
        return fail(ErrorCode::Io,
                    MailExportCommands::tr("Cannot write “%1”: %2.").arg(file->fileName(), file->errorString()),
                    file->fileName());
    file->close();
    return {};
}

QString directionKey(MailDirection direction)
{
    return MailStore::directionKey(direction);
}

QJsonObject messageJson(const StoredMessage& m)
{
    QJsonObject o;
    o.insert(s("id"), m.id);
    o.insert(s("ticket"), m.ticketId);
    o.insert(s("direction"), directionKey(m.direction));
    o.insert(s("messageId"), m.message.messageId);
    o.insert(s("from"), m.message.from);
    o.insert(s("subject"), m.message.subject);
    o.insert(s("date"), CliContext::isoUtc(m.message.date));
    o.insert(s("signatureStatus"), m.message.signatureStatus);
    o.insert(s("signer"), m.message.signerFingerprint);
    o.insert(s("encrypted"), m.message.isEncrypted);
    return o;
}

// Who a reply goes to and what it answers: the newest message we received on the ticket.
std::optional<StoredMessage> newestIncoming(const QList<StoredMessage>& messages)
{
    std::optional<StoredMessage> newest;
    for (const StoredMessage& m : messages)
        if (m.direction == MailDirection::In)
            newest = m;
    return newest;
}

// Recipients and the answered message by kind: a reply goes to the sender of the answered message (--reply-to,
// else the newest received one), else to the reporter; a notification to an Investigation goes to its
// correspondent; otherwise --to is needed.
Status address(OutgoingMail& mail, const QString& kind, std::optional<qint64> replyId, const Ticket& ticket,
               const QList<StoredMessage>& messages)
{
    if (kind == QLatin1String("reply")) {
        std::optional<StoredMessage> original;
        if (replyId) {
            mail.inReplyTo = *replyId;
            for (const StoredMessage& m : messages)
                if (m.id == *replyId)
                    original = m;
        } else if ((original = newestIncoming(messages))) {
            mail.inReplyTo = original->id;
        }
        if (mail.to.isEmpty()) {
            if (original && !original->message.from.isEmpty())
                mail.to.append(original->message.from);
            else if (!ticket.reporter.isEmpty())
                mail.to.append(ticket.reporter);
        }
        if (mail.to.isEmpty())
            return fail(
                ErrorCode::Usage,
                MailExportCommands::tr("Ticket #%1 has no reporter address to reply to; give --to.").arg(ticket.id),
                s("to"));
        return {};
    }
    if (mail.to.isEmpty() && kind == QLatin1String("notify") && ticket.kind == TicketKind::Investigation &&
        !ticket.reporter.isEmpty())
        mail.to.append(ticket.reporter);
    if (mail.to.isEmpty())
        return fail(ErrorCode::Usage, MailExportCommands::tr("Give the recipient with --to."), s("to"));
    return {};
}

// "CERT-XX <cert@example.org>": our team's short (else official) name and its first e-mail channel.
Result<QString> teamSender(OwnTeam& ownTeam)
{
    auto team = ownTeam.team();
    if (!team)
        return fail(team.error());
    if (*team)
        for (const Channel& channel : (*team)->channels)
            if (channel.kind == ChannelKind::Email)
                return QStringLiteral("%1 <%2>").arg(
                    (*team)->shortName.isEmpty() ? (*team)->officialName : (*team)->shortName, channel.value);
    return fail(ErrorCode::Usage,
                MailExportCommands::tr(
                    "Our team has no e-mail address in the directory; give --from or choose our team with one."),
                s("from"));
}

} // namespace

QList<Command> MailExportCommands::commands()
{
    return {
        {s("mail"), s("compose"),
         QT_TRANSLATE_NOOP("fb::Command", "Write a reply, notification or list message from a ticket (.eml)"), compose},
        {s("mail"), s("export"),
         QT_TRANSLATE_NOOP("fb::Command", "Export a ticket's correspondence as mbox, or one message as .eml"),
         exportMail},
    };
}

Status MailExportCommands::compose(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("TICKET"), MailExportCommands::tr("The ticket the message is about."));
    const QCommandLineOption kind =
        option("kind",
               MailExportCommands::tr(
                   "reply (to the reporter, answering the newest received message; the default), notify (another "
                   "team; an Investigation's correspondent unless --to is given) or list (a mailing list)."),
               "KIND");
    const QCommandLineOption to = option("to", MailExportCommands::tr("A recipient (repeatable)."), "ADDRESS");
    const QCommandLineOption cc = option("cc", MailExportCommands::tr("A copy recipient (repeatable)."), "ADDRESS");
    const QCommandLineOption bcc = option(
        "bcc",
        MailExportCommands::tr("A blind copy recipient (repeatable; for the sending MTA, which drops the line)."),
        "ADDRESS");
    const QCommandLineOption from =
        option("from", MailExportCommands::tr("The sender (default: our team's name and first e-mail)."), "ADDRESS");
    const QCommandLineOption subject =
        option("subject", MailExportCommands::tr("The subject, without tag and TLP label."), "TEXT");
    const QCommandLineOption bodyFile =
        option("body-file", MailExportCommands::tr("The UTF-8 text of the message; '-' for standard input."), "FILE");
    const QCommandLineOption attach = option("attach", MailExportCommands::tr("Attach a file (repeatable)."), "FILE");
    const QCommandLineOption tlp = option(
        "tlp", MailExportCommands::tr("TLP label (default: the ticket's): CLEAR, GREEN, AMBER, AMBER+STRICT, RED."),
        "LABEL");
    const QCommandLineOption replyTo = option(
        "reply-to",
        MailExportCommands::tr("With --kind reply: the stored message (id from 'mail export --json') to answer."),
        "ID");
    const QCommandLineOption sign = option("sign", MailExportCommands::tr("Sign with PGP/MIME using the team key."));
    const QCommandLineOption key = option(
        "key", MailExportCommands::tr("Sign with this key instead of the team key (implies --sign)."), "FINGERPRINT");
    const QCommandLineOption encrypt = option(
        "encrypt", MailExportCommands::tr("Encrypt to every recipient's key in the workspace keyring (PGP/MIME)."));
    const QCommandLineOption keyPassphraseFile = KeyPassphrase::fileOption();
    const QCommandLineOption out =
        option("out", MailExportCommands::tr("Where to write the .eml; '-' for standard output."), "FILE");
    const QCommandLineOption force = option("force", MailExportCommands::tr("Replace an existing output file."));
    for (const auto* o : {&kind, &to, &cc, &bcc, &from, &subject, &bodyFile, &attach, &tlp, &replyTo, &sign, &key,
                          &encrypt, &keyPassphraseFile, &out, &force})
        parser.addOption(*o);
    auto parsed = context.parse(
        parser, s("mail compose"), s("TICKET"),
        MailExportCommands::tr("Compose a message from a ticket with our subject tag and the TLP label, sign and "
                               "encrypt it with OpenPGP when asked, write it as .eml and store it on the ticket."),
        arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto ticketId = CliContext::parseTicketId(parser.positionalArguments().first());
    if (!ticketId)
        return fail(ticketId.error());
    const QString kindValue = parser.isSet(kind) ? parser.value(kind).toLower() : s("reply");
    if (kindValue != QLatin1String("reply") && kindValue != QLatin1String("notify") &&
        kindValue != QLatin1String("list"))
        return fail(ErrorCode::Usage, MailExportCommands::tr("--kind is reply, notify or list."), s("kind"));
    if (!parser.isSet(out))
        return fail(ErrorCode::Usage, MailExportCommands::tr("Give --out FILE.eml (or '-' for standard output)."),
                    s("out"));
    if (!parser.isSet(bodyFile))
        return fail(ErrorCode::Usage,
                    MailExportCommands::tr("Give the text with --body-file FILE (or '-' for standard input)."),
                    s("body-file"));
    std::optional<TlpLevel> level;
    if (parser.isSet(tlp)) {
        level = Tlp::parse(parser.value(tlp));
        if (!level)
            return fail(ErrorCode::BadInput, MailExportCommands::tr("“%1” is not a TLP label.").arg(parser.value(tlp)),
                        s("tlp"));
    }

    OutgoingMail mail;
    mail.ticketId = *ticketId;
    mail.to = parser.values(to);
    mail.cc = parser.values(cc);
    mail.bcc = parser.values(bcc);
    mail.subject = parser.value(subject);
    mail.encrypt = parser.isSet(encrypt);
    auto body = CliFiles::read(parser.value(bodyFile));
    if (!body)
        return fail(body.error());
    mail.body = QString::fromUtf8(*body);
    QMimeDatabase mimeTypes;
    for (const QString& path : parser.values(attach)) {
        auto content = CliFiles::read(path);
        if (!content)
            return fail(content.error());
        MailAttachment attachment;
        attachment.name = QFileInfo(path).fileName();
        attachment.mimeType = mimeTypes.mimeTypeForFileNameAndData(path, *content).name();
        attachment.content = std::move(*content);
        mail.attachments.append(std::move(attachment));
    }

    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TicketRepository tickets(**vault, context.clock(), context.actor());
    auto ticket = tickets.get(*ticketId);
    if (!ticket)
        return fail(ticket.error());
    mail.tlp = level.value_or(ticket->tlp);
    MailStore store(**vault);
    auto messages = store.messagesOf(*ticketId, false);
    if (!messages)
        return fail(messages.error());
    std::optional<qint64> replyId;
    if (parser.isSet(replyTo)) {
        bool ok = false;
        replyId = parser.value(replyTo).toLongLong(&ok);
        if (!ok)
            return fail(ErrorCode::BadInput, MailExportCommands::tr("--reply-to takes a stored message id."),
                        s("reply-to"));
    }
    if (auto status = address(mail, kindValue, replyId, *ticket, *messages); !status)
        return status;
    OwnTeam ownTeam(**vault);
    mail.from = parser.value(from);
    if (mail.from.isEmpty()) {
        auto sender = teamSender(ownTeam);
        if (!sender)
            return fail(sender.error());
        mail.from = *sender;
    }
    if (parser.isSet(key)) {
        mail.signKey = parser.value(key);
    } else if (parser.isSet(sign)) {
        auto teamKey = ownTeam.signingKey();
        if (!teamKey)
            return fail(teamKey.error());
        if (teamKey->isEmpty())
            return fail(ErrorCode::Usage,
                        MailExportCommands::tr("There is no team key to sign with; give --key or set the team key."),
                        s("sign"));
        mail.signKey = *teamKey;
    }

    auto file = openOutput(parser.value(out), parser.isSet(force));
    if (!file)
        return fail(file.error());
    MailComposer composer(**vault, context.clock(), context.actor());
    std::unique_ptr<MailKeys> keys;
    if (!mail.signKey.isEmpty() || mail.encrypt) {
        auto opened =
            MailKeys::forWorkspace(**vault, context.clock(), KeyPassphrase::callback(parser.value(keyPassphraseFile)));
        if (!opened)
            return fail(opened.error());
        keys = std::move(*opened);
        composer.setKeys(keys.get());
    }
    auto sent = composer.composeAndStore(mail);
    if (!sent) {
        if (*file)
            (*file)->remove(); // nothing half-written stays behind
        return fail(sent.error());
    }
    if (auto status = writeOutput(file->get(), sent->raw); !status)
        return status;
    if (context.json()) {
        QJsonObject o;
        o.insert(s("ticket"), *ticketId);
        o.insert(s("messageId"), sent->messageId);
        o.insert(s("subject"), sent->subject);
        o.insert(s("to"), sent->to);
        o.insert(s("bcc"), sent->bcc);
        o.insert(s("signed"), !mail.signKey.isEmpty());
        o.insert(s("signatureStatus"), sent->signatureStatus);
        o.insert(s("signer"), sent->signerFingerprint);
        o.insert(s("encrypted"), sent->isEncrypted);
        o.insert(s("file"), *file ? (*file)->fileName() : s("-"));
        if (*file)
            context.printJson(o);
    } else if (*file) {
        context.out() << MailExportCommands::tr("Wrote %1 to %2 and stored it on ticket #%3.")
                             .arg(sent->subject, (*file)->fileName())
                             .arg(*ticketId)
                      << u'\n';
    }
    return {};
}

Status MailExportCommands::exportMail(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("TICKET"), MailExportCommands::tr("The ticket whose mail to export."));
    const QCommandLineOption message =
        option("message", MailExportCommands::tr("Export only this stored message, as .eml."), "ID");
    const QCommandLineOption out = option(
        "out",
        MailExportCommands::tr("Where to write (mboxrd, or .eml with --message); '-' or none for standard output."),
        "FILE");
    const QCommandLineOption force = option("force", MailExportCommands::tr("Replace an existing output file."));
    for (const auto* o : {&message, &out, &force})
        parser.addOption(*o);
    auto parsed = context.parse(
        parser, s("mail export"), s("TICKET"),
        MailExportCommands::tr("Write a ticket's whole correspondence, received and sent, oldest first, as an "
                               "mboxrd file, or one message exactly as received or sent. With --json, list the "
                               "exported messages."),
        arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto ticketId = CliContext::parseTicketId(parser.positionalArguments().first());
    if (!ticketId)
        return fail(ticketId.error());
    std::optional<qint64> messageId;
    if (parser.isSet(message)) {
        bool ok = false;
        messageId = parser.value(message).toLongLong(&ok);
        if (!ok)
            return fail(ErrorCode::BadInput, MailExportCommands::tr("--message takes a stored message id."),
                        s("message"));
    }
    const QString outPath = parser.value(out);
    if (context.json() && (outPath.isEmpty() || outPath == QLatin1String("-")))
        return fail(ErrorCode::Usage, MailExportCommands::tr("With --json, give --out FILE for the mail itself."),
                    s("out"));

    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TicketRepository tickets(**vault, context.clock(), context.actor());
    if (auto ticket = tickets.get(*ticketId); !ticket)
        return fail(ticket.error());
    MailStore store(**vault);
    auto messages = store.messagesOf(*ticketId, true);
    if (!messages)
        return fail(messages.error());
    QList<StoredMessage> chosen;
    for (const StoredMessage& m : std::as_const(*messages))
        if (!messageId || m.id == *messageId)
            chosen.append(m);
    if (messageId && chosen.isEmpty())
        return fail(ErrorCode::NotFound,
                    MailExportCommands::tr("Ticket #%1 has no stored message %2.").arg(*ticketId).arg(*messageId),
                    s("message"));

    auto file = openOutput(outPath, parser.isSet(force));
    if (!file)
        return fail(file.error());
    const QByteArray data = messageId ? chosen.first().message.raw : MailComposer::toMbox(chosen);
    if (auto status = writeOutput(file->get(), data); !status)
        return status;
    if (context.json()) {
        QJsonArray list;
        for (const StoredMessage& m : std::as_const(chosen))
            list.append(messageJson(m));
        context.printJson(list);
    } else if (*file) {
        context.out() << MailExportCommands::tr("Wrote %n message(s) of ticket #%1 to %2.", nullptr,
                                                static_cast<int>(chosen.size()))
                             .arg(*ticketId)
                             .arg((*file)->fileName())
                      << u'\n';
    }
    return {};
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MailExportCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/KeyPassphrase.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailComposer.h"
#include "core/mail/MailKeys.h"
#include "core/mail/MailReply.h"
#include "core/mail/MailStore.h"
#include "core/taxonomy/Tlp.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Vault.h"

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

// Recipients and the answered message by kind: a reply answers --reply-to, else the newest received message, and
// goes to its sender, else to the reporter (MailReply, as the GUI composer starts a reply); a notification to an
// Investigation goes to its correspondent; otherwise --to is needed.
Status address(OutgoingMail& mail, const QString& kind, std::optional<qint64> replyId, const Ticket& ticket,
               MailReply& reply)
{
    if (kind == QLatin1String("reply")) {
        FB_TRY_ASSIGN(auto start, reply.start(ticket, replyId));
        if (start.original)
            mail.inReplyTo = start.original->id;
        if (mail.to.isEmpty() && !start.to.isEmpty())
            mail.to.append(start.to);
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
// An optional stored message id given with `option`; BadInput with `error` when it is not a number.
Result<std::optional<qint64>> messageIdOption(const CommandCall& call, const char* option, const QString& error)
{
    if (!call.isSet(option))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = call.value(option).toLongLong(&ok);
    if (!ok)
        return fail(ErrorCode::BadInput, error, s(option));
    return std::optional<qint64>(id);
}

Result<QString> teamSender(OwnTeam& ownTeam)
{
    FB_TRY_ASSIGN(auto team, ownTeam.team());
    if (team)
        for (const Channel& channel : (team)->channels)
            if (channel.kind == ChannelKind::Email)
                return QStringLiteral("%1 <%2>").arg(
                    (team)->shortName.isEmpty() ? (team)->officialName : (team)->shortName, channel.value);
    return fail(ErrorCode::Usage,
                MailExportCommands::tr(
                    "Our team has no e-mail address in the directory; give --from or choose our team with one."),
                s("from"));
}

} // namespace

namespace {

class MailComposeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailExportCommands)

public:
    MailComposeCommand()
        : Command({
              .noun = s("mail"),
              .verb = s("compose"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Write a reply, notification or list message from a ticket (.eml)"),
              .description = MailExportCommands::tr(
                  "Compose a message from a ticket with our subject tag and the TLP label, sign and "
                  "encrypt it with OpenPGP when asked, write it as .eml and store it on the ticket."),
              .synopsis = s("TICKET"),
              .arguments = {{s("TICKET"), MailExportCommands::tr("The ticket the message is about.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options =
                  {option("kind",
                          MailExportCommands::tr(
                              "reply (to the reporter, answering the newest received message; the default), notify "
                              "(another "
                              "team; an Investigation's correspondent unless --to is given) or list (a mailing list)."),
                          "KIND"),
                   option("to", MailExportCommands::tr("A recipient (repeatable)."), "ADDRESS"),
                   option("cc", MailExportCommands::tr("A copy recipient (repeatable)."), "ADDRESS"),
                   option("bcc",
                          MailExportCommands::tr(
                              "A blind copy recipient (repeatable; for the sending MTA, which drops the line)."),
                          "ADDRESS"),
                   option("from", MailExportCommands::tr("The sender (default: our team's name and first e-mail)."),
                          "ADDRESS"),
                   option("subject", MailExportCommands::tr("The subject, without tag and TLP label."), "TEXT"),
                   option("body-file", MailExportCommands::tr("The UTF-8 text of the message; '-' for standard input."),
                          "FILE"),
                   option("attach", MailExportCommands::tr("Attach a file (repeatable)."), "FILE"),
                   option("tlp",
                          MailExportCommands::tr(
                              "TLP label (default: the ticket's): CLEAR, GREEN, AMBER, AMBER+STRICT, RED."),
                          "LABEL"),
                   option("reply-to",
                          MailExportCommands::tr(
                              "With --kind reply: the stored message (id from 'mail export --json') to answer."),
                          "ID"),
                   option("sign", MailExportCommands::tr("Sign with PGP/MIME using the team key.")),
                   option("key", MailExportCommands::tr("Sign with this key instead of the team key (implies --sign)."),
                          "FINGERPRINT"),
                   option("encrypt", MailExportCommands::tr(
                                         "Encrypt to every recipient's key in the workspace keyring (PGP/MIME).")),
                   KeyPassphrase::fileOption(),
                   option("out", MailExportCommands::tr("Where to write the .eml; '-' for standard output."), "FILE"),
                   option("force", MailExportCommands::tr("Replace an existing output file."))},
          })
    {
    }
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    qint64 m_ticketId = 0;
    QString m_kind;
    std::optional<TlpLevel> m_level;
    std::optional<qint64> m_replyId;
    OutgoingMail m_mail;
};

} // namespace

Status MailComposeCommand::check(CommandCall& call)
{
    FB_TRY_ASSIGN(auto ticketId, CliContext::parseTicketId(call.positional(0)));
    m_ticketId = ticketId;
    m_kind = call.isSet("kind") ? call.value("kind").toLower() : s("reply");
    if (m_kind != QLatin1String("reply") && m_kind != QLatin1String("notify") && m_kind != QLatin1String("list"))
        return fail(ErrorCode::Usage, MailExportCommands::tr("--kind is reply, notify or list."), s("kind"));
    if (!call.isSet("out"))
        return fail(ErrorCode::Usage, MailExportCommands::tr("Give --out FILE.eml (or '-' for standard output)."),
                    s("out"));
    if (!call.isSet("body-file"))
        return fail(ErrorCode::Usage,
                    MailExportCommands::tr("Give the text with --body-file FILE (or '-' for standard input)."),
                    s("body-file"));
    if (call.isSet("tlp")) {
        m_level = Tlp::parse(call.value("tlp"));
        if (!m_level)
            return fail(ErrorCode::BadInput, MailExportCommands::tr("“%1” is not a TLP label.").arg(call.value("tlp")),
                        s("tlp"));
    }

    OutgoingMail& mail = m_mail;
    mail.ticketId = ticketId;
    mail.to = call.values("to");
    mail.cc = call.values("cc");
    mail.bcc = call.values("bcc");
    mail.subject = call.value("subject");
    mail.encrypt = call.isSet("encrypt");
    FB_TRY_ASSIGN(auto body, CliFiles::read(call.value("body-file")));
    mail.body = QString::fromUtf8(body);
    QMimeDatabase mimeTypes;
    for (const QString& path : call.values("attach")) {
        FB_TRY_ASSIGN(auto content, CliFiles::read(path));
        MailAttachment attachment;
        attachment.name = QFileInfo(path).fileName();
        attachment.mimeType = mimeTypes.mimeTypeForFileNameAndData(path, content).name();
        attachment.content = std::move(content);
        mail.attachments.append(std::move(attachment));
    }
    FB_TRY_ASSIGN(auto replyId,
                  messageIdOption(call, "reply-to", MailExportCommands::tr("--reply-to takes a stored message id.")));
    m_replyId = replyId;
    return {};
}

Status MailComposeCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    TicketStores tickets(call.change());
    FB_TRY_ASSIGN(auto ticket, tickets.tickets.get(m_ticketId));
    m_mail.tlp = m_level.value_or(ticket.tlp);
    MailReply reply(call.vault(), context.clock());
    if (auto status = address(m_mail, m_kind, m_replyId, ticket, reply); !status)
        return status;
    OwnTeam ownTeam(call.vault());
    m_mail.from = call.value("from");
    if (m_mail.from.isEmpty()) {
        FB_TRY_ASSIGN(auto sender, teamSender(ownTeam));
        m_mail.from = sender;
    }
    if (call.isSet("key")) {
        m_mail.signKey = call.value("key");
    } else if (call.isSet("sign")) {
        FB_TRY_ASSIGN(auto teamKey, ownTeam.signingKey());
        if (teamKey.isEmpty())
            return fail(ErrorCode::Usage,
                        MailExportCommands::tr("There is no team key to sign with; give --key or set the team key."),
                        s("sign"));
        m_mail.signKey = teamKey;
    }

    FB_TRY_ASSIGN(auto file, openOutput(call.value("out"), call.isSet("force")));
    MailComposer composer(call.change());
    std::unique_ptr<MailKeys> keys;
    if (!m_mail.signKey.isEmpty() || m_mail.encrypt) {
        FB_TRY_ASSIGN(auto opened, MailKeys::forWorkspace(call.vault(), context.clock(),
                                                          KeyPassphrase::callback(call.value("key-passphrase-file"))));
        keys = std::move(opened);
        composer.setKeys(keys.get());
    }
    auto sent = composer.composeAndStore(m_mail);
    if (!sent) {
        if (file)
            (file)->remove(); // nothing half-written stays behind
        return fail(sent.error());
    }
    if (auto status = writeOutput(file.get(), sent->raw); !status)
        return status;
    if (context.json()) {
        QJsonObject o;
        o.insert(s("ticket"), m_ticketId);
        o.insert(s("messageId"), sent->messageId);
        o.insert(s("subject"), sent->subject);
        o.insert(s("to"), sent->to);
        o.insert(s("bcc"), sent->bcc);
        o.insert(s("signed"), !m_mail.signKey.isEmpty());
        o.insert(s("signatureStatus"), sent->signatureStatus);
        o.insert(s("signer"), sent->signerFingerprint);
        o.insert(s("encrypted"), sent->isEncrypted);
        o.insert(s("file"), file ? (file)->fileName() : s("-"));
        if (file)
            context.printJson(o);
    } else if (file) {
        context.out() << MailExportCommands::tr("Wrote %1 to %2 and stored it on ticket #%3.")
                             .arg(sent->subject, (file)->fileName())
                             .arg(m_ticketId)
                      << u'\n';
    }
    return {};
}

namespace {

class MailExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailExportCommands)

public:
    MailExportCommand()
        : Command({
              .noun = s("mail"),
              .verb = s("export"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Export a ticket's correspondence as mbox, or one message as .eml"),
              .description = MailExportCommands::tr(
                  "Write a ticket's whole correspondence, received and sent, oldest first, as an "
                  "mboxrd file, or one message exactly as received or sent. With --json, list the "
                  "exported messages."),
              .synopsis = s("TICKET"),
              .arguments = {{s("TICKET"), MailExportCommands::tr("The ticket whose mail to export.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options = {option("message", MailExportCommands::tr("Export only this stored message, as .eml."), "ID"),
                          option(
                              "out",
                              MailExportCommands::tr(
                                  "Where to write (mboxrd, or .eml with --message); '-' or none for standard output."),
                              "FILE"),
                          option("force", MailExportCommands::tr("Replace an existing output file."))},
          })
    {
    }
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    qint64 m_ticketId = 0;
    std::optional<qint64> m_messageId;
};

} // namespace

Status MailExportCommand::check(CommandCall& call)
{
    CliContext& context = call.context();
    FB_TRY_ASSIGN(auto ticketId, CliContext::parseTicketId(call.positional(0)));
    m_ticketId = ticketId;
    FB_TRY_ASSIGN(auto messageId,
                  messageIdOption(call, "message", MailExportCommands::tr("--message takes a stored message id.")));
    m_messageId = messageId;
    const QString outPath = call.value("out");
    if (context.json() && (outPath.isEmpty() || outPath == QLatin1String("-")))
        return fail(ErrorCode::Usage, MailExportCommands::tr("With --json, give --out FILE for the mail itself."),
                    s("out"));
    return {};
}

Status MailExportCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString outPath = call.value("out");
    TicketStores tickets(call.change());
    FB_TRY(tickets.tickets.get(m_ticketId));
    MailStore store(call.vault());
    FB_TRY_ASSIGN(auto messages, store.messagesOf(m_ticketId, true));
    QList<StoredMessage> chosen;
    for (const StoredMessage& m : std::as_const(messages))
        if (!m_messageId || m.id == *m_messageId)
            chosen.append(m);
    if (m_messageId && chosen.isEmpty())
        return fail(ErrorCode::NotFound,
                    MailExportCommands::tr("Ticket #%1 has no stored message %2.").arg(m_ticketId).arg(*m_messageId),
                    s("message"));

    FB_TRY_ASSIGN(auto file, openOutput(outPath, call.isSet("force")));
    const QByteArray data = m_messageId ? chosen.first().message.raw : MailComposer::toMbox(chosen);
    if (auto status = writeOutput(file.get(), data); !status)
        return status;
    if (context.json()) {
        QJsonArray list;
        for (const StoredMessage& m : std::as_const(chosen))
            list.append(messageJson(m));
        context.printJson(list);
    } else if (file) {
        context.out() << MailExportCommands::tr("Wrote %n message(s) of ticket #%1 to %2.", nullptr,
                                                static_cast<int>(chosen.size()))
                             .arg(m_ticketId)
                             .arg((file)->fileName())
                      << u'\n';
    }
    return {};
}

CommandList MailExportCommands::commands()
{
    CommandList list;
    addCommands<MailComposeCommand, MailExportCommand>(list);
    return list;
}

} // namespace fb

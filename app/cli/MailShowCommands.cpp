// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MailShowCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "app/cli/MailView.h"
#include "core/mail/MailStore.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

namespace fb {

namespace {

Result<qint64> messageId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorCode::BadInput,
                    MailShowCommands::tr("“%1” is not a message id (a number from the correspondence of ticket show).")
                        .arg(text.left(40)));
    return id;
}

// The attachment by its 1-based index in mail show, else by its exact file name (which must be unique).
Result<qsizetype> findAttachment(const StoredMessage& m, const QString& which)
{
    const QList<MailAttachment>& attachments = m.message.attachments;
    bool isNumber = false;
    const qint64 index = which.toLongLong(&isNumber);
    if (isNumber) {
        if (index >= 1 && index <= attachments.size())
            return qsizetype(index - 1);
        return fail(ErrorCode::NotFound, MailShowCommands::tr("Message %1 has no attachment %2; it has %n.", nullptr,
                                                              int(attachments.size()))
                                             .arg(m.id)
                                             .arg(index));
    }
    std::optional<qsizetype> found;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        if (attachments.at(i).name != which)
            continue;
        if (found)
            return fail(ErrorCode::Conflict,
                        MailShowCommands::tr("Message %1 has several attachments called “%2”; give the number.")
                            .arg(m.id)
                            .arg(which.left(80)));
        found = i;
    }
    if (!found)
        return fail(ErrorCode::NotFound,
                    MailShowCommands::tr("Message %1 has no attachment called “%2”.").arg(m.id).arg(which.left(80)));
    return *found;
}

} // namespace

QList<Command> MailShowCommands::commands()
{
    return {
        {s("mail"), s("show"),
         QT_TRANSLATE_NOOP("fb::Command", "Show a stored message: headers, text, attachments, signature"), show},
        {s("mail"), s("attachment"), QT_TRANSLATE_NOOP("fb::Command", "Save an attachment of a stored message (save)"),
         attachment},
    };
}

Status MailShowCommands::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("MESSAGE"), tr("The message id, from the correspondence of ticket show."));
    auto parsed = context.parse(parser, s("mail show"), s("MESSAGE"),
                                tr("Show a stored message as the correspondence tab of the GUI does: its headers, its "
                                   "decoded text, its attachments (number, name, type, size, SHA-256) and what its "
                                   "signature says, checked now against the workspace keyring."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto id = messageId(parser.positionalArguments().constFirst());
    if (!id)
        return fail(id.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    auto stored = MailStore(**vault).message(*id);
    if (!stored)
        return fail(stored.error());
    const Correspondence c = MailView::verify(**vault, context.clock(), {*stored});
    if (context.json())
        context.printJson(MailView::messageJson(c, c.messages.constFirst()));
    else
        MailView::printMessage(context, c, c.messages.constFirst());
    return {};
}

Status MailShowCommands::attachment(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("save"))
        return attachmentSave(context, arguments.mid(1));
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        context.out() << tr("Usage: %1 mail attachment save MESSAGE INDEX|NAME --out FILE [--force] [--json]\n"
                            "\n"
                            "Saves one attachment of a stored message, as mail show lists them.\n")
                             .arg(QCoreApplication::applicationName());
        return {};
    }
    return fail(
        ErrorCode::Usage,
        tr("'mail attachment' needs save; see %1 mail attachment --help.").arg(QCoreApplication::applicationName()));
}

Status MailShowCommands::attachmentSave(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out = option("out", tr("The file to write (required)."), "FILE");
    const QCommandLineOption force = option("force", tr("Replace FILE if it exists."));
    parser.addOption(out);
    parser.addOption(force);
    parser.addPositionalArgument(s("MESSAGE"), tr("The message id, from the correspondence of ticket show."));
    parser.addPositionalArgument(s("ATTACHMENT"), tr("The attachment's number in mail show, or its file name."));
    auto parsed = context.parse(parser, s("mail attachment save"), s("MESSAGE INDEX|NAME"),
                                tr("Save one attachment of a stored message to FILE, exactly as decoded, readable by "
                                   "the owner only. The file is written whole or not at all; an existing file is "
                                   "replaced only with --force."),
                                arguments, 2, 2);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QString outPath = parser.value(out);
    if (outPath.isEmpty())
        return fail(ErrorCode::Usage, tr("Give --out FILE: where to save the attachment."), s("out"));
    auto id = messageId(parser.positionalArguments().constFirst());
    if (!id)
        return fail(id.error());
    // A refused path is reported before the passphrase is asked for.
    if (auto status = CliFiles::checkWritable(outPath, parser.isSet(force)); !status)
        return status;
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    auto stored = MailStore(**vault).message(*id);
    if (!stored)
        return fail(stored.error());
    auto index = findAttachment(*stored, parser.positionalArguments().at(1));
    if (!index)
        return fail(index.error());
    const MailAttachment& a = stored->message.attachments.at(*index);
    if (auto status = CliFiles::write(outPath, a.content, parser.isSet(force)); !status)
        return status;
    if (context.json()) {
        context.printJson(QJsonObject{{s("message"), stored->id},
                                      {s("index"), qint64(*index + 1)},
                                      {s("name"), a.name},
                                      {s("type"), a.mimeType},
                                      {s("size"), a.size()},
                                      {s("sha256"), QString::fromLatin1(a.sha256.toHex())},
                                      {s("file"), QDir::toNativeSeparators(outPath)}});
        return {};
    }
    context.out() << tr("Saved %1 (%2 bytes) to %3.")
                         .arg(a.name.isEmpty() ? tr("attachment %1").arg(*index + 1) : a.name)
                         .arg(a.size())
                         .arg(QDir::toNativeSeparators(outPath))
                  << QLatin1Char('\n');
    return {};
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MailShowCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/MailView.h"
#include "core/mail/MailStore.h"
#include "core/vault/Vault.h"

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

namespace {

class MailShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailShowCommands)

public:
    MailShowCommand()
        : Command({
              .noun = s("mail"),
              .verb = s("show"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Show a stored message: headers, text, attachments, signature"),
              .description = tr("Show a stored message as the correspondence tab of the GUI does: its headers, its "
                                "decoded text, its attachments (number, name, type, size, SHA-256) and what its "
                                "signature says, checked now against the workspace keyring."),
              .synopsis = s("MESSAGE"),
              .arguments = {{s("MESSAGE"), tr("The message id, from the correspondence of ticket show.")}},
              .minArguments = 1,
              .maxArguments = 1,
          })
    {
    }
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    qint64 m_id = 0;
};

} // namespace

Status MailShowCommand::check(CommandCall& call)
{
    FB_TRY_ASSIGN(auto id, messageId(call.positional(0)));
    m_id = id;
    return {};
}

Status MailShowCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    FB_TRY_ASSIGN(auto stored, MailStore(call.vault()).message(m_id));
    const Correspondence c = MailView::verify(call.vault(), context.clock(), {stored});
    if (context.json())
        context.printJson(MailView::messageJson(c, c.messages.constFirst()));
    else
        MailView::printMessage(context, c, c.messages.constFirst());
    return {};
}

namespace {

class MailAttachmentSaveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailShowCommands)

public:
    MailAttachmentSaveCommand()
        : Command({
              .noun = s("mail"),
              .verb = s("attachment save"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Save an attachment of a stored message"),
              .description = tr("Save one attachment of a stored message to FILE, exactly as decoded, readable by "
                                "the owner only. The file is written whole or not at all; an existing file is "
                                "replaced only with --force."),
              .synopsis = s("MESSAGE INDEX|NAME"),
              .arguments = {{s("MESSAGE"), tr("The message id, from the correspondence of ticket show.")},
                            {s("INDEX|NAME"), tr("The attachment's number in mail show, or its file name.")}},
              .minArguments = 2,
              .maxArguments = 2,
              .options = {option("out", tr("The file to write (required)."), "FILE"),
                          option("force", tr("Replace FILE if it exists."))},
          })
    {
    }
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    qint64 m_id = 0;
};

} // namespace

Status MailAttachmentSaveCommand::check(CommandCall& call)
{
    const QString outPath = call.value("out");
    if (outPath.isEmpty())
        return fail(ErrorCode::Usage, tr("Give --out FILE: where to save the attachment."), s("out"));
    FB_TRY_ASSIGN(auto id, messageId(call.positional(0)));
    m_id = id;
    // A refused path is reported before the passphrase is asked for.
    if (auto status = CliFiles::checkWritable(outPath, call.isSet("force")); !status)
        return status;
    return {};
}

Status MailAttachmentSaveCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString outPath = call.value("out");
    FB_TRY_ASSIGN(auto stored, MailStore(call.vault()).message(m_id));
    FB_TRY_ASSIGN(auto index, findAttachment(stored, call.positional().at(1)));
    const MailAttachment& a = stored.message.attachments.at(index);
    if (auto status = CliFiles::write(outPath, a.content, call.isSet("force")); !status)
        return status;
    if (context.json()) {
        context.printJson(QJsonObject{{s("message"), stored.id},
                                      {s("index"), qint64(index + 1)},
                                      {s("name"), a.name},
                                      {s("type"), a.mimeType},
                                      {s("size"), a.size()},
                                      {s("sha256"), QString::fromLatin1(a.sha256.toHex())},
                                      {s("file"), QDir::toNativeSeparators(outPath)}});
        return {};
    }
    context.out() << tr("Saved %1 (%2 bytes) to %3.")
                         .arg(a.name.isEmpty() ? tr("attachment %1").arg(index + 1) : a.name)
                         .arg(a.size())
                         .arg(QDir::toNativeSeparators(outPath))
                  << QLatin1Char('\n');
    return {};
}

CommandList MailShowCommands::commands()
{
    CommandList list;
    addCommands<MailShowCommand, MailAttachmentSaveCommand>(list);
    return list;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AdvisoryExport.h"

#include "app/cli/AdvisoryCommands.h"
#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/KeyPassphrase.h"
#include "core/base/AtomicFile.h"
#include "core/advisory/AdvisoryMailer.h"
#include "core/advisory/AdvisoryRenderer.h"
#include "core/advisory/AdvisoryPublisher.h"
#include "core/advisory/AdvisoryStore.h"
#include "core/advisory/CsafWriter.h"
#include "core/advisory/TeamPublisher.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailComposer.h"
#include "core/mail/MailKeys.h"
#include "core/vault/Vault.h"
#include "export/PdfRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>

// PGP/MIME signing comes with MailKeys (branch mailpgp); until it is merged, mail is composed unsigned only.
// Remove the guard after merging.

namespace fb {

namespace {

const QStringList& formats()
{
    static const QStringList names{s("csaf"), s("text"), s("html"), s("pdf"), s("mail")};
    return names;
}

} // namespace

Status AdvisoryExport::write(CliContext& context, const QString& path, const QByteArray& bytes, bool toStdoutAllowed)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (!toStdoutAllowed)
            return fail(ErrorCode::Usage, tr("This format needs --out FILE."));
        context.out() << QString::fromUtf8(bytes);
        return {};
    }
    if (auto status = AtomicFile::write(path, bytes); !status)
        return status;
    if (!context.json())
        context.out() << tr("Wrote %1.").arg(path) << u'\n';
    return {};
}

AdvisoryExport::AdvisoryExport()
    : Command(AdvisoryCommands::onOneAdvisory({
          .noun = s("advisory"),
          .verb = s("export"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Write an advisory as CSAF, signed text, HTML, PDF or mail"),
          .description = tr("Write an advisory: csaf (CSAF 2.0 JSON), text (72 columns, with --sign "
                            "clear-signed with the team key from your GnuPG home), html, pdf, or mail (a "
                            "signed message to a distribution list, refused when a recipient may not "
                            "receive the TLP label)."),
          .options =
              {
                  QCommandLineOption(s("format"), tr("One of: %1.").arg(formats().join(s(", "))), s("FORMAT")),
                  QCommandLineOption(s("out"),
                                     tr("Where to write ('-' for standard output). For csaf a folder, or nothing for "
                                        "the current one, gets the file name of the CSAF rule."),
                                     s("PATH")),
                  QCommandLineOption(s("sign"), tr("With text: clear-sign with the team key (OpenPGP).")),
                  QCommandLineOption(s("key"), tr("Sign with this key instead of the team key."), s("FINGERPRINT")),
                  QCommandLineOption(s("list"), tr("With mail: the distribution list to send to."), s("NAME")),
                  QCommandLineOption(s("no-sign"), tr("With mail: do not sign (mail is signed by default).")),
              },
      }))
{
}

Status AdvisoryExport::check(CommandCall& call)
{
    const QString kind = call.value("format").toLower();
    const bool signing = call.isSet("sign") || call.isSet("key");
    if (!formats().contains(kind))
        return fail(ErrorCode::Usage, tr("--format takes one of: %1.").arg(formats().join(s(", "))));
    if (signing && kind != QLatin1String("text") && kind != QLatin1String("mail"))
        return fail(ErrorCode::Usage, tr("--sign and --key go with --format text or mail."));
    if ((call.isSet("list") || call.isSet("no-sign")) && kind != QLatin1String("mail"))
        return fail(ErrorCode::Usage, tr("--list and --no-sign go with --format mail."));
    if (kind == QLatin1String("mail") && (!call.isSet("list") || call.value("out").isEmpty()))
        return fail(ErrorCode::Usage, tr("--format mail needs --list NAME and --out FILE.eml."));
    if (call.isSet("no-sign") && signing)
        return fail(ErrorCode::Usage, tr("--no-sign cannot go with --sign or --key."));
    if (kind == QLatin1String("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(ErrorCode::Internal, tr("PDF output needs the graphical runtime, which did not start."));
    return {};
}

Status AdvisoryExport::run(CommandCall& call)
{
    CliContext& context = call.context();
    Vault& vault = call.vault();
    const QString kind = call.value("format").toLower();
    FB_TRY_ASSIGN(auto advisory, AdvisoryCommands::named(call));
    const QString path = call.value("out");

    if (kind == QLatin1String("csaf")) {
        // Refused while lint finds errors or the document fails a CSAF mandatory test: nothing is written.
        FB_TRY_ASSIGN(auto checked, AdvisoryPublisher::csaf(vault, advisory, context.clock().nowUtc()));
        const QByteArray& bytes = checked;
        if (path == QLatin1String("-"))
            return write(context, path, bytes, true);
        QString target = path.isEmpty() ? QDir::currentPath() : path;
        if (QFileInfo(target).isDir())
            target = QDir(target).filePath(CsafWriter::fileName(advisory.identifier));
        return write(context, target, bytes, false);
    }
    if (kind == QLatin1String("html"))
        return write(context, path, AdvisoryRenderer::toHtml(advisory).toUtf8(), true);
    if (kind == QLatin1String("pdf")) {
        FB_TRY_ASSIGN(auto publisher, TeamPublisher::fromWorkspace(vault));
        FB_TRY_ASSIGN(auto pdf, PdfRenderer::fromHtml(
                                    AdvisoryRenderer::toHtml(advisory),
                                    PdfMetadata{advisory.identifier + s(": ") + advisory.title, publisher.name}));
        return write(context, path, pdf, false);
    }

    QString signer = call.value("key");
    if (signer.isEmpty() && (call.isSet("sign") || (kind == QLatin1String("mail") && !call.isSet("no-sign")))) {
        FB_TRY_ASSIGN(auto teamKey, OwnTeam(vault).signingKey());
        signer = teamKey;
        if (signer.isEmpty())
            return fail(ErrorCode::Usage, tr("There is no team key to sign with: link a key to our team in the "
                                             "directory, or give --key FINGERPRINT."));
    }
    if (kind == QLatin1String("text")) {
        const GnupgHome home = GnupgHome::user();
        OpenPgp pgp(home);
        FB_TRY_ASSIGN(auto text, AdvisoryPublisher::text(pgp, advisory, signer));
        return write(context, path, text, true);
    }
    return mail(context, vault, advisory, call.value("list"), signer, path);
}

Status AdvisoryExport::mail(CliContext& context, Vault& vault, const Advisory& advisory, const QString& list,
                            const QString& signer, const QString& path)
{
    MailComposer composer(ChangeContext{vault, context.clock(), context.actor()});
    std::unique_ptr<MailKeys> keys;
    if (!signer.isEmpty()) {
        // The team key's passphrase, when GnuPG asks: FIREBREAK_KEY_PASSPHRASE, else a no-echo prompt.
        FB_TRY_ASSIGN(auto made, MailKeys::forWorkspace(vault, context.clock(), KeyPassphrase::callback(QString())));
        keys = std::move(made);
        composer.setKeys(keys.get());
    }
    AdvisoryMailer mailer(ChangeContext{vault, context.clock(), context.actor()});
    FB_TRY_ASSIGN(auto message, mailer.compose(advisory, list, composer, signer));
    if (auto status = write(context, path, message.raw, false); !status)
        return status;
    if (context.json()) {
        context.printJson(QJsonObject{{s("file"), path},
                                      {s("subject"), message.subject},
                                      {s("to"), message.to},
                                      {s("bcc"), message.bcc},
                                      {s("signed"), !signer.isEmpty()}});
        return {};
    }
    context.out() << tr("To: %1").arg(message.to) << u'\n' << tr("Bcc: %1").arg(message.bcc) << u'\n';
    return {};
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProfileCliSupport.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "app/cli/CommandCall.h"
#include "app/cli/PassphraseInput.h"
#include "core/crypto/KeyringStore.h"

#include <QFile>

#include <cstdio>

namespace fb {

Status ProfileCliSupport::writeOutput(CliContext& context, const QString& path, const QByteArray& data)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return fail(ErrorCode::Io, tr("Cannot write to standard output."));
        out.flush();
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return fail(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, file.errorString()), path);
    return {};
}

QCommandLineOption ProfileCliSupport::languageOption()
{
    return QCommandLineOption(QStringLiteral("language"),
                              tr("The translation in this language (ISO 639-1); default: the original."),
                              QStringLiteral("LANG"));
}

QCommandLineOption ProfileCliSupport::keyPassphraseOption()
{
    return QCommandLineOption(QStringLiteral("key-passphrase-file"),
                              tr("Read the passphrase of the team's secret key from the first line of FILE (else a "
                                 "prompt)."),
                              QStringLiteral("FILE"));
}

OpenPgp ProfileCliSupport::teamPgp(const GnupgHome& home, const QString& keyPassphraseFile)
{
    return OpenPgp(home, [keyPassphraseFile](const QString& key) -> std::optional<SecretBytes> {
        auto secret = keyPassphraseFile.isEmpty()
                          ? PassphraseInput::prompt(tr("Passphrase for %1: ").arg(key),
                                                    tr("No terminal to ask for the key's passphrase: use "
                                                       "--key-passphrase-file FILE."))
                          : PassphraseInput::fromFile(keyPassphraseFile);
        if (!secret)
            return std::nullopt;
        return std::move(*secret);
    });
}

Status ProfileDocumentCommand::check(CommandCall& call)
{
    FB_TRY_ASSIGN(auto data, CliFiles::read(call.positional(0)));
    m_data = std::move(data);
    return {};
}

Result<std::unique_ptr<SignerKeyring>> ProfileCliSupport::signerKeyring(Vault& vault, CliContext& context,
                                                                        const QByteArray& document)
{
    FB_TRY_ASSIGN(auto home, KeyringStore(vault, context.clock()).materialise());
    auto workspace = std::make_unique<SignerKeyring>(std::move(home));
    if (!ProfileVerifier::isClearSigned(document))
        return workspace;
    FB_TRY_ASSIGN(auto probe, workspace->pgp.verifyClearSigned(document));
    if (probe.status != SignatureStatus::KeyMissing)
        return workspace;
    return std::make_unique<SignerKeyring>(GnupgHome::user());
}

Result<ProfileVerification> ProfileCliSupport::verify(Vault& vault, CliContext& context, const QByteArray& document)
{
    FB_TRY_ASSIGN(auto keyring, signerKeyring(vault, context, document));
    return ProfileVerifier::verify(keyring->pgp, document);
}

} // namespace fb

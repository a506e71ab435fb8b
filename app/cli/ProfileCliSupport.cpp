// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProfileCliSupport.h"

#include "app/cli/CliContext.h"
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

Result<ProfileVerification> ProfileCliSupport::verify(Vault& vault, CliContext& context, const QByteArray& document)
{
    FB_TRY_ASSIGN(auto home, KeyringStore(vault, context.clock()).materialise());
    OpenPgp workspace(home);
    auto checked = ProfileVerifier::verify(workspace, document);
    if (!checked || checked->signature.status != SignatureStatus::KeyMissing)
        return checked;
    const GnupgHome user = GnupgHome::user();
    OpenPgp own(user);
    return ProfileVerifier::verify(own, document);
}

} // namespace fb

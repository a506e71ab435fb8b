// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileCliSupport: what the `firebreak-cli profile` commands share: writing output files,
// the team key's GnuPG home with its passphrase source, and the keyrings signatures of others are checked in.
#pragma once

#include "app/cli/Command.h"
#include "core/base/Result.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileVerifier.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace fb {

class CliContext;
class Vault;

// The keyring a document's signature is checked in, with the GnuPG home it lives in.
struct SignerKeyring
{
    explicit SignerKeyring(GnupgHome keyringHome)
        : home(std::move(keyringHome))
        , pgp(home)
    {
    }
    GnupgHome home;
    OpenPgp pgp;
};

// A profile command whose one argument is a document file: check() reads it into m_data, before a passphrase is
// asked for.
class ProfileDocumentCommand : public Command
{
public:
    using Command::Command;
    Status check(CommandCall& call) override;

protected:
    QByteArray m_data;
};

class ProfileCliSupport
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileCliSupport)

public:
    // Writes to the file, or to standard output when path is empty or "-".
    static Status writeOutput(CliContext& context, const QString& path, const QByteArray& data);

    static QCommandLineOption languageOption();
    static QCommandLineOption keyPassphraseOption();
    // The user's GnuPG home ($GNUPGHOME, else ~/.gnupg), where the team's secret key is; the key's passphrase
    // from --key-passphrase-file, else a no-echo prompt.
    static OpenPgp teamPgp(const GnupgHome& home, const QString& keyPassphraseFile);
    // The workspace keyring (the keys the workspace vouches for); the user's GnuPG home when the document is
    // clear-signed by a key that keyring lacks.
    static Result<std::unique_ptr<SignerKeyring>> signerKeyring(Vault& vault, CliContext& context,
                                                                const QByteArray& document);
    // Checks a document in its signerKeyring().
    static Result<ProfileVerification> verify(Vault& vault, CliContext& context, const QByteArray& document);
};

} // namespace fb

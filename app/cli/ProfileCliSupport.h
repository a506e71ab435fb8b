// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileCliSupport: what the `firebreak-cli profile` commands share: writing output files,
// the team key's GnuPG home with its passphrase source, and the keyrings signatures of others are checked in.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileVerifier.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

namespace fb {

class CliContext;
class Vault;

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
    // Checks a document against the workspace keyring (the keys the workspace vouches for); when that keyring
    // lacks the signer's key, against the user's GnuPG home.
    static Result<ProfileVerification> verify(Vault& vault, CliContext& context, const QByteArray& document);
};

} // namespace fb

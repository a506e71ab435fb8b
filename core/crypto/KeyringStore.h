// SPDX-License-Identifier: GPL-3.0-or-later
// KeyringStore: the workspace's own public keyring, kept inside the workspace file. These are the keys
// the workspace trusts: materialise() turns them into a sealed GnuPG home where they are valid, and
// that is where signatures of peers are checked and messages to peers are encrypted.
// Public keys only; secret keys stay in the user's GnuPG home or on a smartcard.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/KeyInfo.h"
#include "core/crypto/KeyWarning.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

class Vault;

class KeyringStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::KeyringStore)

public:
    static constexpr int kExpiryWarningDays = 30;
    static constexpr int kMinimumRsaBits = 2048;

    KeyringStore(Vault& vault, const Clock& clock);

    // Adds the public keys in armored (or binary) data, each stored on its own, exported minimal; a key
    // already stored is merged with the new copy (new user ids, new expiry, a revocation). source says
    // where the keys came from ("mail from cert@example.org", "file team.asc"). Returns the fingerprints.
    // Secret keys in the data are not stored. Data without keys: ErrorCode::BadInput.
    Result<QStringList> addKeys(const QByteArray& armored, const QString& source, const QString& note = {});
    Result<QList<KeyInfo>> keys();
    Status remove(const QString& fingerprint);
    // A sealed temporary GnuPG home holding every stored key, each trusted (see OpenPgp.h on trust).
    Result<GnupgHome> materialise();

    // What people should know before relying on the key: revoked, expired, expiring within
    // kExpiryWarningDays, weak (RSA/DSA/ElGamal under kMinimumRsaBits), unusable for signing or encryption.
    static QList<KeyWarning> warnings(const KeyInfo& key, const QDateTime& now);

private:
    Result<QList<std::pair<QString, QByteArray>>> storedKeys();

    Vault& m_vault;
    const Clock& m_clock;
};

} // namespace fb

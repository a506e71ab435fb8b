// SPDX-License-Identifier: GPL-3.0-or-later
// MailKeys: the two GnuPG homes OpenPGP mail needs (see docs/openpgp.md): the workspace keyring in a sealed
// home, where peers' signatures are checked and mail to peers is encrypted, and the home holding the team's
// secret key (the user's own), which signs and decrypts.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/KeyInfo.h"
#include "core/crypto/OpenPgp.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace fb {

class Vault;

// What the keyring offers for mail to one address.
enum class RecipientKeyStatus { Valid, Expired, Revoked, None };

struct RecipientKey
{
    RecipientKeyStatus status = RecipientKeyStatus::None;
    QString fingerprint; // the key that encrypts (Valid) or the expired/revoked one; empty for None
};

class MailKeys
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailKeys)

public:
    // keyringHome: trusted peers' public keys (KeyringStore::materialise()); secretHome: the team's secret key.
    MailKeys(GnupgHome keyringHome, GnupgHome secretHome, PassphraseCallback passphrase);
    // The workspace keyring and the user's own GnuPG home ($GNUPGHOME, else ~/.gnupg).
    static Result<std::unique_ptr<MailKeys>> forWorkspace(Vault& vault, const Clock& clock,
                                                          PassphraseCallback passphrase);

    OpenPgp& keyring() { return m_keyring; }
    OpenPgp& secret() { return m_secret; }

    // Whether key can encrypt mail to address: valid, not revoked, expired or disabled, able to encrypt, and with
    // address among its user IDs' e-mail addresses (case-insensitive). The composer's key status judges by it too.
    static bool encryptsTo(const KeyInfo& key, const QString& address);
    // The key status for mail to address: Valid when a key encryptsTo() it (the composer will encrypt with it);
    // else Revoked or Expired when a key for the address, or one of `linked` (the directory's fingerprints for the
    // recipient), is; else None.
    static RecipientKey recipientKey(const QList<KeyInfo>& keys, const QString& address,
                                     const QStringList& linked = {});
    static QString statusKey(RecipientKeyStatus status);  // "valid", "expired", "revoked", "none"
    static QString statusText(RecipientKeyStatus status); // a short word for a table cell
    // For each address, the keyring's keys that encryptsTo() it. An address without such a key is refused by
    // name (ErrorCode::NotFound).
    Result<QStringList> recipientKeys(const QStringList& addresses);
    // Makes our own public key (from the secret home) a recipient in the keyring home too, so that the team
    // can read what it sent.
    Status addOwnKey(const QString& fingerprint);

private:
    GnupgHome m_keyringHome;
    GnupgHome m_secretHome;
    OpenPgp m_keyring; // after the homes, which it points into
    OpenPgp m_secret;
};

} // namespace fb

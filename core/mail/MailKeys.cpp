// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailKeys.h"

#include "core/crypto/KeyringStore.h"

namespace fb {

MailKeys::MailKeys(GnupgHome keyringHome, GnupgHome secretHome, PassphraseCallback passphrase)
    : m_keyringHome(std::move(keyringHome))
    , m_secretHome(std::move(secretHome))
    , m_keyring(m_keyringHome)
    , m_secret(m_secretHome, std::move(passphrase))
{
}

Result<std::unique_ptr<MailKeys>> MailKeys::forWorkspace(Vault& vault, const Clock& clock,
                                                         PassphraseCallback passphrase)
{
    KeyringStore keyring(vault, clock);
    FB_TRY_ASSIGN(auto home, keyring.materialise());
    return std::make_unique<MailKeys>(std::move(home), GnupgHome::user(), std::move(passphrase));
}

bool MailKeys::encryptsTo(const KeyInfo& key, const QString& address)
{
    if (!key.isValid() || !key.canEncrypt || key.revoked || key.expired || key.disabled || key.invalid)
        return false;
    const QString wanted = address.trimmed().toLower();
    for (const QString& email : key.emails) {
        if (email.trimmed().toLower() == wanted)
            return true;
    }
    return false;
}

RecipientKey MailKeys::recipientKey(const QList<KeyInfo>& keys, const QString& address, const QStringList& linked)
{
    const QString wanted = address.trimmed().toLower();
    RecipientKey out;
    for (const KeyInfo& key : keys) {
        if (encryptsTo(key, wanted))
            return {RecipientKeyStatus::Valid, key.fingerprint};
    }
    for (const KeyInfo& key : keys) {
        bool forAddress = linked.contains(key.fingerprint, Qt::CaseInsensitive);
        for (const QString& email : key.emails)
            forAddress = forAddress || email.trimmed().toLower() == wanted;
        if (!forAddress)
            continue;
        if (key.revoked)
            return {RecipientKeyStatus::Revoked, key.fingerprint};
        if (key.expired && out.status == RecipientKeyStatus::None)
            out = {RecipientKeyStatus::Expired, key.fingerprint};
    }
    return out;
}

QString MailKeys::statusKey(RecipientKeyStatus status)
{
    switch (status) {
    case RecipientKeyStatus::Valid:
        return QStringLiteral("valid");
    case RecipientKeyStatus::Expired:
        return QStringLiteral("expired");
    case RecipientKeyStatus::Revoked:
        return QStringLiteral("revoked");
    case RecipientKeyStatus::None:
        break;
    }
    return QStringLiteral("none");
}

QString MailKeys::statusText(RecipientKeyStatus status)
{
    switch (status) {
    case RecipientKeyStatus::Valid:
        //: A recipient's OpenPGP key, in a table cell
        return tr("valid");
    case RecipientKeyStatus::Expired:
        //: A recipient's OpenPGP key, in a table cell
        return tr("expired");
    case RecipientKeyStatus::Revoked:
        //: A recipient's OpenPGP key, in a table cell
        return tr("revoked");
    case RecipientKeyStatus::None:
        break;
    }
    //: A recipient's OpenPGP key, in a table cell
    return tr("none");
}

Result<QStringList> MailKeys::recipientKeys(const QStringList& addresses)
{
    FB_TRY_ASSIGN(auto keys, m_keyring.listKeys());
    QStringList fingerprints;
    for (const QString& address : addresses) {
        bool found = false;
        for (const KeyInfo& key : std::as_const(keys)) {
            if (!encryptsTo(key, address))
                continue;
            found = true;
            if (!fingerprints.contains(key.fingerprint))
                fingerprints.append(key.fingerprint);
        }
        if (!found)
            return fail(ErrorCode::NotFound,
                        tr("The workspace keyring has no valid key for %1 that can encrypt; add the recipient's key "
                           "(after comparing its fingerprint) or send without encryption.")
                            .arg(address),
                        QStringLiteral("encrypt"));
    }
    return fingerprints;
}

Status MailKeys::addOwnKey(const QString& fingerprint)
{
    FB_TRY_ASSIGN(auto exported, m_secret.exportPublicKey(fingerprint, OpenPgp::ExportMode::Minimal));
    FB_TRY_ASSIGN(auto imported, m_keyring.importKeys(exported));
    return m_keyring.trustKeys(imported.fingerprints);
}

} // namespace fb

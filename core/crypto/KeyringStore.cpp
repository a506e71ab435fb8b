// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/KeyringStore.h"

#include "core/crypto/OpenPgp.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QLocale>

namespace fb {

KeyringStore::KeyringStore(Vault& vault, const Clock& clock)
    : m_vault(vault)
    , m_clock(clock)
{
}

Result<QList<std::pair<QString, QByteArray>>> KeyringStore::storedKeys()
{
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT fingerprint, armored_key FROM keyring ORDER BY fingerprint"));
    QList<std::pair<QString, QByteArray>> rows;
    for (;;) {
        FB_TRY_ASSIGN(auto row, q.next());
        if (!row)
            break;
        rows.append({q.text(0), q.blob(1)});
    }
    return rows;
}

Result<QStringList> KeyringStore::addKeys(const QByteArray& armored, const QString& source, const QString& note)
{
    FB_TRY_ASSIGN(auto home, GnupgHome::createTemporary());
    OpenPgp pgp(home);
    FB_TRY_ASSIGN(auto imported, pgp.importKeys(armored));

    // Merge with the stored copies, so that an update never loses what we had.
    for (const QString& fpr : std::as_const(imported.fingerprints)) {
        FB_TRY_ASSIGN(auto q, m_vault.query("SELECT armored_key FROM keyring WHERE fingerprint = ?1"));
        q.bind(1, fpr);
        FB_TRY_ASSIGN(auto row, q.next());
        if (row) {
            FB_TRY(pgp.importKeys(q.blob(0)));
        }
    }

    QList<std::pair<QString, QByteArray>> exported;
    for (const QString& fpr : std::as_const(imported.fingerprints)) {
        FB_TRY_ASSIGN(auto key, pgp.exportPublicKey(fpr, OpenPgp::ExportMode::Minimal));
        exported.append({fpr, key});
    }

    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    Transaction transaction(m_vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    for (const auto& [fpr, key] : std::as_const(exported)) {
        FB_TRY_ASSIGN(auto update,
                      m_vault.query("UPDATE keyring SET armored_key = ?2, updated_at = ?3 WHERE fingerprint = ?1"));
        FB_TRY(update.bind(1, fpr).bindBlob(2, key).bind(3, now).exec());
        if (m_vault.changes() > 0)
            continue;
        FB_TRY_ASSIGN(auto insert,
                      m_vault.query("INSERT INTO keyring (fingerprint, armored_key, imported_at, updated_at, source, "
                                    "note) VALUES (?1, ?2, ?3, ?3, ?4, ?5)"));
        FB_TRY(insert.bind(1, fpr).bindBlob(2, key).bind(3, now).bind(4, source).bind(5, note).exec());
    }
    FB_TRY(transaction.commit());
    return imported.fingerprints;
}

Result<QList<KeyInfo>> KeyringStore::keys()
{
    FB_TRY_ASSIGN(auto home, materialise());
    return OpenPgp(home).listKeys();
}

Status KeyringStore::remove(const QString& fingerprint)
{
    const QString fpr = OpenPgp::normalisedFingerprint(fingerprint);
    if (fpr.isEmpty())
        return fail(ErrorCode::Usage, tr("“%1” is not an OpenPGP fingerprint.").arg(fingerprint));
    FB_TRY_ASSIGN(auto q, m_vault.query("DELETE FROM keyring WHERE fingerprint = ?1"));
    if (auto status = q.bind(1, fpr).exec(); !status)
        return status;
    if (m_vault.changes() == 0)
        return fail(ErrorCode::NotFound,
                    tr("The key %1 is not in the workspace keyring.").arg(groupedFingerprint(fpr)));
    return {};
}

Result<GnupgHome> KeyringStore::materialise()
{
    FB_TRY_ASSIGN(auto rows, storedKeys());
    auto home = GnupgHome::createTemporary();
    if (!home)
        return fail(home.error());
    if (rows.isEmpty())
        return home;
    QByteArray all;
    QStringList fingerprints;
    for (const auto& [fpr, key] : std::as_const(rows)) {
        all += key;
        all += '\n';
        fingerprints.append(fpr);
    }
    OpenPgp pgp(*home);
    FB_TRY(pgp.importKeys(all));
    FB_TRY(pgp.trustKeys(fingerprints));
    return home;
}

QList<KeyWarning> KeyringStore::warnings(const KeyInfo& key, const QDateTime& now)
{
    QList<KeyWarning> out;
    const QString when =
        key.expires.isValid() ? QLocale().toString(key.expires.toLocalTime(), QLocale::LongFormat) : QString();
    if (key.revoked)
        out.append({KeyWarning::Kind::Revoked, tr("The key has been revoked by its owner; do not use it.")});
    if (key.expired || (key.expires.isValid() && key.expires <= now)) {
        out.append(
            {KeyWarning::Kind::Expired, tr("The key expired on %1; ask its owner for a current key.").arg(when)});
    } else if (key.expires.isValid() && now.addDays(kExpiryWarningDays) >= key.expires) {
        const int days = static_cast<int>(now.daysTo(key.expires));
        out.append(
            {KeyWarning::Kind::ExpiringSoon,
             tr("The key expires in %n day(s), on %1; ask its owner for an extended or new key.", "", days).arg(when)});
    }
    if (key.disabled)
        out.append({KeyWarning::Kind::Disabled, tr("The key is disabled.")});
    if (key.invalid)
        out.append({KeyWarning::Kind::Invalid, tr("GnuPG considers the key invalid.")});
    const bool classic = key.algorithm.startsWith(QLatin1String("RSA")) ||
                         key.algorithm.startsWith(QLatin1String("DSA")) ||
                         key.algorithm.startsWith(QLatin1String("ELG"));
    if (classic && key.bits > 0 && key.bits < kMinimumRsaBits)
        out.append({KeyWarning::Kind::Weak, tr("The key is weak: %1 bits are fewer than the %2 bits considered safe.")
                                                .arg(key.bits)
                                                .arg(kMinimumRsaBits)});
    // Capabilities only matter for a key that is otherwise usable.
    const bool usable =
        !key.revoked && !key.expired && !key.disabled && !key.invalid && !(key.expires.isValid() && key.expires <= now);
    if (usable && !key.canSign)
        out.append({KeyWarning::Kind::CannotSign, tr("The key cannot sign: signatures from it cannot be expected.")});
    if (usable && !key.canEncrypt)
        out.append({KeyWarning::Kind::CannotEncrypt, tr("The key cannot encrypt: messages to its owner cannot be "
                                                        "encrypted to it.")});
    return out;
}

} // namespace fb

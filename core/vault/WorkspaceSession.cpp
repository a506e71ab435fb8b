// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/WorkspaceSession.h"

#include "core/vault/Vault.h"
#include "core/vault/WorkspaceFile.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace fb {

WorkspaceSession::WorkspaceSession(SessionKeyStore& store)
    : m_store(store)
{
}

Result<std::chrono::seconds> WorkspaceSession::parseLifetime(const QString& text)
{
    const QString trimmed = text.trimmed().toLower();
    qint64 unit = 1;
    QString digits = trimmed;
    if (trimmed.endsWith(QLatin1Char('s')) || trimmed.endsWith(QLatin1Char('m')) ||
        trimmed.endsWith(QLatin1Char('h'))) {
        const QChar suffix = trimmed.back();
        unit = suffix == QLatin1Char('h') ? 3600 : suffix == QLatin1Char('m') ? 60 : 1;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 count = digits.toLongLong(&ok);
    const std::chrono::seconds lifetime{ok && count > 0 && count <= kMaxLifetime.count() ? count * unit : 0};
    if (lifetime.count() <= 0 || lifetime > kMaxLifetime)
        return fail(
            ErrorCode::BadInput,
            tr("'%1' is not a duration from 1s to 12h: give seconds, minutes or hours, as 30s, 15m or 2h.").arg(text));
    return lifetime;
}

QByteArray WorkspaceSession::keyName(const QString& path, const QByteArray& salt)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("firebreak-session-v1"));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(canonical.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(salt);
    return QByteArray(kNamePrefix) + hash.result().toHex();
}

Result<QByteArray> WorkspaceSession::nameFor(const QString& path)
{
    FB_TRY_ASSIGN(auto probe, WorkspaceFile::probe(path));
    return keyName(path, probe.head);
}

Status WorkspaceSession::unlock(const Vault& vault, std::chrono::seconds lifetime)
{
    if (lifetime.count() <= 0 || lifetime > kMaxLifetime)
        return fail(ErrorCode::BadInput, tr("A session lasts from 1 second to 12 hours."));
    FB_TRY_ASSIGN(auto key, vault.copyKey());
    return m_store.store(keyName(vault.path(), key.salt), key.key, lifetime);
}

Result<std::optional<std::unique_ptr<Vault>>> WorkspaceSession::open(const QString& path)
{
    if (!m_store.isAvailable())
        return std::optional<std::unique_ptr<Vault>>();
    FB_TRY_ASSIGN(auto probe, WorkspaceFile::probe(path));
    const QByteArray name = keyName(path, probe.head);
    auto secret = m_store.find(name);
    if (!secret)
        return std::optional<std::unique_ptr<Vault>>();
    const WorkspaceKey key{std::move(*secret), probe.head};
    auto vault = Vault::open(path, key);
    if (vault)
        return std::optional<std::unique_ptr<Vault>>(std::move(*vault));
    if (vault.error().code != ErrorCode::WrongPassphrase)
        return fail(vault.error());
    // Stale: the file was re-keyed or replaced. Forget the key and let the caller ask for the passphrase.
    FB_TRY(m_store.forget(name));
    return std::optional<std::unique_ptr<Vault>>();
}

Result<bool> WorkspaceSession::lock(const QString& path)
{
    FB_TRY_ASSIGN(auto name, nameFor(path));
    return m_store.forget(name);
}

Result<bool> WorkspaceSession::lock(const Vault& vault)
{
    FB_TRY_ASSIGN(auto key, vault.copyKey());
    return m_store.forget(keyName(vault.path(), key.salt));
}

Result<int> WorkspaceSession::lockAll()
{
    return m_store.forgetAll(QByteArray(kNamePrefix));
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/OwnTeam.h"

#include "core/crypto/OpenPgp.h"
#include "core/directory/TeamReader.h"
#include "core/vault/SettingsStore.h"
#include "core/vault/Vault.h"

namespace fb {

OwnTeam::OwnTeam(Vault& vault)
    : m_vault(vault)
{
}

Result<std::optional<Team>> OwnTeam::team()
{
    FB_TRY_ASSIGN(auto stored, SettingsStore(m_vault).value(QString::fromLatin1(kTeamIdKey)));
    bool ok = false;
    const qint64 id = stored.value_or(QString()).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::optional<Team>();
    auto found = TeamReader(m_vault).team(id);
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return std::optional<Team>();
        return fail(found.error());
    }
    return std::optional<Team>(std::move(*found));
}

Status OwnTeam::setTeam(qint64 teamId)
{
    auto found = TeamReader(m_vault).team(teamId);
    if (!found)
        return fail(found.error());
    return SettingsStore(m_vault).setValue(QString::fromLatin1(kTeamIdKey), QString::number(teamId));
}

Status OwnTeam::clearTeam()
{
    return SettingsStore(m_vault).remove(QString::fromLatin1(kTeamIdKey));
}

Result<QString> OwnTeam::signingKey()
{
    FB_TRY_ASSIGN(auto chosen, chosenSigningKey());
    if (!chosen.isEmpty())
        return chosen;
    FB_TRY_ASSIGN(auto ours, team());
    if (!ours.has_value() || (ours)->keyFingerprints.isEmpty())
        return QString();
    return OpenPgp::normalisedFingerprint((ours)->keyFingerprints.first());
}

Result<QString> OwnTeam::chosenSigningKey()
{
    return SettingsStore(m_vault).value(QString::fromLatin1(kSigningKeyKey), QString());
}

Status OwnTeam::setSigningKey(const QString& fingerprint)
{
    const QString fpr = OpenPgp::normalisedFingerprint(fingerprint);
    if (fpr.isEmpty())
        return fail(ErrorCode::BadInput, tr("“%1” is not a full OpenPGP fingerprint.").arg(fingerprint),
                    QString::fromLatin1(kSigningKeyKey));
    return SettingsStore(m_vault).setValue(QString::fromLatin1(kSigningKeyKey), fpr);
}

Status OwnTeam::clearSigningKey()
{
    return SettingsStore(m_vault).remove(QString::fromLatin1(kSigningKeyKey));
}

} // namespace fb

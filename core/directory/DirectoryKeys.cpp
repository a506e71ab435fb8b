// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryKeys.h"

#include "core/crypto/KeyringStore.h"
#include "core/directory/PersonReader.h"
#include "core/vault/Transaction.h"

#include <QHash>

namespace fb {

DirectoryKeys::DirectoryKeys(const ChangeContext& change, KeyringStore& keyring)
    : m_vault(change.vault)
    , m_clock(change.clock)
    , m_teams(change)
    , m_keyring(keyring)
{
}

Result<QStringList> DirectoryKeys::importArmoured(const QByteArray& armoured, const QString& source,
                                                  std::optional<qint64> linkTeamId)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    auto fingerprints = m_keyring.addKeys(armoured, source);
    if (!fingerprints)
        return fail(fingerprints.error());
    if (linkTeamId) {
        FB_TRY_ASSIGN(auto team, m_teams.team(*linkTeamId));
        for (const QString& fpr : *fingerprints)
            if (!team.keyFingerprints.contains(fpr.toUpper()))
                team.keyFingerprints.append(fpr.toUpper());
        FB_TRY(m_teams.updateTeam(team));
    }
    FB_TRY(transaction.commit());
    return fingerprints;
}

Result<QList<LinkedKey>> DirectoryKeys::linked(std::optional<qint64> teamId)
{
    QList<LinkedKey> keys;
    if (teamId) {
        FB_TRY_ASSIGN(auto team, m_teams.team(*teamId));
        for (const QString& fpr : team.keyFingerprints)
            keys.append(LinkedKey{team.id, 0, team.displayName(), fpr, std::nullopt, {}, {}});
    } else {
        FB_TRY_ASSIGN(auto teams, m_teams.teams());
        for (const Team& team : teams)
            for (const QString& fpr : team.keyFingerprints)
                keys.append(LinkedKey{team.id, 0, team.displayName(), fpr, std::nullopt, {}, {}});
        FB_TRY_ASSIGN(auto people, PersonReader(m_vault).people());
        for (const Person& person : people)
            if (!person.keyFingerprint.isEmpty())
                keys.append(LinkedKey{0, person.id, person.name, person.keyFingerprint, std::nullopt, {}, {}});
    }
    if (keys.isEmpty())
        return keys;
    FB_TRY_ASSIGN(auto stored, m_keyring.keys());
    QHash<QString, KeyInfo> byFingerprint;
    for (const KeyInfo& info : stored)
        byFingerprint.insert(info.fingerprint.toUpper(), info);
    const QDateTime now = m_clock.nowUtc();
    for (LinkedKey& key : keys) {
        const auto it = byFingerprint.constFind(key.fingerprint.toUpper());
        if (it == byFingerprint.constEnd()) {
            key.missing = tr("The key is not in the workspace keyring; import it before relying on it.");
            continue;
        }
        key.key = *it;
        key.warnings = KeyringStore::warnings(*it, now);
    }
    return keys;
}

QList<DirectoryKeys::NamedKey> DirectoryKeys::namedKeys(const Team& team, const QString& profileFingerprint,
                                                        const QDateTime& profileImportedAt)
{
    QList<NamedKey> named;
    const QString source =
        team.source.startsWith(QLatin1String("ti:")) ? tr("the Trusted Introducer entry") : tr("the imported entry");
    for (const QString& fpr : team.sourceKeyFingerprints)
        named.append({fpr.toUpper(), source});
    if (!profileFingerprint.isEmpty())
        named.append({profileFingerprint.toUpper(),
                      profileImportedAt.isValid() ? tr("the team's RFC 2350 profile (imported %1)")
                                                        .arg(profileImportedAt.toUTC().date().toString(Qt::ISODate))
                                                  : tr("the team's RFC 2350 profile")});
    return named;
}

QStringList DirectoryKeys::mismatches(const Team& team, const QList<NamedKey>& named)
{
    QStringList sentences;
    // Grouped by who names them: a linked key differs when that source names other keys, not this one.
    QStringList sources;
    for (const NamedKey& key : named)
        if (!sources.contains(key.namedBy))
            sources.append(key.namedBy);
    for (const QString& source : std::as_const(sources)) {
        QStringList fingerprints;
        for (const NamedKey& key : named)
            if (key.namedBy == source)
                fingerprints.append(key.fingerprint);
        QStringList grouped;
        for (const QString& fpr : std::as_const(fingerprints))
            grouped.append(groupedFingerprint(fpr));
        if (team.keyFingerprints.isEmpty()) {
            sentences.append(tr("%1 names the key %2, but no key is linked to the team.")
                                 .arg(source, grouped.join(QStringLiteral(", "))));
            continue;
        }
        for (const QString& linked : team.keyFingerprints)
            if (!fingerprints.contains(linked.toUpper()))
                sentences.append(tr("The linked key %1 differs from the key %2 names (%3): check which one the team "
                                    "uses.")
                                     .arg(groupedFingerprint(linked), source, grouped.join(QStringLiteral(", "))));
    }
    return sentences;
}

} // namespace fb

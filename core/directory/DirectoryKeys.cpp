// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryKeys.h"

#include "core/crypto/KeyringStore.h"
#include "core/directory/DirectoryStore.h"
#include "core/vault/Transaction.h"

#include <QHash>

namespace fb {

DirectoryKeys::DirectoryKeys(DirectoryStore& directory, KeyringStore& keyring)
    : m_directory(directory)
    , m_keyring(keyring)
{
}

Result<QStringList> DirectoryKeys::importArmoured(const QByteArray& armoured, const QString& source,
                                                  std::optional<qint64> linkTeamId)
{
    Transaction transaction(m_directory.vault());
    if (!transaction.status())
        return fail(transaction.status().error());
    auto fingerprints = m_keyring.addKeys(armoured, source);
    if (!fingerprints)
        return fail(fingerprints.error());
    if (linkTeamId) {
        auto team = m_directory.team(*linkTeamId);
        if (!team)
            return fail(team.error());
        for (const QString& fpr : *fingerprints)
            if (!team->keyFingerprints.contains(fpr.toUpper()))
                team->keyFingerprints.append(fpr.toUpper());
        if (auto status = m_directory.updateTeam(*team); !status)
            return fail(status.error());
    }
    if (auto status = transaction.commit(); !status)
        return fail(status.error());
    return fingerprints;
}

Result<QList<LinkedKey>> DirectoryKeys::linked(std::optional<qint64> teamId)
{
    QList<LinkedKey> keys;
    if (teamId) {
        auto team = m_directory.team(*teamId);
        if (!team)
            return fail(team.error());
        for (const QString& fpr : team->keyFingerprints)
            keys.append(LinkedKey{team->id, 0, team->displayName(), fpr, std::nullopt, {}, {}});
    } else {
        auto teams = m_directory.teams();
        if (!teams)
            return fail(teams.error());
        for (const Team& team : *teams)
            for (const QString& fpr : team.keyFingerprints)
                keys.append(LinkedKey{team.id, 0, team.displayName(), fpr, std::nullopt, {}, {}});
        auto people = m_directory.people();
        if (!people)
            return fail(people.error());
        for (const Person& person : *people)
            if (!person.keyFingerprint.isEmpty())
                keys.append(LinkedKey{0, person.id, person.name, person.keyFingerprint, std::nullopt, {}, {}});
    }
    if (keys.isEmpty())
        return keys;
    auto stored = m_keyring.keys();
    if (!stored)
        return fail(stored.error());
    QHash<QString, KeyInfo> byFingerprint;
    for (const KeyInfo& info : *stored)
        byFingerprint.insert(info.fingerprint.toUpper(), info);
    const QDateTime now = m_directory.clock().nowUtc();
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

} // namespace fb

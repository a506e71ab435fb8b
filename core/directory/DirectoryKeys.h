// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryKeys: the OpenPGP keys of directory entries: importing ASCII-armoured keys into the workspace keyring
// (core/crypto KeyringStore) and linking them to a team, and listing each linked fingerprint with what the keyring
// knows of it (algorithm, dates, user IDs, validity) and its warnings (expired, expiring within 30 days, revoked,
// weak, or missing from the keyring), and whether the linked keys are the ones the team's Trusted Introducer entry or
// its RFC 2350 profile names.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Result.h"
#include "core/crypto/KeyInfo.h"
#include "core/crypto/KeyWarning.h"
#include "core/directory/TeamStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

class KeyringStore;

struct LinkedKey
{
    qint64 teamId = 0;   // the team the key is linked to, or 0
    qint64 personId = 0; // the person whose key it is, or 0
    QString owner;       // team display name or person name
    QString fingerprint;
    std::optional<KeyInfo> key; // empty when the keyring does not hold the key
    QList<KeyWarning> warnings;
    QString missing; // a sentence when the key is not in the keyring; empty otherwise
};

class DirectoryKeys
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryKeys)

public:
    DirectoryKeys(const ChangeContext& change, KeyringStore& keyring);

    // Adds the public keys to the keyring and, when linkTeamId is given, links every one of them to that team.
    // Returns the fingerprints. One transaction: a failed link leaves the keyring unchanged too.
    Result<QStringList> importArmoured(const QByteArray& armoured, const QString& source,
                                       std::optional<qint64> linkTeamId = std::nullopt);
    // Every fingerprint linked to a team or person (or only those of one team), with keyring details.
    Result<QList<LinkedKey>> linked(std::optional<qint64> teamId = std::nullopt);

    // A key another source names for the team, to compare with the keys linked to it.
    struct NamedKey
    {
        QString fingerprint;
        QString namedBy; // a phrase: "the Trusted Introducer entry", "the team's RFC 2350 profile (imported ...)"
    };
    // The keys the team's import source names (Team::sourceKeyFingerprints) and, when given, the fingerprint of
    // the team's own RFC 2350 profile.
    static QList<NamedKey> namedKeys(const Team& team, const QString& profileFingerprint = {},
                                     const QDateTime& profileImportedAt = {});
    // One sentence for each linked key that differs from what a source names, and for a named key when no key is
    // linked at all. Empty when they agree or nothing is named.
    static QStringList mismatches(const Team& team, const QList<NamedKey>& named);

private:
    Vault& m_vault;
    const Clock& m_clock;
    TeamStore m_teams;
    KeyringStore& m_keyring;
};

} // namespace fb

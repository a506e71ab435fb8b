// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryQueries: questions that span teams and people. Who an e-mail address or a signing key belongs to
// (reporter recognition), which entries were not confirmed for too long (and that setting), and the in-memory
// lookup index over the whole directory. Reads only, besides the stale-days setting.
// A second backend (the PostgreSQL team server) implements these functions over its own tables.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/directory/NetworkLookup.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <optional>

namespace fb {

class Vault;

// A directory entry that an e-mail address or a key belongs to (reporter recognition for mail import).
struct DirectoryHit
{
    qint64 teamId = 0;   // the team, or the team the person currently belongs to (0 when none)
    qint64 personId = 0; // 0 for a team's own address or key
    QString name;        // team display name, or the person's name
    QString teamName;
    QString role; // the person's current role in that team
};

struct StaleEntry
{
    QString entity; // "team" or "person"
    qint64 id = 0;
    QString name;
    QDateTime verifiedAt; // invalid: never verified
    QString verifiedBy;
    QDateTime sourceUpdatedAt; // teams: when the import source last changed the record; invalid when unknown
    // Which date made it stale: "verified" (our verification is the later), "source" (the source's update is the
    // later), or empty when there is neither.
    QString basis;
    QDateTime lastConfirmed() const { return basis == QLatin1String("source") ? sourceUpdatedAt : verifiedAt; }
};

class DirectoryQueries
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryQueries)

public:
    static constexpr int kDefaultStaleDays = 180;
    static constexpr const char* kStaleDaysKey = "directory.stale_days";

    DirectoryQueries(Vault& vault, const Clock& clock);

    // Reporter recognition: who an address or a signing key belongs to. Team channels first, then people (with
    // the team they currently belong to). Empty when unknown.
    Result<QList<DirectoryHit>> findByEmail(const QString& address);
    Result<QList<DirectoryHit>> findByKeyFingerprint(const QString& fingerprint);

    Result<int> staleDays();
    Status setStaleDays(int days);
    // Teams and people not confirmed within `days` (default: the setting): for a team the later of our verification
    // and the source's last update (TeamFields::lastConfirmed), for a person our verification. Never confirmed first.
    Result<QList<StaleEntry>> stale(std::optional<int> days = std::nullopt);

    // The lookup index over the current directory, built from every team and person. Build it once and keep it
    // for many questions; one question is cheaper through NetworkLookupStore.
    Result<std::shared_ptr<const NetworkLookup>> lookup();

private:
    Vault& m_vault;
    const Clock& m_clock;
};

} // namespace fb

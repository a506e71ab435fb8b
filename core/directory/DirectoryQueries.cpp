// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryQueries.h"

#include "core/directory/DirectoryRows.h"
#include "core/directory/PersonReader.h"
#include "core/directory/TeamFields.h"
#include "core/directory/TeamReader.h"
#include "core/observables/Observable.h"
#include "core/vault/Query.h"
#include "core/vault/SettingsStore.h"
#include "core/vault/Vault.h"

#include <algorithm>

namespace fb {

using DirectoryRows::fromMs;

namespace {

// The hit for a person: the team they belong to today (the latest open membership) and its name.
DirectoryHit personHit(const Person& person, const QDate& today, TeamReader& teams)
{
    DirectoryHit hit{0, person.id, person.name, {}, {}};
    for (const TeamMembership& m : person.memberships)
        if (m.isCurrent(today)) {
            hit.teamId = m.teamId;
            hit.role = m.role;
        }
    if (hit.teamId)
        if (auto t = teams.team(hit.teamId))
            hit.teamName = t->displayName();
    return hit;
}

// The hit for a team's own address or key.
Result<DirectoryHit> teamHit(qint64 id, TeamReader& teams)
{
    FB_TRY_ASSIGN(auto t, teams.team(id));
    return DirectoryHit{t.id, 0, t.displayName(), t.displayName(), {}};
}

} // namespace

DirectoryQueries::DirectoryQueries(Vault& vault, const Clock& clock)
    : m_vault(vault)
    , m_clock(clock)
{
}

Result<QList<DirectoryHit>> DirectoryQueries::findByEmail(const QString& address)
{
    FB_TRY_ASSIGN(auto email, Observables::normalise(ObservableType::Email, address));
    FB_TRY_ASSIGN(auto q,
                  m_vault.query("SELECT team_id, person_id FROM dir_channels WHERE kind = 'email' AND value = ?1 "
                                "ORDER BY team_id IS NULL, team_id, person_id"));
    QList<std::pair<std::optional<qint64>, std::optional<qint64>>> owners;
    FB_TRY(q.bind(1, email.value).forEachRow([&](const Query& row) {
        owners.append({row.optionalInt64(0), row.optionalInt64(1)});
    }));
    TeamReader teams(m_vault);
    PersonReader people(m_vault);
    const QDate today = m_clock.nowUtc().date();
    QList<DirectoryHit> hits;
    for (const auto& [teamId, personId] : owners) {
        if (teamId) {
            FB_TRY_ASSIGN(auto hit, teamHit(*teamId, teams));
            hits.append(hit);
        } else if (personId) {
            FB_TRY_ASSIGN(auto p, people.person(*personId));
            hits.append(personHit(p, today, teams));
        } else {
            hits.append(DirectoryHit{});
        }
    }
    return hits;
}

Result<QList<DirectoryHit>> DirectoryQueries::findByKeyFingerprint(const QString& fingerprint)
{
    FB_TRY_ASSIGN(auto fpr, TeamFields::normaliseFingerprint(fingerprint));
    FB_TRY_ASSIGN(auto teamsWithKey,
                  m_vault.query("SELECT team_id FROM dir_team_keys WHERE fingerprint = ?1 ORDER BY team_id"));
    QList<qint64> teamIds;
    FB_TRY(teamsWithKey.bind(1, fpr).forEachRow([&](const Query& row) { teamIds.append(row.int64(0)); }));
    TeamReader teams(m_vault);
    QList<DirectoryHit> hits;
    for (qint64 id : teamIds) {
        FB_TRY_ASSIGN(auto hit, teamHit(id, teams));
        hits.append(hit);
    }
    FB_TRY_ASSIGN(auto found, PersonReader(m_vault).peopleByKey(fpr));
    const QDate today = m_clock.nowUtc().date();
    for (const Person& p : found)
        hits.append(personHit(p, today, teams));
    return hits;
}

Result<int> DirectoryQueries::staleDays()
{
    FB_TRY_ASSIGN(auto stored, SettingsStore(m_vault).value(QString::fromLatin1(kStaleDaysKey)));
    bool ok = false;
    const int days = stored.value_or(QString()).toInt(&ok);
    return ok && days > 0 ? days : kDefaultStaleDays;
}

Status DirectoryQueries::setStaleDays(int days)
{
    if (days <= 0)
        return fail(ErrorCode::BadInput, tr("The number of days must be positive."));
    return SettingsStore(m_vault).setValue(QString::fromLatin1(kStaleDaysKey), QString::number(days));
}

Result<QList<StaleEntry>> DirectoryQueries::stale(std::optional<int> days)
{
    if (!days) {
        FB_TRY_ASSIGN(auto setting, staleDays());
        days = setting;
    }
    const qint64 cutoff = m_clock.nowUtc().addDays(-*days).toMSecsSinceEpoch();
    QList<StaleEntry> entries;
    auto collect = [&](const char* sql, const QString& entity) -> Status {
        FB_TRY_ASSIGN(auto q, m_vault.query(sql));
        return q.bind(1, cutoff).forEachRow([&](const Query& row) {
            StaleEntry e{entity,      row.int64(0),
                         row.text(1), fromMs(row.optionalInt64(2)),
                         row.text(3), fromMs(row.optionalInt64(4)),
                         {}};
            if (e.sourceUpdatedAt.isValid() && (!e.verifiedAt.isValid() || e.sourceUpdatedAt > e.verifiedAt))
                e.basis = QStringLiteral("source");
            else if (e.verifiedAt.isValid())
                e.basis = QStringLiteral("verified");
            entries.append(e);
        });
    };
    FB_TRY(collect("SELECT id, CASE short_name WHEN '' THEN official_name ELSE short_name END, verified_at, "
                   "verified_by, source_updated_at FROM dir_teams "
                   "WHERE max(ifnull(verified_at, -1), ifnull(source_updated_at, -1)) < ?1",
                   QStringLiteral("team")));
    FB_TRY(collect("SELECT id, name, verified_at, verified_by, NULL FROM dir_people "
                   "WHERE verified_at IS NULL OR verified_at < ?1",
                   QStringLiteral("person")));
    std::stable_sort(entries.begin(), entries.end(), [](const StaleEntry& a, const StaleEntry& b) {
        const QDateTime left = a.lastConfirmed();
        const QDateTime right = b.lastConfirmed();
        if (left.isValid() != right.isValid())
            return !left.isValid();
        return left < right;
    });
    return entries;
}

Result<std::shared_ptr<const NetworkLookup>> DirectoryQueries::lookup()
{
    FB_TRY_ASSIGN(auto allTeams, TeamReader(m_vault).teams());
    FB_TRY_ASSIGN(auto allPeople, PersonReader(m_vault).people());
    return NetworkLookup::build(allTeams, allPeople);
}

} // namespace fb

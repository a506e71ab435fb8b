// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryStore: the contact directory in a workspace: teams, people, their channels, constituencies, linked
// keys and agreements. Every change is one transaction with its history rows ("directory.team.update", field
// "team/<id>/<field>") and per-field edit times, which imports consult before overwriting anything.
// All of the directory's SQL lives here.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/directory/NetworkLookup.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"
#include "core/history/History.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>

namespace fb {

class Vault;
class Query;

// Who made a change: a person (CLI, GUI) or an import. Imports never overwrite a field a person changed after
// the imported record was last modified.
enum class EditOrigin { User, Import };

struct FieldEdit
{
    QDateTime at;
    bool byUser = false;
};

// A directory entry that an e-mail address or a key belongs to (reporter recognition for mail import).
struct DirectoryHit
{
    qint64 teamId = 0;   // the team, or the team the person currently belongs to (0 when none)
    qint64 personId = 0; // 0 for a team's own address or key
    QString name;        // team display name, or the person's name
    QString teamName;
    QString role; // the person's current role in that team
};

// What an import matches an incoming team by; cheap to read for every team.
struct TeamKey
{
    qint64 id = 0;
    QString uid;
    QString source;
    QString shortName;
    QString country;
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

class DirectoryStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryStore)

public:
    static constexpr int kDefaultStaleDays = 180;
    static constexpr const char* kStaleDaysKey = "directory.stale_days";

    DirectoryStore(Vault& vault, const Clock& clock, QString actor);

    // Validates, gives the team a UUID when it has none, stores it; returns the id.
    Result<qint64> addTeam(Team team, EditOrigin origin = EditOrigin::User);
    // Stores every field of `team` (by id); history rows and edit times for the fields that changed.
    Status updateTeam(Team team, EditOrigin origin = EditOrigin::User);
    Status removeTeam(qint64 id);
    Result<Team> team(qint64 id);
    Result<QList<Team>> teams();
    // By UUID, then short name, then official name (case-insensitive). NotFound, or Conflict when ambiguous.
    Result<Team> findTeam(const QString& nameOrUid);
    Result<std::optional<Team>> teamByUid(const QString& uid);
    Result<std::optional<Team>> teamBySource(const QString& source);
    // Id, UID, source, short name and country of every team (by id), or of one.
    Result<QList<TeamKey>> teamKeys();
    Result<TeamKey> teamKey(qint64 id);
    // A team's channels, without reading the rest of the team.
    Result<QList<Channel>> teamChannels(qint64 id);

    Result<qint64> addPerson(Person person, EditOrigin origin = EditOrigin::User);
    Status updatePerson(Person person, EditOrigin origin = EditOrigin::User);
    Status removePerson(qint64 id);
    Result<Person> person(qint64 id);
    Result<QList<Person>> people();
    Result<Person> findPerson(const QString& nameOrUid);
    Result<std::optional<Person>> personByUid(const QString& uid);
    // People with this e-mail address as a channel (normalised first), oldest first.
    Result<QList<Person>> peopleByEmail(const QString& address);
    // The stored person an imported one is: by UID when it has one that is stored, else by its e-mail addresses
    // (the first address that a stored person has; the oldest such person). `how` is "uid" or "email".
    struct PersonMatch
    {
        std::optional<Person> person;
        QString how;
    };
    Result<PersonMatch> matchPerson(const Person& incoming);
    // `stored` with every non-empty field of `incoming` (channels and memberships as whole lists): empty imported
    // fields never erase anything.
    static Person mergePerson(const Person& stored, const Person& incoming);
    // The same in every field the directory keeps and records (ids and times aside).
    static bool samePerson(const Person& a, const Person& b);

    // Reporter recognition: who an address or a signing key belongs to. Team channels first, then people (with
    // the team they currently belong to). Empty when unknown.
    Result<QList<DirectoryHit>> findByEmail(const QString& address);
    Result<QList<DirectoryHit>> findByKeyFingerprint(const QString& fingerprint);

    // When each field of an entry was last changed ("team" or "person").
    Result<QHash<QString, FieldEdit>> fieldEdits(const QString& entity, qint64 id);
    Result<QList<HistoryEntry>> historyOfTeam(qint64 id);

    Result<int> staleDays();
    Status setStaleDays(int days);
    // Teams and people not confirmed within `days` (default: the setting): for a team the later of our verification
    // and the source's last update (TeamFields::lastConfirmed), for a person our verification. Never confirmed first.
    Result<QList<StaleEntry>> stale(std::optional<int> days = std::nullopt);

    // The lookup index over the current directory; built on first use and again after any change made here.
    // For a long-running process that asks many questions.
    Result<std::shared_ptr<const NetworkLookup>> lookup();
    // One answer from indexed queries (NetworkLookupStore): the same as lookup()->lookup(query), without reading
    // every team first.
    Result<LookupResult> whoHandles(const QString& query);

    const Clock& clock() const { return m_clock; }
    Vault& vault() { return m_vault; }

private:
    Status writeTeamRow(const Team& team, bool insert);
    Status writeTeamChildren(const Team& team);
    Status writePersonRow(const Person& person, bool insert);
    Status writePersonChildren(const Person& person);
    Status recordTeamChanges(const Team& before, const Team& after, EditOrigin origin);
    Status recordEdit(const QString& entity, qint64 id, const QString& field, EditOrigin origin);
    Status record(const QString& action, const QString& field, std::optional<QString> oldValue,
                  std::optional<QString> newValue);
    Result<QList<Team>> loadTeams(const char* where, const QString& argument);
    Result<QList<TeamKey>> loadTeamKeys(const char* where, std::optional<qint64> id);
    Result<QList<Person>> loadPeople(const char* where, const QString& argument);

    Vault& m_vault;
    const Clock& m_clock;
    QString m_actor;
    History m_history;
    std::shared_ptr<const NetworkLookup> m_lookup;
};

} // namespace fb

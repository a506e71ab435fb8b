// SPDX-License-Identifier: GPL-3.0-or-later
// TeamReader: read-only look-ups of the directory's teams (with their channels, constituency, keys and
// agreements). Needs no clock and no actor: nothing is written through it. TeamStore adds the changes.
// A second backend (the PostgreSQL team server) implements these reads over its own tables; nothing here
// names SQL or a connection beyond the constructor.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Team.h"

#include <QCoreApplication>

#include <optional>

namespace fb {

class Vault;

// What an import matches an incoming team by; cheap to read for every team.
struct TeamKey
{
    qint64 id = 0;
    QString uid;
    QString source;
    QString shortName;
    QString country;
};

class TeamReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::TeamReader)

public:
    explicit TeamReader(Vault& vault);

    Result<Team> team(qint64 id);
    Result<QList<Team>> teams();
    // By id, UUID, then short name, then official name (case-insensitive). NotFound, or Conflict when ambiguous.
    Result<Team> findTeam(const QString& nameOrUid);
    Result<std::optional<Team>> teamByUid(const QString& uid);
    Result<std::optional<Team>> teamBySource(const QString& source);
    // Id, UID, source, short name and country of every team (by id), or of one.
    Result<QList<TeamKey>> teamKeys();
    Result<TeamKey> teamKey(qint64 id);
    // A team's channels, without reading the rest of the team.
    Result<QList<Channel>> teamChannels(qint64 id);

protected:
    Vault& m_vault;

private:
    Result<QList<Team>> loadTeams(const char* where, const QString& argument);
    Result<std::optional<Team>> oneTeam(const char* where, const QString& argument);
    Result<QList<TeamKey>> loadTeamKeys(const char* where, std::optional<qint64> id);
};

} // namespace fb

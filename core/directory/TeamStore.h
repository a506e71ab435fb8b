// SPDX-License-Identifier: GPL-3.0-or-later
// TeamStore: changes to the directory's teams. Every change is one transaction with its edit log
// (DirectoryEditLog: history rows "directory.team.*", field "team/<id>/<field>", and per-field edit times).
// The reads come from TeamReader. All of the teams' SQL lives in these two classes.
// A second backend (the PostgreSQL team server) implements the same public functions, reads and changes,
// and writes the same edit log; callers see only Team values and Result/Status.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/directory/DirectoryEditLog.h"
#include "core/directory/TeamReader.h"

namespace fb {

class TeamStore : public TeamReader
{
public:
    TeamStore(const ChangeContext& change);

    // Validates, gives the team a UUID when it has none, stores it; returns the id.
    Result<qint64> addTeam(Team team, EditOrigin origin = EditOrigin::User);
    // Stores every field of `team` (by id); history rows and edit times for the fields that changed.
    Status updateTeam(Team team, EditOrigin origin = EditOrigin::User);
    Status removeTeam(qint64 id);

    // When each field of a team was last changed, and by whom (a person or an import).
    Result<QHash<QString, FieldEdit>> fieldEdits(qint64 id);
    Result<QList<HistoryEntry>> history(qint64 id);

private:
    Status writeTeamRow(const Team& team, bool insert);
    Status writeTeamChildren(const Team& team);

    const Clock& m_clock;
    DirectoryEditLog m_log;
};

} // namespace fb

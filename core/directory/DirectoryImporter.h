// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryImporter: merges teams and people read from an import (Trusted Introducer, vCard) into the directory,
// in one transaction. An entry is matched by its source id, then its UID, then short name and country (hash
// lookups: an import costs the same per team with 60,000 teams stored as with 60). A field a person edited after
// the imported record was last modified (or at all, when the record does not say when it was modified) is kept
// and reported; empty imported fields never erase anything. A team field longer than kMaxFieldChars is left out
// with a problem naming the team and the field; the rest of the team is imported.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/directory/ImportReport.h"
#include "core/directory/PersonStore.h"
#include "core/directory/TeamStore.h"

#include <QCoreApplication>

namespace fb {

class DirectoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryImporter)

public:
    // The longest text a team field (or one channel, constituency entry or agreement of it) may have on import.
    static constexpr qsizetype kMaxFieldChars = 64 * 1024;

    DirectoryImporter(const ChangeContext& change);

    // Problems already found by the reader are carried into the report. Nothing is stored when the workspace
    // refuses a write or the job is cancelled (the whole import is rolled back: ErrorCode::Cancelled). A stop
    // request keeps the entries merged so far (report.stopped, the rest in report.notReached); importing the same
    // file again completes it. Progress is reported per entry. Run it in a job with its own connection
    // (Vault::openConnection()).
    Result<ImportReport> import(const ImportedDirectory& directory, JobControl* control = nullptr);

    // Leaves out the fields of `team` that are longer than kMaxFieldChars (list fields: the items that are);
    // returns one problem per field, naming the team and the field.
    static QList<ImportProblem> dropOversizedFields(Team& team, const QString& position);

private:
    class TeamIndex;

    Status importTeam(const ImportedTeam& incoming, TeamIndex& index, ImportReport& report);
    Status importPerson(const ImportedPerson& incoming, ImportReport& report);

    Vault& m_vault;
    TeamStore m_teams;
    PersonStore m_people;
};

} // namespace fb

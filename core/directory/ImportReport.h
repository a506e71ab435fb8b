// SPDX-License-Identifier: GPL-3.0-or-later
// ImportReport: what a directory import did: entries added, updated, unchanged and skipped, fields kept because a
// person edited them more recently, and every problem with its position in the input.
#pragma once

#include "core/directory/Person.h"
#include "core/directory/Team.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

struct ImportProblem
{
    QString position; // "line 12", "teams[3].constituency.ipranges[2]", "offset 812 (line 30, column 5)"
    QString message;  // translated
};

// One team read from an import file, before it is merged into the directory.
struct ImportedTeam
{
    Team team;
    QString position;
    QDateTime modified; // when the source last changed the record; invalid when it does not say
};

// One person read from an import file (vCard KIND:individual); memberships name their team by UID.
struct ImportedPerson
{
    Person person;
    QString position;
    QStringList teamUids; // one per membership, in order (the membership teamId is filled on import)
};

struct ImportedDirectory
{
    QList<ImportedTeam> teams;
    QList<ImportedPerson> people;
    QList<ImportProblem> problems; // entries with problems are not in the lists above
    QList<ImportProblem> warnings; // entries imported, but a field was read differently or left out (see message)
};

struct ImportReport
{
    QStringList added;     // display names
    QStringList updated;   // display names
    QStringList unchanged; // display names
    QStringList skipped;   // "position: name" of entries not imported because of problems
    QStringList keptEdits; // "TEAM field: kept your edit of <date>"
    QList<ImportProblem> problems;
    QList<ImportProblem> warnings; // imported, with a field read differently or left out: check these
    bool stopped = false;          // stopped on request: the entries before were kept, notReached were not read
    QStringList notReached;        // positions of the entries a stop left out
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryVCard: teams (KIND:org) and people (KIND:individual) as vCard 4 (read also from 3.0 and 2.1), both ways,
// losslessly for every field the directory holds (standard properties where RFC 6350 has one, X-FB-* otherwise; see
// docs/directory.md).
#pragma once

#include "core/directory/ImportReport.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"
#include "core/directory/VCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace fb {

class DirectoryVCard
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryVCard)

public:
    // People's memberships name their team by UID; teams not in `teams` are looked up in `teamUids` (id -> uid).
    static QByteArray write(const QList<Team>& teams, const QList<Person>& people,
                            const QHash<qint64, QString>& teamUids = {});
    static VCard teamCard(const Team& team);
    static VCard personCard(const Person& person, const QHash<qint64, QString>& teamUids);

    // Reads a file of cards (vCard 4.0, 3.0 or 2.1); cards with problems (syntax, invalid values) are reported by
    // line and left out; a field that was left out or read differently (Latin-1 fallback, a bad address, an
    // embedded key) is a warning and the rest of its card is imported. sourceName (the file name) prefixes every
    // position.
    static ImportedDirectory read(const QByteArray& data, const QString& sourceName = {});
};

} // namespace fb

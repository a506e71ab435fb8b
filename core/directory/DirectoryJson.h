// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryJson: teams, people and lookup answers as JSON, for `--json` output and for exporting the directory
// (all of it or a selection). Keys are camelCase; dates "yyyy-MM-dd", times ISO 8601 UTC.
#pragma once

#include "core/directory/NetworkLookup.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace fb {

class DirectoryJson
{
public:
    static QJsonObject team(const Team& team);
    static QJsonObject person(const Person& person, const QHash<qint64, QString>& teamUids);
    static QJsonObject lookup(const LookupResult& result);
    static QString viaKey(LookupVia via);
    // {"format": "firebreak-directory", "version": 1, "exportedAt": ..., "teams": [...], "people": [...]}
    static QByteArray exportDocument(const QList<Team>& teams, const QList<Person>& people, const QDateTime& now);
};

} // namespace fb

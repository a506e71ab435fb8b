// SPDX-License-Identifier: GPL-3.0-or-later
// PersonReader: read-only look-ups of the directory's people (with their channels and team memberships), and
// which stored person an imported one is. Needs no clock and no actor. PersonStore adds the changes.
// A second backend (the PostgreSQL team server) implements these reads over its own tables; nothing here
// names SQL or a connection beyond the constructor.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Person.h"

#include <QCoreApplication>

#include <optional>

namespace fb {

class Vault;

class PersonReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::PersonReader)

public:
    explicit PersonReader(Vault& vault);

    Result<Person> person(qint64 id);
    Result<QList<Person>> people();
    // By id, UUID, then name (case-insensitive). NotFound, or Conflict when ambiguous.
    Result<Person> findPerson(const QString& nameOrUid);
    // People whose own key is this (normalised) fingerprint, oldest first.
    Result<QList<Person>> peopleByKey(const QString& fingerprint);

    // The stored person an imported one is: by UID when it has one that is stored, else by its e-mail addresses
    // (the first address that a stored person has; the oldest such person). `how` is "uid" or "email".
    struct PersonMatch
    {
        std::optional<Person> person;
        QString how;
    };
    Result<PersonMatch> matchPerson(const Person& incoming);

protected:
    Vault& m_vault;

private:
    Result<QList<Person>> loadPeople(const char* where, const QString& argument);
};

} // namespace fb

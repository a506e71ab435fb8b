// SPDX-License-Identifier: GPL-3.0-or-later
// PersonStore: changes to the directory's people and their team memberships. Every change is one transaction
// with its edit log (DirectoryEditLog: history rows "directory.person.*", field "person/<id>/<field>", and
// per-field edit times). The reads come from PersonReader. All of the people's SQL lives in these two classes.
// A second backend (the PostgreSQL team server) implements the same public functions, reads and changes,
// and writes the same edit log; mergePerson and samePerson are shared rules, not storage.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/directory/DirectoryEditLog.h"
#include "core/directory/PersonReader.h"

namespace fb {

class PersonStore : public PersonReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::PersonStore)

public:
    PersonStore(const ChangeContext& change);

    // Validates (a name; e-mail addresses and the fingerprint normalised; memberships of stored teams), gives the
    // person a UUID when they have none, stores them; returns the id.
    Result<qint64> addPerson(Person person, EditOrigin origin = EditOrigin::User);
    // Stores every field of `person` (by id); history rows and edit times for the fields that changed.
    Status updatePerson(Person person, EditOrigin origin = EditOrigin::User);
    // Removes the person with their channels, memberships and places on distribution lists; NotFound when there
    // is no such person.
    Status removePerson(qint64 id);

    // When each field of a person was last changed, and by whom (a person or an import).
    Result<QHash<QString, FieldEdit>> fieldEdits(qint64 id);

    // `stored` with every non-empty field of `incoming` (channels and memberships as whole lists): empty imported
    // fields never erase anything.
    static Person mergePerson(const Person& stored, const Person& incoming);
    // The same in every field the directory keeps and records (ids and times aside).
    static bool samePerson(const Person& a, const Person& b);

private:
    Status writePersonRow(const Person& person, bool insert);
    Status writePersonChildren(const Person& person);

    const Clock& m_clock;
    DirectoryEditLog m_log;
};

} // namespace fb

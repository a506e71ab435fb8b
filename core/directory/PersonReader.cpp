// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/PersonReader.h"

#include "core/directory/DirectoryRows.h"
#include "core/observables/Observable.h"
#include "core/vault/Query.h"
#include "core/vault/Vault.h"

#include <QHash>

namespace fb {

using namespace DirectoryRows;

PersonReader::PersonReader(Vault& vault)
    : m_vault(vault)
{
}

Result<QList<Person>> PersonReader::loadPeople(const char* where, const QString& argument)
{
    const QByteArray sql = QByteArray("SELECT id, uid, name, key_fingerprint, notes, verified_at, verified_by, "
                                      "created_at, updated_at, highest_tlp, organisation, key_uri FROM dir_people ") +
                           where + " ORDER BY id";
    FB_TRY_ASSIGN(auto q, m_vault.query(sql.constData()));
    if (!argument.isNull())
        q.bind(1, argument);
    QList<Person> people;
    QHash<qint64, qsizetype> index;
    FB_TRY(q.forEachRow([&](const Query& row) {
        Person p;
        p.id = row.int64(0);
        p.uid = row.text(1);
        p.name = row.text(2);
        p.keyFingerprint = row.text(3);
        p.notes = row.text(4);
        p.verifiedAt = fromMs(row.optionalInt64(5));
        p.verifiedBy = row.text(6);
        p.createdAt = fromMs(row.int64(7));
        p.updatedAt = fromMs(row.int64(8));
        p.highestTlp = Tlp::parse(row.text(9));
        p.organisation = row.text(10);
        p.keyUri = row.text(11);
        index.insert(p.id, people.size());
        people.append(p);
    }));
    if (people.isEmpty())
        return people;
    FB_TRY_ASSIGN(auto channels,
                  m_vault.query("SELECT person_id, kind, value, usage, comment, out_of_band FROM dir_channels "
                                "WHERE person_id IS NOT NULL ORDER BY person_id, position"));
    FB_TRY(channels.forEachRow([&](const Query& row) {
        if (const auto it = index.constFind(row.int64(0)); it != index.constEnd())
            people[*it].channels.append(channel(row, 1));
    }));
    FB_TRY_ASSIGN(auto memberships,
                  m_vault.query("SELECT person_id, team_id, role, valid_from, valid_until FROM dir_memberships "
                                "ORDER BY person_id, id"));
    FB_TRY(memberships.forEachRow([&](const Query& row) {
        if (const auto it = index.constFind(row.int64(0)); it != index.constEnd())
            people[*it].memberships.append(
                TeamMembership{row.int64(1), row.text(2), dateFrom(row.text(3)), dateFrom(row.text(4))});
    }));
    return people;
}

Result<Person> PersonReader::person(qint64 id)
{
    FB_TRY_ASSIGN(auto found, loadPeople("WHERE id = ?1", QString::number(id)));
    if (found.isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no person %1 in the directory.").arg(id));
    return found.first();
}

Result<QList<Person>> PersonReader::people()
{
    return loadPeople("", QString());
}

Result<QList<Person>> PersonReader::peopleByKey(const QString& fingerprint)
{
    return loadPeople("WHERE key_fingerprint = ?1", fingerprint);
}

Result<PersonReader::PersonMatch> PersonReader::matchPerson(const Person& incoming)
{
    if (!incoming.uid.isEmpty()) {
        FB_TRY_ASSIGN(auto byUid, loadPeople("WHERE uid = ?1", incoming.uid));
        if (!byUid.isEmpty())
            return PersonMatch{byUid.first(), QStringLiteral("uid")};
    }
    for (const Channel& channel : incoming.channels) {
        if (channel.kind != ChannelKind::Email)
            continue;
        auto email = Observables::normalise(ObservableType::Email, channel.value);
        if (!email)
            continue;
        FB_TRY_ASSIGN(auto found,
                      loadPeople("WHERE id IN (SELECT person_id FROM dir_channels WHERE kind = 'email' AND value = ?1 "
                                 "AND person_id IS NOT NULL)",
                                 email->value));
        if (!found.isEmpty())
            return PersonMatch{found.first(), QStringLiteral("email")};
    }
    return PersonMatch{};
}

Result<Person> PersonReader::findPerson(const QString& nameOrUid)
{
    const QString key = nameOrUid.trimmed();
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber)
        return person(id);
    for (const char* where : {"WHERE uid = ?1", "WHERE name = ?1 COLLATE NOCASE"}) {
        FB_TRY_ASSIGN(auto found, loadPeople(where, key));
        if (found.size() == 1)
            return found.first();
        if (found.size() > 1)
            return fail(ErrorCode::Conflict, tr("Several people are called “%1”; use the id.").arg(key.left(80)));
    }
    return fail(ErrorCode::NotFound, tr("There is no person “%1” in the directory.").arg(key.left(80)));
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryStore, second half: people, their memberships, and reporter recognition.
#include "core/directory/DirectoryStore.h"

#include "core/directory/TeamFields.h"
#include "core/observables/Observable.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QTimeZone>
#include <QUuid>

namespace fb {

namespace {

QDateTime fromMs(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()) : QDateTime();
}

std::optional<qint64> toMs(const QDateTime& at)
{
    return at.isValid() ? std::optional<qint64>(at.toMSecsSinceEpoch()) : std::nullopt;
}

QDate dateFrom(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

// Canonical text of a person's fields, for history and edit times.
QList<std::pair<QString, QString>> personFields(const Person& p)
{
    QStringList channels;
    for (const Channel& c : p.channels)
        channels.append(TeamFields::channelText(c));
    QStringList memberships;
    for (const TeamMembership& m : p.memberships)
        memberships.append(QStringLiteral("team %1 %2 %3..%4")
                               .arg(m.teamId)
                               .arg(m.role, TeamFields::dateText(m.from), TeamFields::dateText(m.until)));
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("organisation"), p.organisation},
        {QStringLiteral("channels"), channels.join(u'\n')},
        {QStringLiteral("key"), p.keyFingerprint},
        {QStringLiteral("key_uri"), p.keyUri},
        {QStringLiteral("highest_tlp"), p.highestTlp ? Tlp::key(*p.highestTlp) : QString()},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("memberships"), memberships.join(u'\n')},
        {QStringLiteral("verified_at"), p.verifiedAt.isValid() ? p.verifiedAt.toString(Qt::ISODate) : QString()},
        {QStringLiteral("verified_by"), p.verifiedBy},
    };
}

Status validatePerson(Person& person)
{
    person.name = person.name.trimmed();
    person.organisation = person.organisation.trimmed();
    person.keyUri = person.keyUri.trimmed();
    if (person.name.isEmpty())
        return fail(ErrorCode::BadInput, DirectoryStore::tr("A person needs a name."), QStringLiteral("name"));
    for (Channel& channel : person.channels) {
        channel.value = channel.value.trimmed();
        if (channel.kind == ChannelKind::Email) {
            auto email = Observables::normalise(ObservableType::Email, channel.value);
            if (!email)
                return fail(ErrorCode::BadInput, email.error().message, QStringLiteral("channels"));
            channel.value = email->value;
        }
    }
    if (!person.keyFingerprint.isEmpty()) {
        auto fpr = TeamFields::normaliseFingerprint(person.keyFingerprint);
        if (!fpr)
            return fail(fpr.error());
        person.keyFingerprint = *fpr;
    }
    for (const TeamMembership& m : person.memberships)
        if (m.from.isValid() && m.until.isValid() && m.until < m.from)
            return fail(ErrorCode::BadInput, DirectoryStore::tr("A membership cannot end before it starts."),
                        QStringLiteral("memberships"));
    return {};
}

} // namespace

Status DirectoryStore::writePersonRow(const Person& p, bool insert)
{
    auto q = insert ? m_vault.query(
                          "INSERT INTO dir_people (uid, name, key_fingerprint, notes, verified_at, "
                          "verified_by, created_at, updated_at, highest_tlp, organisation, key_uri, id) VALUES (?1, "
                          "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11, ?12, NULL)")
                    : m_vault.query("UPDATE dir_people SET uid = ?1, name = ?2, key_fingerprint = ?3, notes = ?4, "
                                    "verified_at = ?5, verified_by = ?6, created_at = ?7, updated_at = ?8, "
                                    "highest_tlp = ?10, organisation = ?11, key_uri = ?12 WHERE id = ?9");
    if (!q)
        return fail(q.error());
    q->bind(1, p.uid).bind(2, p.name).bind(3, p.keyFingerprint).bind(4, p.notes).bind(5, toMs(p.verifiedAt));
    q->bind(6, p.verifiedBy).bind(7, p.createdAt.toMSecsSinceEpoch()).bind(8, p.updatedAt.toMSecsSinceEpoch());
    q->bind(10, p.highestTlp ? Tlp::key(*p.highestTlp) : QString()).bind(11, p.organisation).bind(12, p.keyUri);
    if (!insert)
        q->bind(9, p.id);
    return q->exec();
}

Status DirectoryStore::writePersonChildren(const Person& p)
{
    for (const char* sql :
         {"DELETE FROM dir_channels WHERE person_id = ?1", "DELETE FROM dir_memberships WHERE person_id = ?1"}) {
        auto q = m_vault.query(sql);
        if (!q)
            return fail(q.error());
        if (auto status = q->bind(1, p.id).exec(); !status)
            return status;
    }
    int position = 0;
    for (const Channel& c : p.channels) {
        auto q = m_vault.query("INSERT INTO dir_channels (person_id, position, kind, value, usage, comment, "
                               "out_of_band) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!q)
            return fail(q.error());
        q->bind(1, p.id).bind(2, position++).bind(3, DirectoryTypes::key(c.kind)).bind(4, c.value);
        if (auto status =
                q->bind(5, DirectoryTypes::key(c.usage)).bind(6, c.comment).bind(7, c.outOfBand ? 1 : 0).exec();
            !status)
            return status;
    }
    for (const TeamMembership& m : p.memberships) {
        auto exists = m_vault.query("SELECT count(*) FROM dir_teams WHERE id = ?1");
        if (!exists)
            return fail(exists.error());
        auto row = exists->bind(1, m.teamId).next();
        if (!row)
            return fail(row.error());
        if (!*row || exists->int64(0) == 0)
            return fail(ErrorCode::NotFound, tr("There is no team %1 in the directory.").arg(m.teamId));
        auto q = m_vault.query("INSERT INTO dir_memberships (person_id, team_id, role, valid_from, valid_until) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!q)
            return fail(q.error());
        q->bind(1, p.id).bind(2, m.teamId).bind(3, m.role);
        if (auto status = q->bind(4, TeamFields::dateText(m.from)).bind(5, TeamFields::dateText(m.until)).exec();
            !status)
            return status;
    }
    return {};
}

Result<qint64> DirectoryStore::addPerson(Person person, EditOrigin origin)
{
    if (auto status = validatePerson(person); !status)
        return fail(status.error());
    if (person.uid.isEmpty())
        person.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    person.createdAt = person.updatedAt = m_clock.nowUtc();
    Transaction transaction(m_vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    if (auto status = writePersonRow(person, true); !status)
        return fail(status.error());
    person.id = m_vault.lastInsertId();
    if (auto status = writePersonChildren(person); !status)
        return fail(status.error());
    if (auto status = record(QStringLiteral("directory.person.create"), QStringLiteral("person/%1/name").arg(person.id),
                             std::nullopt, person.name);
        !status)
        return fail(status.error());
    for (const auto& [field, value] : personFields(person))
        if (!value.isEmpty())
            if (auto status = recordEdit(QStringLiteral("person"), person.id, field, origin); !status)
                return fail(status.error());
    if (auto status = transaction.commit(); !status)
        return fail(status.error());
    m_lookup.reset();
    return person.id;
}

Status DirectoryStore::updatePerson(Person person, EditOrigin origin)
{
    if (auto status = validatePerson(person); !status)
        return status;
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto before = this->person(person.id);
    if (!before)
        return fail(before.error());
    person.uid = before->uid;
    person.createdAt = before->createdAt;
    person.updatedAt = m_clock.nowUtc();
    const auto oldFields = personFields(*before);
    const auto newFields = personFields(person);
    for (qsizetype i = 0; i < newFields.size(); ++i) {
        if (oldFields[i].second == newFields[i].second)
            continue;
        const QString field = newFields[i].first;
        if (auto status =
                record(QStringLiteral("directory.person.update"), QStringLiteral("person/%1/").arg(person.id) + field,
                       oldFields[i].second, newFields[i].second);
            !status)
            return status;
        if (auto status = recordEdit(QStringLiteral("person"), person.id, field, origin); !status)
            return status;
    }
    if (auto status = writePersonRow(person, false); !status)
        return status;
    if (auto status = writePersonChildren(person); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_lookup.reset();
    return {};
}

Status DirectoryStore::removePerson(qint64 id)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto before = person(id);
    if (!before)
        return fail(before.error());
    for (const char* sql : {"DELETE FROM dir_field_edits WHERE entity = 'person' AND entity_id = ?1",
                            "DELETE FROM dir_people WHERE id = ?1"}) {
        auto q = m_vault.query(sql);
        if (!q)
            return fail(q.error());
        if (auto status = q->bind(1, id).exec(); !status)
            return status;
    }
    if (auto status = record(QStringLiteral("directory.person.delete"), QStringLiteral("person/%1/name").arg(id),
                             before->name, std::nullopt);
        !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_lookup.reset();
    return {};
}

Result<QList<Person>> DirectoryStore::loadPeople(const char* where, const QString& argument)
{
    const QByteArray sql = QByteArray("SELECT id, uid, name, key_fingerprint, notes, verified_at, verified_by, "
                                      "created_at, updated_at, highest_tlp, organisation, key_uri FROM dir_people ") +
                           where + " ORDER BY id";
    auto q = m_vault.query(sql.constData());
    if (!q)
        return fail(q.error());
    if (!argument.isNull())
        q->bind(1, argument);
    QList<Person> people;
    QHash<qint64, qsizetype> index;
    if (auto status = q->forEachRow([&](const Query& row) {
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
        });
        !status)
        return fail(status.error());
    if (people.isEmpty())
        return people;
    auto channels = m_vault.query("SELECT person_id, kind, value, usage, comment, out_of_band FROM dir_channels "
                                  "WHERE person_id IS NOT NULL ORDER BY person_id, position");
    if (!channels)
        return fail(channels.error());
    if (auto status = channels->forEachRow([&](const Query& row) {
            Channel c;
            c.kind = DirectoryTypes::parseChannelKind(row.text(1)).value_or(ChannelKind::Other);
            c.value = row.text(2);
            c.usage = DirectoryTypes::parseChannelUsage(row.text(3)).value_or(ChannelUsage::Contact);
            c.comment = row.text(4);
            c.outOfBand = row.int64(5) != 0;
            if (const auto it = index.constFind(row.int64(0)); it != index.constEnd())
                people[*it].channels.append(c);
        });
        !status)
        return fail(status.error());
    auto memberships = m_vault.query("SELECT person_id, team_id, role, valid_from, valid_until FROM dir_memberships "
                                     "ORDER BY person_id, id");
    if (!memberships)
        return fail(memberships.error());
    if (auto status = memberships->forEachRow([&](const Query& row) {
            if (const auto it = index.constFind(row.int64(0)); it != index.constEnd())
                people[*it].memberships.append(
                    TeamMembership{row.int64(1), row.text(2), dateFrom(row.text(3)), dateFrom(row.text(4))});
        });
        !status)
        return fail(status.error());
    return people;
}

Result<Person> DirectoryStore::person(qint64 id)
{
    auto found = loadPeople("WHERE id = ?1", QString::number(id));
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no person %1 in the directory.").arg(id));
    return found->first();
}

Result<QList<Person>> DirectoryStore::people()
{
    return loadPeople("", QString());
}

Result<std::optional<Person>> DirectoryStore::personByUid(const QString& uid)
{
    auto found = loadPeople("WHERE uid = ?1", uid);
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional<Person>(found->first());
}

Result<QList<Person>> DirectoryStore::peopleByEmail(const QString& address)
{
    auto email = Observables::normalise(ObservableType::Email, address);
    if (!email)
        return fail(email.error());
    return loadPeople("WHERE id IN (SELECT person_id FROM dir_channels WHERE kind = 'email' AND value = ?1 AND "
                      "person_id IS NOT NULL)",
                      email->value);
}

Result<DirectoryStore::PersonMatch> DirectoryStore::matchPerson(const Person& incoming)
{
    if (!incoming.uid.isEmpty()) {
        auto byUid = personByUid(incoming.uid);
        if (!byUid)
            return fail(byUid.error());
        if (*byUid)
            return PersonMatch{*byUid, QStringLiteral("uid")};
    }
    for (const Channel& channel : incoming.channels) {
        if (channel.kind != ChannelKind::Email || !Observables::normalise(ObservableType::Email, channel.value))
            continue;
        auto found = peopleByEmail(channel.value);
        if (!found)
            return fail(found.error());
        if (!found->isEmpty())
            return PersonMatch{found->first(), QStringLiteral("email")};
    }
    return PersonMatch{};
}

Person DirectoryStore::mergePerson(const Person& stored, const Person& incoming)
{
    Person merged = stored;
    auto take = [](QString& to, const QString& from) {
        if (!from.trimmed().isEmpty())
            to = from;
    };
    take(merged.name, incoming.name);
    take(merged.organisation, incoming.organisation);
    take(merged.keyFingerprint, incoming.keyFingerprint);
    take(merged.keyUri, incoming.keyUri);
    take(merged.notes, incoming.notes);
    take(merged.verifiedBy, incoming.verifiedBy);
    if (!incoming.channels.isEmpty())
        merged.channels = incoming.channels;
    if (!incoming.memberships.isEmpty())
        merged.memberships = incoming.memberships;
    if (incoming.highestTlp)
        merged.highestTlp = incoming.highestTlp;
    if (incoming.verifiedAt.isValid())
        merged.verifiedAt = incoming.verifiedAt;
    return merged;
}

bool DirectoryStore::samePerson(const Person& a, const Person& b)
{
    Person left = a;
    Person right = b;
    // Compare in stored form: validation normalises addresses and fingerprints.
    if (!validatePerson(left) || !validatePerson(right))
        return false;
    return personFields(left) == personFields(right);
}

Result<Person> DirectoryStore::findPerson(const QString& nameOrUid)
{
    const QString key = nameOrUid.trimmed();
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber)
        return person(id);
    for (const char* where : {"WHERE uid = ?1", "WHERE name = ?1 COLLATE NOCASE"}) {
        auto found = loadPeople(where, key);
        if (!found)
            return fail(found.error());
        if (found->size() == 1)
            return found->first();
        if (found->size() > 1)
            return fail(ErrorCode::Conflict, tr("Several people are called “%1”; use the id.").arg(key.left(80)));
    }
    return fail(ErrorCode::NotFound, tr("There is no person “%1” in the directory.").arg(key.left(80)));
}

namespace {

// The team a person belongs to today (the latest open membership), for hits on a person.
void fillCurrentTeam(DirectoryHit& hit, const Person& person, const QDate& today)
{
    for (const TeamMembership& m : person.memberships)
        if (m.isCurrent(today)) {
            hit.teamId = m.teamId;
            hit.role = m.role;
        }
}

} // namespace

Result<QList<DirectoryHit>> DirectoryStore::findByEmail(const QString& address)
{
    auto email = Observables::normalise(ObservableType::Email, address);
    if (!email)
        return fail(email.error());
    QList<DirectoryHit> hits;
    auto q = m_vault.query("SELECT team_id, person_id FROM dir_channels WHERE kind = 'email' AND value = ?1 "
                           "ORDER BY team_id IS NULL, team_id, person_id");
    if (!q)
        return fail(q.error());
    QList<std::pair<std::optional<qint64>, std::optional<qint64>>> owners;
    if (auto status = q->bind(1, email->value).forEachRow([&](const Query& row) {
            owners.append({row.optionalInt64(0), row.optionalInt64(1)});
        });
        !status)
        return fail(status.error());
    const QDate today = m_clock.nowUtc().date();
    for (const auto& [teamId, personId] : owners) {
        DirectoryHit hit;
        if (teamId) {
            auto t = team(*teamId);
            if (!t)
                return fail(t.error());
            hit.teamId = t->id;
            hit.name = hit.teamName = t->displayName();
        } else if (personId) {
            auto p = person(*personId);
            if (!p)
                return fail(p.error());
            hit.personId = p->id;
            hit.name = p->name;
            fillCurrentTeam(hit, *p, today);
            if (hit.teamId)
                if (auto t = team(hit.teamId))
                    hit.teamName = t->displayName();
        }
        hits.append(hit);
    }
    return hits;
}

Result<QList<DirectoryHit>> DirectoryStore::findByKeyFingerprint(const QString& fingerprint)
{
    auto fpr = TeamFields::normaliseFingerprint(fingerprint);
    if (!fpr)
        return fail(fpr.error());
    QList<DirectoryHit> hits;
    auto teamsWithKey = m_vault.query("SELECT team_id FROM dir_team_keys WHERE fingerprint = ?1 ORDER BY team_id");
    if (!teamsWithKey)
        return fail(teamsWithKey.error());
    QList<qint64> teamIds;
    if (auto status = teamsWithKey->bind(1, *fpr).forEachRow([&](const Query& row) { teamIds.append(row.int64(0)); });
        !status)
        return fail(status.error());
    for (qint64 id : teamIds) {
        auto t = team(id);
        if (!t)
            return fail(t.error());
        hits.append(DirectoryHit{t->id, 0, t->displayName(), t->displayName(), {}});
    }
    auto found = loadPeople("WHERE key_fingerprint = ?1", *fpr);
    if (!found)
        return fail(found.error());
    const QDate today = m_clock.nowUtc().date();
    for (const Person& p : *found) {
        DirectoryHit hit{0, p.id, p.name, {}, {}};
        fillCurrentTeam(hit, p, today);
        if (hit.teamId)
            if (auto t = team(hit.teamId))
                hit.teamName = t->displayName();
        hits.append(hit);
    }
    return hits;
}

} // namespace fb

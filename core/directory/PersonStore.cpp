// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/PersonStore.h"

#include "core/directory/DirectoryRows.h"
#include "core/directory/TeamFields.h"
#include "core/observables/Observable.h"
#include "core/vault/Query.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QUuid>

namespace fb {

using namespace DirectoryRows;

namespace {

// Canonical text of a person's fields, for history and edit times.
FieldTexts personFields(const Person& p)
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
        return fail(ErrorCode::BadInput, PersonStore::tr("A person needs a name."), QStringLiteral("name"));
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
        FB_TRY_ASSIGN(auto fpr, TeamFields::normaliseFingerprint(person.keyFingerprint));
        person.keyFingerprint = fpr;
    }
    for (const TeamMembership& m : person.memberships)
        if (m.from.isValid() && m.until.isValid() && m.until < m.from)
            return fail(ErrorCode::BadInput, PersonStore::tr("A membership cannot end before it starts."),
                        QStringLiteral("memberships"));
    return {};
}

} // namespace

PersonStore::PersonStore(const ChangeContext& change)
    : PersonReader(change.vault)
    , m_clock(change.clock)
    , m_log(change, QStringLiteral("person"), QStringLiteral("name"))
{
}

Status PersonStore::writePersonRow(const Person& p, bool insert)
{
    FB_TRY_ASSIGN(
        auto q, insert ? m_vault.query(
                             "INSERT INTO dir_people (uid, name, key_fingerprint, notes, verified_at, "
                             "verified_by, created_at, updated_at, highest_tlp, organisation, key_uri, id) VALUES (?1, "
                             "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11, ?12, NULL)")
                       : m_vault.query("UPDATE dir_people SET uid = ?1, name = ?2, key_fingerprint = ?3, notes = ?4, "
                                       "verified_at = ?5, verified_by = ?6, created_at = ?7, updated_at = ?8, "
                                       "highest_tlp = ?10, organisation = ?11, key_uri = ?12 WHERE id = ?9"));
    q.bind(1, p.uid).bind(2, p.name).bind(3, p.keyFingerprint).bind(4, p.notes).bind(5, toMs(p.verifiedAt));
    q.bind(6, p.verifiedBy).bind(7, p.createdAt.toMSecsSinceEpoch()).bind(8, p.updatedAt.toMSecsSinceEpoch());
    q.bind(10, p.highestTlp ? Tlp::key(*p.highestTlp) : QString()).bind(11, p.organisation).bind(12, p.keyUri);
    if (!insert)
        q.bind(9, p.id);
    return q.exec();
}

Status PersonStore::writePersonChildren(const Person& p)
{
    if (auto status = writeChannels(m_vault, ChannelOwner::Person, p.id, p.channels); !status)
        return status;
    FB_TRY_ASSIGN(auto clear, m_vault.query("DELETE FROM dir_memberships WHERE person_id = ?1"));
    if (auto status = clear.bind(1, p.id).exec(); !status)
        return status;
    for (const TeamMembership& m : p.memberships) {
        FB_TRY_ASSIGN(auto exists, m_vault.query("SELECT count(*) FROM dir_teams WHERE id = ?1"));
        FB_TRY_ASSIGN(auto row, exists.bind(1, m.teamId).next());
        if (!row || exists.int64(0) == 0)
            return fail(ErrorCode::NotFound, tr("There is no team %1 in the directory.").arg(m.teamId));
        FB_TRY_ASSIGN(auto q,
                      m_vault.query("INSERT INTO dir_memberships (person_id, team_id, role, valid_from, valid_until) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5)"));
        q.bind(1, p.id).bind(2, m.teamId).bind(3, m.role);
        if (auto status = q.bind(4, TeamFields::dateText(m.from)).bind(5, TeamFields::dateText(m.until)).exec();
            !status)
            return status;
    }
    return {};
}

Result<qint64> PersonStore::addPerson(Person person, EditOrigin origin)
{
    FB_TRY(validatePerson(person));
    if (person.uid.isEmpty())
        person.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    person.createdAt = person.updatedAt = m_clock.nowUtc();
    Transaction transaction(m_vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    FB_TRY(writePersonRow(person, true));
    person.id = m_vault.lastInsertId();
    FB_TRY(writePersonChildren(person));
    FB_TRY(m_log.created(person.id, person.name, personFields(person), origin));
    FB_TRY(transaction.commit());
    return person.id;
}

Status PersonStore::updatePerson(Person person, EditOrigin origin)
{
    if (auto status = validatePerson(person); !status)
        return status;
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto before, this->person(person.id));
    person.uid = before.uid;
    person.createdAt = before.createdAt;
    person.updatedAt = m_clock.nowUtc();
    if (auto status = m_log.changed(person.id, personFields(before), personFields(person), origin); !status)
        return status;
    if (auto status = writePersonRow(person, false); !status)
        return status;
    if (auto status = writePersonChildren(person); !status)
        return status;
    return transaction.commit();
}

Status PersonStore::removePerson(qint64 id)
{
    Transaction transaction(m_vault);
    FB_TRY(transaction.status());
    FB_TRY_ASSIGN(auto before, person(id));
    FB_TRY_ASSIGN(auto q, m_vault.query("DELETE FROM dir_people WHERE id = ?1"));
    FB_TRY(q.bind(1, id).exec());
    FB_TRY(m_log.removed(id, before.name));
    return transaction.commit();
}

Result<QHash<QString, FieldEdit>> PersonStore::fieldEdits(qint64 id)
{
    return m_log.fieldEdits(id);
}

Person PersonStore::mergePerson(const Person& stored, const Person& incoming)
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

bool PersonStore::samePerson(const Person& a, const Person& b)
{
    Person left = a;
    Person right = b;
    // Compare in stored form: validation normalises addresses and fingerprints.
    if (!validatePerson(left) || !validatePerson(right))
        return false;
    return personFields(left) == personFields(right);
}

} // namespace fb

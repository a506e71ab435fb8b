// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DistributionListStore.h"

#include "core/directory/DirectoryStore.h"
#include "core/vault/Query.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QHash>

namespace fb {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString memberKey(const DistributionListMember& m)
{
    return m.teamId ? QStringLiteral("team/%1").arg(m.teamId) : QStringLiteral("person/%1").arg(m.personId);
}

QString firstEmail(const QList<Channel>& channels)
{
    for (const Channel& c : channels)
        if (c.kind == ChannelKind::Email && !c.outOfBand)
            return c.value;
    return {};
}

} // namespace

DistributionListStore::DistributionListStore(Vault& vault, const Clock& clock, QString actor)
    : m_vault(vault)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_history(vault)
{
}

Status DistributionListStore::record(const QString& action, const QString& field, std::optional<QString> oldValue,
                                     std::optional<QString> newValue)
{
    return m_history.appendChange(m_clock.nowUtc(), m_actor, action, field, std::move(oldValue), std::move(newValue));
}

Status DistributionListStore::touch(qint64 listId)
{
    auto q = m_vault.query("UPDATE dir_lists SET updated_at = ?1 WHERE id = ?2");
    if (!q)
        return fail(q.error());
    return q->bind(1, m_clock.nowUtc().toMSecsSinceEpoch()).bind(2, listId).exec();
}

Result<qint64> DistributionListStore::create(const QString& name, const QString& description)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::BadInput, tr("A distribution list needs a name."), QStringLiteral("name"));
    bool numeric = false;
    trimmed.toLongLong(&numeric);
    if (numeric)
        return fail(ErrorCode::BadInput, tr("A distribution list's name cannot be a number (numbers are ids)."),
                    QStringLiteral("name"));
    Transaction transaction(m_vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    auto existing = load("WHERE l.name = ?1", trimmed);
    if (!existing)
        return fail(existing.error());
    if (!existing->isEmpty())
        return fail(ErrorCode::Conflict, tr("There is already a distribution list “%1”.").arg(existing->first().name),
                    QStringLiteral("name"));
    auto q = m_vault.query("INSERT INTO dir_lists (name, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)");
    if (!q)
        return fail(q.error());
    if (auto status =
            q->bind(1, trimmed).bind(2, description.trimmed()).bind(3, m_clock.nowUtc().toMSecsSinceEpoch()).exec();
        !status)
        return fail(status.error());
    const qint64 id = m_vault.lastInsertId();
    if (auto status = record(QStringLiteral("directory.list.create"), QStringLiteral("list/%1/name").arg(id),
                             std::nullopt, trimmed);
        !status)
        return fail(status.error());
    if (auto status = transaction.commit(); !status)
        return fail(status.error());
    return id;
}

Status DistributionListStore::remove(qint64 id)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto existing = list(id);
    if (!existing)
        return fail(existing.error());
    auto q = m_vault.query("DELETE FROM dir_lists WHERE id = ?1");
    if (!q)
        return fail(q.error());
    if (auto status = q->bind(1, id).exec(); !status)
        return status;
    if (auto status = record(QStringLiteral("directory.list.remove"), QStringLiteral("list/%1/name").arg(id),
                             existing->name, std::nullopt);
        !status)
        return status;
    return transaction.commit();
}

Result<QList<DistributionList>> DistributionListStore::load(const char* where, const QString& argument)
{
    const QByteArray sql =
        QByteArray("SELECT l.id, l.name, l.description, l.created_at, l.updated_at FROM dir_lists l ") + where +
        " ORDER BY l.name COLLATE NOCASE";
    auto q = m_vault.query(sql.constData());
    if (!q)
        return fail(q.error());
    if (!argument.isNull())
        q->bind(1, argument);
    QList<DistributionList> out;
    QHash<qint64, qsizetype> index;
    if (auto status = q->forEachRow([&](const Query& row) {
            DistributionList l;
            l.id = row.int64(0);
            l.name = row.text(1);
            l.description = row.text(2);
            l.createdAt = fromMs(row.int64(3));
            l.updatedAt = fromMs(row.int64(4));
            index.insert(l.id, out.size());
            out.append(l);
        });
        !status)
        return fail(status.error());
    if (out.isEmpty())
        return out;
    auto members = m_vault.query(
        "SELECT m.list_id, m.team_id, m.person_id, COALESCE(NULLIF(t.short_name, ''), t.official_name, p.name) "
        "FROM dir_list_members m LEFT JOIN dir_teams t ON t.id = m.team_id LEFT JOIN dir_people p ON p.id = "
        "m.person_id ORDER BY m.id");
    if (!members)
        return fail(members.error());
    if (auto status = members->forEachRow([&](const Query& row) {
            const auto it = index.constFind(row.int64(0));
            if (it == index.constEnd())
                return;
            out[*it].members.append(DistributionListMember{row.optionalInt64(1).value_or(0),
                                                           row.optionalInt64(2).value_or(0), row.text(3)});
        });
        !status)
        return fail(status.error());
    return out;
}

Result<DistributionList> DistributionListStore::list(qint64 id)
{
    auto found = load("WHERE l.id = ?1", QString::number(id));
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no distribution list #%1.").arg(id));
    return found->first();
}

Result<DistributionList> DistributionListStore::find(const QString& idOrName)
{
    const QString key = idOrName.trimmed();
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    if (numeric)
        return list(id);
    auto found = load("WHERE l.name = ?1", key);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no distribution list “%1”.").arg(key.left(80)));
    return found->first();
}

Result<QList<DistributionList>> DistributionListStore::lists()
{
    return load("", QString());
}

Status DistributionListStore::addMember(qint64 listId, const DistributionListMember& member)
{
    if ((member.teamId == 0) == (member.personId == 0))
        return fail(ErrorCode::Usage, tr("A list member is a team or a person."));
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto existing = list(listId);
    if (!existing)
        return fail(existing.error());
    DirectoryStore directory(m_vault, m_clock, m_actor);
    QString name;
    if (member.teamId) {
        auto team = directory.team(member.teamId);
        if (!team)
            return fail(team.error());
        name = team->displayName();
    } else {
        auto person = directory.person(member.personId);
        if (!person)
            return fail(person.error());
        name = person->name;
    }
    if (existing->members.contains(member))
        return fail(ErrorCode::Conflict, tr("%1 is already on the list “%2”.").arg(name, existing->name));
    auto q = m_vault.query("INSERT INTO dir_list_members (list_id, team_id, person_id) VALUES (?1, ?2, ?3)");
    if (!q)
        return fail(q.error());
    q->bind(1, listId);
    if (member.teamId)
        q->bind(2, member.teamId).bindNull(3);
    else
        q->bindNull(2).bind(3, member.personId);
    if (auto status = q->exec(); !status)
        return status;
    if (auto status = touch(listId); !status)
        return status;
    if (auto status = record(QStringLiteral("directory.list.member-add"), QStringLiteral("list/%1/members").arg(listId),
                             std::nullopt, memberKey(member));
        !status)
        return status;
    return transaction.commit();
}

Status DistributionListStore::removeMember(qint64 listId, const DistributionListMember& member)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto existing = list(listId);
    if (!existing)
        return fail(existing.error());
    if (!existing->members.contains(member))
        return fail(ErrorCode::NotFound, tr("That entry is not on the list “%1”.").arg(existing->name));
    auto q = m_vault.query(member.teamId ? "DELETE FROM dir_list_members WHERE list_id = ?1 AND team_id = ?2"
                                         : "DELETE FROM dir_list_members WHERE list_id = ?1 AND person_id = ?2");
    if (!q)
        return fail(q.error());
    if (auto status = q->bind(1, listId).bind(2, member.teamId ? member.teamId : member.personId).exec(); !status)
        return status;
    if (auto status = touch(listId); !status)
        return status;
    if (auto status = record(QStringLiteral("directory.list.member-remove"),
                             QStringLiteral("list/%1/members").arg(listId), memberKey(member), std::nullopt);
        !status)
        return status;
    return transaction.commit();
}

Status DistributionListStore::addMembers(qint64 listId, const QList<DistributionListMember>& members)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    for (const DistributionListMember& member : members)
        if (auto status = addMember(listId, member); !status)
            return status;
    return transaction.commit();
}

Status DistributionListStore::removeMembers(qint64 listId, const QList<DistributionListMember>& members)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    for (const DistributionListMember& member : members)
        if (auto status = removeMember(listId, member); !status)
            return status;
    return transaction.commit();
}

std::optional<TlpLevel> DistributionListStore::effectiveTlp(const Person& person, const QList<Team>& currentTeams,
                                                            QString* from)
{
    if (person.highestTlp) {
        if (from)
            *from = person.name;
        return person.highestTlp;
    }
    std::optional<TlpLevel> level;
    for (const Team& t : currentTeams) {
        if (!t.highestTlp || (level && *level <= *t.highestTlp))
            continue;
        level = t.highestTlp;
        if (from)
            *from = t.displayName();
    }
    return level;
}

Result<QList<ListRecipient>> DistributionListStore::recipients(qint64 listId, QDate today)
{
    auto found = list(listId);
    if (!found)
        return fail(found.error());
    DirectoryStore directory(m_vault, m_clock, m_actor);
    QList<ListRecipient> out;
    for (const DistributionListMember& m : found->members) {
        ListRecipient r;
        if (m.teamId) {
            auto team = directory.team(m.teamId);
            if (!team)
                return fail(team.error());
            r.teamId = team->id;
            r.name = team->displayName();
            r.address = firstEmail(team->channels);
            r.highestTlp = team->highestTlp;
            if (r.highestTlp)
                r.tlpFrom = r.name;
        } else {
            auto person = directory.person(m.personId);
            if (!person)
                return fail(person.error());
            QList<Team> teams;
            for (const TeamMembership& membership : person->memberships) {
                if (!membership.isCurrent(today))
                    continue;
                auto team = directory.team(membership.teamId);
                if (!team)
                    return fail(team.error());
                teams.append(*team);
            }
            r.personId = person->id;
            r.name = person->name;
            r.address = firstEmail(person->channels);
            r.highestTlp = effectiveTlp(*person, teams, &r.tlpFrom);
        }
        out.append(r);
    }
    return out;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DistributionListStore.h"

#include "core/directory/PersonReader.h"
#include "core/directory/TeamReader.h"
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

DistributionListStore::DistributionListStore(const ChangeContext& change)
    : m_vault(change.vault)
    , m_clock(change.clock)
    , m_log(change, QStringLiteral("list"), QStringLiteral("name"))
{
}

Status DistributionListStore::change(qint64 listId, const std::function<Status(const DistributionList&)>& work)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto existing, list(listId));
    if (auto status = work(existing); !status)
        return status;
    return transaction.commit();
}

Status DistributionListStore::touch(qint64 listId)
{
    FB_TRY_ASSIGN(auto q, m_vault.query("UPDATE dir_lists SET updated_at = ?1 WHERE id = ?2"));
    return q.bind(1, m_clock.nowUtc().toMSecsSinceEpoch()).bind(2, listId).exec();
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
    FB_TRY_ASSIGN(auto existing, load("WHERE l.name = ?1", trimmed));
    if (!existing.isEmpty())
        return fail(ErrorCode::Conflict, tr("There is already a distribution list “%1”.").arg(existing.first().name),
                    QStringLiteral("name"));
    FB_TRY_ASSIGN(
        auto q,
        m_vault.query("INSERT INTO dir_lists (name, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)"));
    FB_TRY(q.bind(1, trimmed).bind(2, description.trimmed()).bind(3, m_clock.nowUtc().toMSecsSinceEpoch()).exec());
    const qint64 id = m_vault.lastInsertId();
    FB_TRY(m_log.record(QStringLiteral("create"), id, QStringLiteral("name"), std::nullopt, trimmed));
    FB_TRY(transaction.commit());
    return id;
}

Status DistributionListStore::remove(qint64 id)
{
    return change(id, [&](const DistributionList& existing) -> Status {
        FB_TRY_ASSIGN(auto q, m_vault.query("DELETE FROM dir_lists WHERE id = ?1"));
        if (auto status = q.bind(1, id).exec(); !status)
            return status;
        return m_log.record(QStringLiteral("remove"), id, QStringLiteral("name"), existing.name, std::nullopt);
    });
}

Result<QList<DistributionList>> DistributionListStore::load(const char* where, const QString& argument)
{
    const QByteArray sql =
        QByteArray("SELECT l.id, l.name, l.description, l.created_at, l.updated_at FROM dir_lists l ") + where +
        " ORDER BY l.name COLLATE NOCASE";
    FB_TRY_ASSIGN(auto q, m_vault.query(sql.constData()));
    if (!argument.isNull())
        q.bind(1, argument);
    QList<DistributionList> out;
    QHash<qint64, qsizetype> index;
    FB_TRY(q.forEachRow([&](const Query& row) {
        DistributionList l;
        l.id = row.int64(0);
        l.name = row.text(1);
        l.description = row.text(2);
        l.createdAt = fromMs(row.int64(3));
        l.updatedAt = fromMs(row.int64(4));
        index.insert(l.id, out.size());
        out.append(l);
    }));
    if (out.isEmpty())
        return out;
    FB_TRY_ASSIGN(
        auto members,
        m_vault.query(
            "SELECT m.list_id, m.team_id, m.person_id, COALESCE(NULLIF(t.short_name, ''), t.official_name, p.name) "
            "FROM dir_list_members m LEFT JOIN dir_teams t ON t.id = m.team_id LEFT JOIN dir_people p ON p.id = "
            "m.person_id ORDER BY m.id"));
    FB_TRY(members.forEachRow([&](const Query& row) {
        const auto it = index.constFind(row.int64(0));
        if (it == index.constEnd())
            return;
        out[*it].members.append(
            DistributionListMember{row.optionalInt64(1).value_or(0), row.optionalInt64(2).value_or(0), row.text(3)});
    }));
    return out;
}

Result<DistributionList> DistributionListStore::list(qint64 id)
{
    FB_TRY_ASSIGN(auto found, load("WHERE l.id = ?1", QString::number(id)));
    if (found.isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no distribution list #%1.").arg(id));
    return found.first();
}

Result<DistributionList> DistributionListStore::find(const QString& idOrName)
{
    const QString key = idOrName.trimmed();
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    if (numeric)
        return list(id);
    FB_TRY_ASSIGN(auto found, load("WHERE l.name = ?1", key));
    if (found.isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no distribution list “%1”.").arg(key.left(80)));
    return found.first();
}

Result<QList<DistributionList>> DistributionListStore::lists()
{
    return load("", QString());
}

Status DistributionListStore::addMember(qint64 listId, const DistributionListMember& member)
{
    if ((member.teamId == 0) == (member.personId == 0))
        return fail(ErrorCode::Usage, tr("A list member is a team or a person."));
    return change(listId, [&](const DistributionList& existing) -> Status {
        QString name;
        if (member.teamId) {
            FB_TRY_ASSIGN(auto team, TeamReader(m_vault).team(member.teamId));
            name = team.displayName();
        } else {
            FB_TRY_ASSIGN(auto person, PersonReader(m_vault).person(member.personId));
            name = person.name;
        }
        if (existing.members.contains(member))
            return fail(ErrorCode::Conflict, tr("%1 is already on the list “%2”.").arg(name, existing.name));
        FB_TRY_ASSIGN(auto q,
                      m_vault.query("INSERT INTO dir_list_members (list_id, team_id, person_id) VALUES (?1, ?2, ?3)"));
        q.bind(1, listId);
        if (member.teamId)
            q.bind(2, member.teamId).bindNull(3);
        else
            q.bindNull(2).bind(3, member.personId);
        if (auto status = q.exec(); !status)
            return status;
        if (auto status = touch(listId); !status)
            return status;
        return m_log.record(QStringLiteral("member-add"), listId, QStringLiteral("members"), std::nullopt,
                            memberKey(member));
    });
}

Status DistributionListStore::removeMember(qint64 listId, const DistributionListMember& member)
{
    return change(listId, [&](const DistributionList& existing) -> Status {
        if (!existing.members.contains(member))
            return fail(ErrorCode::NotFound, tr("That entry is not on the list “%1”.").arg(existing.name));
        FB_TRY_ASSIGN(auto q,
                      m_vault.query(member.teamId
                                        ? "DELETE FROM dir_list_members WHERE list_id = ?1 AND team_id = ?2"
                                        : "DELETE FROM dir_list_members WHERE list_id = ?1 AND person_id = ?2"));
        if (auto status = q.bind(1, listId).bind(2, member.teamId ? member.teamId : member.personId).exec(); !status)
            return status;
        if (auto status = touch(listId); !status)
            return status;
        return m_log.record(QStringLiteral("member-remove"), listId, QStringLiteral("members"), memberKey(member),
                            std::nullopt);
    });
}

Result<DistributionList> DistributionListStore::addMembers(const QString& list, const QStringList& teams,
                                                           const QStringList& people)
{
    return changeMembers(list, teams, people, true);
}

Result<DistributionList> DistributionListStore::removeMembers(const QString& list, const QStringList& teams,
                                                              const QStringList& people)
{
    return changeMembers(list, teams, people, false);
}

Result<DistributionList> DistributionListStore::changeMembers(const QString& list, const QStringList& teams,
                                                              const QStringList& people, bool add)
{
    auto found = find(list);
    if (!found)
        return fail(found.error());
    QList<DistributionListMember> chosen;
    TeamReader teamReader(m_vault);
    for (const QString& name : teams) {
        FB_TRY_ASSIGN(auto t, teamReader.findTeam(name));
        chosen.append({t.id, 0, t.displayName()});
    }
    PersonReader personReader(m_vault);
    for (const QString& name : people) {
        FB_TRY_ASSIGN(auto p, personReader.findPerson(name));
        chosen.append({0, p.id, p.name});
    }
    Transaction transaction(m_vault); // all named members, or none
    if (!transaction.status())
        return fail(transaction.status().error());
    for (const DistributionListMember& m : chosen)
        FB_TRY(add ? addMember(found->id, m) : removeMember(found->id, m));
    FB_TRY(transaction.commit());
    return found;
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
    FB_TRY_ASSIGN(auto found, list(listId));
    TeamReader teams(m_vault);
    PersonReader people(m_vault);
    QList<ListRecipient> out;
    for (const DistributionListMember& m : found.members) {
        ListRecipient r;
        if (m.teamId) {
            FB_TRY_ASSIGN(auto team, teams.team(m.teamId));
            r.teamId = team.id;
            r.name = team.displayName();
            r.address = firstEmail(team.channels);
            r.highestTlp = team.highestTlp;
            if (r.highestTlp)
                r.tlpFrom = r.name;
        } else {
            FB_TRY_ASSIGN(auto person, people.person(m.personId));
            QList<Team> currentTeams;
            for (const TeamMembership& membership : person.memberships) {
                if (!membership.isCurrent(today))
                    continue;
                FB_TRY_ASSIGN(auto team, teams.team(membership.teamId));
                currentTeams.append(team);
            }
            r.personId = person.id;
            r.name = person.name;
            r.address = firstEmail(person.channels);
            r.highestTlp = effectiveTlp(person, currentTeams, &r.tlpFrom);
        }
        out.append(r);
    }
    return out;
}

} // namespace fb

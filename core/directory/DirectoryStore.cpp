// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryStore.h"

#include "core/directory/NetworkLookupStore.h"
#include "core/directory/TeamFields.h"
#include "core/observables/Observable.h"
#include "core/vault/SettingsStore.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace fb {

namespace {

const char* const kTeamColumns =
    "id, uid, source, official_name, short_name, host_organisation, country, team_type, sectors, established, "
    "ti_status, ti_since, memberships, languages, business_hours, time_zone, available_24x7, postal_address, "
    "website, rfc2350_url, constituency_description, highest_tlp, introduced_by, notes, verified_at, verified_by, "
    "created_at, updated_at, key_uris, source_updated_at, source_keys";

QDateTime fromMs(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()) : QDateTime();
}

std::optional<qint64> toMs(const QDateTime& at)
{
    return at.isValid() ? std::optional<qint64>(at.toMSecsSinceEpoch()) : std::nullopt;
}

QString dateText(const QDate& date)
{
    return TeamFields::dateText(date);
}

QDate dateFrom(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

Team teamFromRow(const Query& row)
{
    Team t;
    t.id = row.int64(0);
    t.uid = row.text(1);
    t.source = row.text(2);
    t.officialName = row.text(3);
    t.shortName = row.text(4);
    t.hostOrganisation = row.text(5);
    t.country = row.text(6);
    t.type = DirectoryTypes::parseTeamType(row.text(7)).value_or(TeamType::Unknown);
    t.sectors = lines(row.text(8));
    t.established = dateFrom(row.text(9));
    t.tiStatus = DirectoryTypes::parseTiStatus(row.text(10)).value_or(TiStatus::None);
    t.tiSince = dateFrom(row.text(11));
    t.memberships = lines(row.text(12));
    t.languages = lines(row.text(13));
    t.businessHours = row.text(14);
    t.timeZone = row.text(15);
    t.available24x7 = row.int64(16) != 0;
    t.postalAddress = row.text(17);
    t.website = row.text(18);
    t.rfc2350Url = row.text(19);
    t.constituencyDescription = row.text(20);
    if (const QString tlp = row.text(21); !tlp.isEmpty())
        t.highestTlp = Tlp::parse(tlp);
    t.introducedBy = row.text(22);
    t.notes = row.text(23);
    t.verifiedAt = fromMs(row.optionalInt64(24));
    t.verifiedBy = row.text(25);
    t.createdAt = fromMs(row.int64(26));
    t.updatedAt = fromMs(row.int64(27));
    t.keyUris = lines(row.text(28));
    t.sourceUpdatedAt = fromMs(row.optionalInt64(29));
    t.sourceKeyFingerprints = lines(row.text(30));
    return t;
}

Channel channelFromRow(const Query& row, int first)
{
    Channel c;
    c.kind = DirectoryTypes::parseChannelKind(row.text(first)).value_or(ChannelKind::Other);
    c.value = row.text(first + 1);
    c.usage = DirectoryTypes::parseChannelUsage(row.text(first + 2)).value_or(ChannelUsage::Contact);
    c.comment = row.text(first + 3);
    c.outOfBand = row.int64(first + 4) != 0;
    return c;
}

} // namespace

DirectoryStore::DirectoryStore(Vault& vault, const Clock& clock, QString actor)
    : m_vault(vault)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_history(vault)
{
}

Status DirectoryStore::record(const QString& action, const QString& field, std::optional<QString> oldValue,
                              std::optional<QString> newValue)
{
    return m_history.appendChange(m_clock.nowUtc(), m_actor, action, field, std::move(oldValue), std::move(newValue));
}

Status DirectoryStore::recordEdit(const QString& entity, qint64 id, const QString& field, EditOrigin origin)
{
    // UPDATE, then INSERT when there was no row: unlike INSERT OR REPLACE, neither needs a statement journal,
    // which SQLCipher would encrypt page by page for each of the twenty-odd fields of every imported team.
    const qint64 at = m_clock.nowUtc().toMSecsSinceEpoch();
    const int byUser = origin == EditOrigin::User ? 1 : 0;
    auto update = m_vault.query("UPDATE OR FAIL dir_field_edits SET edited_at = ?4, by_user = ?5 "
                                "WHERE entity = ?1 AND entity_id = ?2 AND field = ?3");
    if (!update)
        return fail(update.error());
    if (auto status = update->bind(1, entity).bind(2, id).bind(3, field).bind(4, at).bind(5, byUser).exec(); !status)
        return status;
    if (m_vault.changes() > 0)
        return {};
    auto insert = m_vault.query("INSERT OR FAIL INTO dir_field_edits (entity, entity_id, field, edited_at, by_user) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return fail(insert.error());
    return insert->bind(1, entity).bind(2, id).bind(3, field).bind(4, at).bind(5, byUser).exec();
}

Status DirectoryStore::writeTeamRow(const Team& t, bool insert)
{
    auto q = insert ? m_vault.query(
                          "INSERT INTO dir_teams (uid, source, official_name, short_name, host_organisation, country, "
                          "team_type, sectors, established, ti_status, ti_since, memberships, languages, "
                          "business_hours, time_zone, available_24x7, postal_address, website, rfc2350_url, "
                          "constituency_description, highest_tlp, introduced_by, notes, verified_at, verified_by, "
                          "created_at, updated_at, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                          "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, NULL)")
                    : m_vault.query(
                          "UPDATE dir_teams SET uid = ?1, source = ?2, official_name = ?3, short_name = ?4, "
                          "host_organisation = ?5, country = ?6, team_type = ?7, sectors = ?8, established = ?9, "
                          "ti_status = ?10, ti_since = ?11, memberships = ?12, languages = ?13, business_hours = ?14, "
                          "time_zone = ?15, available_24x7 = ?16, postal_address = ?17, website = ?18, "
                          "rfc2350_url = ?19, constituency_description = ?20, highest_tlp = ?21, introduced_by = ?22, "
                          "notes = ?23, verified_at = ?24, verified_by = ?25, created_at = ?26, updated_at = ?27 "
                          "WHERE id = ?28");
    if (!q)
        return fail(q.error());
    q->bind(1, t.uid).bind(2, t.source).bind(3, t.officialName).bind(4, t.shortName).bind(5, t.hostOrganisation);
    q->bind(6, t.country).bind(7, DirectoryTypes::key(t.type)).bind(8, t.sectors.join(u'\n'));
    q->bind(9, dateText(t.established)).bind(10, DirectoryTypes::key(t.tiStatus)).bind(11, dateText(t.tiSince));
    q->bind(12, t.memberships.join(u'\n')).bind(13, t.languages.join(u'\n')).bind(14, t.businessHours);
    q->bind(15, t.timeZone).bind(16, t.available24x7 ? 1 : 0).bind(17, t.postalAddress).bind(18, t.website);
    q->bind(19, t.rfc2350Url).bind(20, t.constituencyDescription);
    q->bind(21, t.highestTlp ? Tlp::key(*t.highestTlp) : QString()).bind(22, t.introducedBy).bind(23, t.notes);
    q->bind(24, toMs(t.verifiedAt)).bind(25, t.verifiedBy);
    q->bind(26, t.createdAt.toMSecsSinceEpoch()).bind(27, t.updatedAt.toMSecsSinceEpoch());
    if (!insert)
        q->bind(28, t.id);
    return q->exec();
}

Status DirectoryStore::writeTeamChildren(const Team& t)
{
    auto sourceColumns = m_vault.query("UPDATE dir_teams SET key_uris = ?1, source_updated_at = ?2, source_keys = ?3 "
                                       "WHERE id = ?4");
    if (!sourceColumns)
        return fail(sourceColumns.error());
    sourceColumns->bind(1, t.keyUris.join(u'\n')).bind(2, toMs(t.sourceUpdatedAt));
    if (auto status = sourceColumns->bind(3, t.sourceKeyFingerprints.join(u'\n')).bind(4, t.id).exec(); !status)
        return status;
    for (const char* sql : {"DELETE FROM dir_channels WHERE team_id = ?1",
                            "DELETE FROM dir_constituency WHERE "
                            "team_id = ?1",
                            "DELETE FROM dir_team_keys WHERE team_id = ?1",
                            "DELETE FROM dir_agreements WHERE "
                            "team_id = ?1"}) {
        auto q = m_vault.query(sql);
        if (!q)
            return fail(q.error());
        if (auto status = q->bind(1, t.id).exec(); !status)
            return status;
    }
    int position = 0;
    for (const Channel& c : t.channels) {
        auto q = m_vault.query("INSERT INTO dir_channels (team_id, position, kind, value, usage, comment, out_of_band) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!q)
            return fail(q.error());
        q->bind(1, t.id).bind(2, position++).bind(3, DirectoryTypes::key(c.kind)).bind(4, c.value);
        if (auto status =
                q->bind(5, DirectoryTypes::key(c.usage)).bind(6, c.comment).bind(7, c.outOfBand ? 1 : 0).exec();
            !status)
            return status;
    }
    position = 0;
    for (const ConstituencyEntry& e : t.constituency) {
        auto q =
            m_vault.query("INSERT INTO dir_constituency (team_id, position, kind, value, ip_low, ip_high, asn, ip_key) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!q)
            return fail(q.error());
        q->bind(1, t.id).bind(2, position++).bind(3, DirectoryTypes::key(e.kind)).bind(4, e.value);
        q->bindBlob(5, e.ipLow).bindBlob(6, e.ipHigh);
        q->bind(7, e.kind == ConstituencyKind::Asn ? std::optional<qint64>(e.asn) : std::nullopt);
        if (const QString key = NetworkLookupStore::rangeKey(e.ipLow, e.ipHigh);
            e.kind == ConstituencyKind::Ip && !key.isNull())
            q->bind(8, key);
        else
            q->bindNull(8);
        if (auto status = q->exec(); !status)
            return status;
    }
    position = 0;
    for (const QString& fpr : t.keyFingerprints) {
        auto q = m_vault.query("INSERT INTO dir_team_keys (team_id, fingerprint, position) VALUES (?1, ?2, ?3)");
        if (!q)
            return fail(q.error());
        if (auto status = q->bind(1, t.id).bind(2, fpr).bind(3, position++).exec(); !status)
            return status;
    }
    position = 0;
    for (const Agreement& a : t.agreements) {
        auto q = m_vault.query("INSERT INTO dir_agreements (team_id, position, kind, party, signed_on, expires, notes) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!q)
            return fail(q.error());
        q->bind(1, t.id).bind(2, position++).bind(3, DirectoryTypes::key(a.kind)).bind(4, a.party);
        if (auto status = q->bind(5, dateText(a.signedOn)).bind(6, dateText(a.expires)).bind(7, a.notes).exec();
            !status)
            return status;
    }
    return {};
}

Result<qint64> DirectoryStore::addTeam(Team team, EditOrigin origin)
{
    if (auto status = TeamFields::validate(team); !status)
        return fail(status.error());
    if (team.uid.isEmpty())
        team.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = m_clock.nowUtc();
    team.createdAt = now;
    team.updatedAt = now;
    Transaction transaction(m_vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    if (auto status = writeTeamRow(team, true); !status)
        return fail(status.error());
    team.id = m_vault.lastInsertId();
    if (auto status = writeTeamChildren(team); !status)
        return fail(status.error());
    const QString prefix = QStringLiteral("team/%1/").arg(team.id);
    if (auto status = record(QStringLiteral("directory.team.create"), prefix + QStringLiteral("official_name"),
                             std::nullopt, team.officialName);
        !status)
        return fail(status.error());
    for (const QString& field : TeamFields::names())
        if (const QString value = TeamFields::text(team, field); !value.isEmpty()) {
            if (auto status = recordEdit(QStringLiteral("team"), team.id, field, origin); !status)
                return fail(status.error());
        }
    if (auto status = transaction.commit(); !status)
        return fail(status.error());
    m_lookup.reset();
    return team.id;
}

Status DirectoryStore::recordTeamChanges(const Team& before, const Team& after, EditOrigin origin)
{
    const QString prefix = QStringLiteral("team/%1/").arg(after.id);
    for (const QString& field : TeamFields::names()) {
        const QString oldValue = TeamFields::text(before, field);
        const QString newValue = TeamFields::text(after, field);
        if (oldValue == newValue)
            continue;
        if (auto status = record(QStringLiteral("directory.team.update"), prefix + field, oldValue, newValue); !status)
            return status;
        if (auto status = recordEdit(QStringLiteral("team"), after.id, field, origin); !status)
            return status;
    }
    return {};
}

Status DirectoryStore::updateTeam(Team team, EditOrigin origin)
{
    if (auto status = TeamFields::validate(team); !status)
        return status;
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto before = this->team(team.id);
    if (!before)
        return fail(before.error());
    team.uid = before->uid;
    team.createdAt = before->createdAt;
    team.updatedAt = m_clock.nowUtc();
    if (auto status = recordTeamChanges(*before, team, origin); !status)
        return status;
    if (auto status = writeTeamRow(team, false); !status)
        return status;
    if (auto status = writeTeamChildren(team); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_lookup.reset();
    return {};
}

Status DirectoryStore::removeTeam(qint64 id)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto before = team(id);
    if (!before)
        return fail(before.error());
    for (const char* sql : {"DELETE FROM dir_field_edits WHERE entity = 'team' AND entity_id = ?1",
                            "DELETE FROM dir_teams WHERE id = ?1"}) {
        auto q = m_vault.query(sql);
        if (!q)
            return fail(q.error());
        if (auto status = q->bind(1, id).exec(); !status)
            return status;
    }
    if (auto status = record(QStringLiteral("directory.team.delete"), QStringLiteral("team/%1/official_name").arg(id),
                             before->officialName, std::nullopt);
        !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_lookup.reset();
    return {};
}

Result<QList<Team>> DirectoryStore::loadTeams(const char* where, const QString& argument)
{
    const QByteArray sql = QByteArray("SELECT ") + kTeamColumns + " FROM dir_teams " + where + " ORDER BY id";
    auto q = m_vault.query(sql.constData());
    if (!q)
        return fail(q.error());
    if (!argument.isNull())
        q->bind(1, argument);
    QList<Team> teams;
    QHash<qint64, qsizetype> index;
    if (auto status = q->forEachRow([&](const Query& row) {
            index.insert(row.int64(0), teams.size());
            teams.append(teamFromRow(row));
        });
        !status)
        return fail(status.error());
    if (teams.isEmpty())
        return teams;

    // Children: of the one team, or of all (one pass per table either way).
    const bool one = teams.size() == 1;
    const qint64 only = teams.first().id;
    auto children = [&](const char* oneSql, const char* allSql,
                        const std::function<void(Team&, const Query&)>& add) -> Status {
        auto c = m_vault.query(one ? oneSql : allSql);
        if (!c)
            return fail(c.error());
        if (one)
            c->bind(1, only);
        return c->forEachRow([&](const Query& row) {
            if (const auto it = index.constFind(row.int64(0)); it != index.constEnd())
                add(teams[*it], row);
        });
    };
    if (auto s = children(
            "SELECT team_id, kind, value, usage, comment, out_of_band FROM dir_channels WHERE team_id = ?1 ORDER BY "
            "position",
            "SELECT team_id, kind, value, usage, comment, out_of_band FROM dir_channels WHERE team_id IS NOT NULL "
            "ORDER BY team_id, position",
            [](Team& t, const Query& row) { t.channels.append(channelFromRow(row, 1)); });
        !s)
        return fail(s.error());
    if (auto s = children(
            "SELECT team_id, kind, value, ip_low, ip_high, asn FROM dir_constituency WHERE team_id = ?1 ORDER BY "
            "position",
            "SELECT team_id, kind, value, ip_low, ip_high, asn FROM dir_constituency ORDER BY team_id, position",
            [](Team& t, const Query& row) {
                ConstituencyEntry e;
                e.kind = DirectoryTypes::parseConstituencyKind(row.text(1)).value_or(ConstituencyKind::Text);
                e.value = row.text(2);
                e.ipLow = row.blob(3);
                e.ipHigh = row.blob(4);
                e.asn = static_cast<quint32>(row.optionalInt64(5).value_or(0));
                t.constituency.append(e);
            });
        !s)
        return fail(s.error());
    if (auto s = children("SELECT team_id, fingerprint FROM dir_team_keys WHERE team_id = ?1 ORDER BY position",
                          "SELECT team_id, fingerprint FROM dir_team_keys ORDER BY team_id, position",
                          [](Team& t, const Query& row) { t.keyFingerprints.append(row.text(1)); });
        !s)
        return fail(s.error());
    if (auto s = children(
            "SELECT team_id, kind, party, signed_on, expires, notes FROM dir_agreements WHERE team_id = ?1 ORDER BY "
            "position",
            "SELECT team_id, kind, party, signed_on, expires, notes FROM dir_agreements ORDER BY team_id, position",
            [](Team& t, const Query& row) {
                Agreement a;
                a.kind = DirectoryTypes::parseAgreementKind(row.text(1)).value_or(AgreementKind::Other);
                a.party = row.text(2);
                a.signedOn = dateFrom(row.text(3));
                a.expires = dateFrom(row.text(4));
                a.notes = row.text(5);
                t.agreements.append(a);
            });
        !s)
        return fail(s.error());
    return teams;
}

Result<Team> DirectoryStore::team(qint64 id)
{
    auto found = loadTeams("WHERE id = ?1", QString::number(id));
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no team %1 in the directory.").arg(id));
    return found->first();
}

Result<QList<Team>> DirectoryStore::teams()
{
    return loadTeams("", QString());
}

Result<std::optional<Team>> DirectoryStore::teamByUid(const QString& uid)
{
    auto found = loadTeams("WHERE uid = ?1", uid);
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional<Team>(found->first());
}

Result<std::optional<Team>> DirectoryStore::teamBySource(const QString& source)
{
    auto found = loadTeams("WHERE source = ?1", source);
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional<Team>(found->first());
}

Result<QList<TeamKey>> DirectoryStore::loadTeamKeys(const char* where, std::optional<qint64> id)
{
    const QByteArray sql =
        QByteArray("SELECT id, uid, source, short_name, country FROM dir_teams ") + where + " ORDER BY id";
    auto q = m_vault.query(sql.constData());
    if (!q)
        return fail(q.error());
    if (id)
        q->bind(1, *id);
    QList<TeamKey> keys;
    if (auto status = q->forEachRow([&](const Query& row) {
            keys.append(TeamKey{row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4)});
        });
        !status)
        return fail(status.error());
    return keys;
}

Result<QList<TeamKey>> DirectoryStore::teamKeys()
{
    return loadTeamKeys("", std::nullopt);
}

Result<TeamKey> DirectoryStore::teamKey(qint64 id)
{
    auto keys = loadTeamKeys("WHERE id = ?1", id);
    if (!keys)
        return fail(keys.error());
    if (keys->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no team %1 in the directory.").arg(id));
    return keys->first();
}

Result<QList<Channel>> DirectoryStore::teamChannels(qint64 id)
{
    auto q = m_vault.query(
        "SELECT kind, value, usage, comment, out_of_band FROM dir_channels WHERE team_id = ?1 ORDER BY position");
    if (!q)
        return fail(q.error());
    QList<Channel> channels;
    if (auto status = q->bind(1, id).forEachRow([&](const Query& row) { channels.append(channelFromRow(row, 0)); });
        !status)
        return fail(status.error());
    return channels;
}

Result<Team> DirectoryStore::findTeam(const QString& nameOrUid)
{
    const QString key = nameOrUid.trimmed();
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber)
        return team(id);
    for (const char* where :
         {"WHERE uid = ?1", "WHERE short_name = ?1 COLLATE NOCASE", "WHERE official_name = ?1 COLLATE NOCASE"}) {
        auto found = loadTeams(where, key);
        if (!found)
            return fail(found.error());
        if (found->size() == 1)
            return found->first();
        if (found->size() > 1)
            return fail(ErrorCode::Conflict, tr("Several teams are called “%1”; use the id.").arg(key.left(80)));
    }
    return fail(ErrorCode::NotFound, tr("There is no team “%1” in the directory.").arg(key.left(80)));
}

Result<QHash<QString, FieldEdit>> DirectoryStore::fieldEdits(const QString& entity, qint64 id)
{
    auto q =
        m_vault.query("SELECT field, edited_at, by_user FROM dir_field_edits WHERE entity = ?1 AND entity_id = ?2");
    if (!q)
        return fail(q.error());
    QHash<QString, FieldEdit> edits;
    if (auto status = q->bind(1, entity).bind(2, id).forEachRow([&](const Query& row) {
            edits.insert(row.text(0), FieldEdit{fromMs(row.int64(1)), row.int64(2) != 0});
        });
        !status)
        return fail(status.error());
    return edits;
}

Result<QList<HistoryEntry>> DirectoryStore::historyOfTeam(qint64 id)
{
    return m_history.forFieldPrefix(QStringLiteral("team/%1/").arg(id));
}

Result<int> DirectoryStore::staleDays()
{
    auto stored = SettingsStore(m_vault).value(QString::fromLatin1(kStaleDaysKey));
    if (!stored)
        return fail(stored.error());
    bool ok = false;
    const int days = stored->value_or(QString()).toInt(&ok);
    return ok && days > 0 ? days : kDefaultStaleDays;
}

Status DirectoryStore::setStaleDays(int days)
{
    if (days <= 0)
        return fail(ErrorCode::BadInput, tr("The number of days must be positive."));
    return SettingsStore(m_vault).setValue(QString::fromLatin1(kStaleDaysKey), QString::number(days));
}

Result<QList<StaleEntry>> DirectoryStore::stale(std::optional<int> days)
{
    if (!days) {
        auto setting = staleDays();
        if (!setting)
            return fail(setting.error());
        days = *setting;
    }
    const qint64 cutoff = m_clock.nowUtc().addDays(-*days).toMSecsSinceEpoch();
    QList<StaleEntry> entries;
    auto collect = [&](const char* sql, const QString& entity) -> Status {
        auto q = m_vault.query(sql);
        if (!q)
            return fail(q.error());
        return q->bind(1, cutoff).forEachRow([&](const Query& row) {
            StaleEntry e{entity,      row.int64(0),
                         row.text(1), fromMs(row.optionalInt64(2)),
                         row.text(3), fromMs(row.optionalInt64(4)),
                         {}};
            if (e.sourceUpdatedAt.isValid() && (!e.verifiedAt.isValid() || e.sourceUpdatedAt > e.verifiedAt))
                e.basis = QStringLiteral("source");
            else if (e.verifiedAt.isValid())
                e.basis = QStringLiteral("verified");
            entries.append(e);
        });
    };
    if (auto s = collect("SELECT id, CASE short_name WHEN '' THEN official_name ELSE short_name END, verified_at, "
                         "verified_by, source_updated_at FROM dir_teams "
                         "WHERE max(ifnull(verified_at, -1), ifnull(source_updated_at, -1)) < ?1",
                         QStringLiteral("team"));
        !s)
        return fail(s.error());
    if (auto s = collect("SELECT id, name, verified_at, verified_by, NULL FROM dir_people "
                         "WHERE verified_at IS NULL OR verified_at < ?1",
                         QStringLiteral("person"));
        !s)
        return fail(s.error());
    std::stable_sort(entries.begin(), entries.end(), [](const StaleEntry& a, const StaleEntry& b) {
        const QDateTime left = a.lastConfirmed();
        const QDateTime right = b.lastConfirmed();
        if (left.isValid() != right.isValid())
            return !left.isValid();
        return left < right;
    });
    return entries;
}

Result<std::shared_ptr<const NetworkLookup>> DirectoryStore::lookup()
{
    if (m_lookup)
        return m_lookup;
    auto allTeams = teams();
    if (!allTeams)
        return fail(allTeams.error());
    auto allPeople = people();
    if (!allPeople)
        return fail(allPeople.error());
    m_lookup = NetworkLookup::build(*allTeams, *allPeople);
    return m_lookup;
}

Result<LookupResult> DirectoryStore::whoHandles(const QString& query)
{
    return NetworkLookupStore(m_vault).lookup(query);
}

} // namespace fb

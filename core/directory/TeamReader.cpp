// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/TeamReader.h"

#include "core/directory/DirectoryRows.h"
#include "core/vault/Query.h"
#include "core/vault/Vault.h"

#include <QHash>

namespace fb {

using namespace DirectoryRows;

namespace {

const char* const kTeamColumns =
    "id, uid, source, official_name, short_name, host_organisation, country, team_type, sectors, established, "
    "ti_status, ti_since, memberships, languages, business_hours, time_zone, available_24x7, postal_address, "
    "website, rfc2350_url, constituency_description, highest_tlp, introduced_by, notes, verified_at, verified_by, "
    "created_at, updated_at, key_uris, source_updated_at, source_keys";

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

// A table of a team's children: the query for one team, the one for all, and how a row (team id first) adds to
// its team.
struct ChildTable
{
    const char* one;
    const char* all;
    void (*add)(Team& team, const Query& row);
};

const ChildTable kChildTables[] = {
    {"SELECT team_id, kind, value, usage, comment, out_of_band FROM dir_channels WHERE team_id = ?1 ORDER BY position",
     "SELECT team_id, kind, value, usage, comment, out_of_band FROM dir_channels WHERE team_id IS NOT NULL "
     "ORDER BY team_id, position",
     [](Team& t, const Query& row) { t.channels.append(channel(row, 1)); }},
    {"SELECT team_id, kind, value, ip_low, ip_high, asn FROM dir_constituency WHERE team_id = ?1 ORDER BY position",
     "SELECT team_id, kind, value, ip_low, ip_high, asn FROM dir_constituency ORDER BY team_id, position",
     [](Team& t, const Query& row) {
         ConstituencyEntry e;
         e.kind = DirectoryTypes::parseConstituencyKind(row.text(1)).value_or(ConstituencyKind::Text);
         e.value = row.text(2);
         e.ipLow = row.blob(3);
         e.ipHigh = row.blob(4);
         e.asn = static_cast<quint32>(row.optionalInt64(5).value_or(0));
         t.constituency.append(e);
     }},
    {"SELECT team_id, fingerprint FROM dir_team_keys WHERE team_id = ?1 ORDER BY position",
     "SELECT team_id, fingerprint FROM dir_team_keys ORDER BY team_id, position",
     [](Team& t, const Query& row) { t.keyFingerprints.append(row.text(1)); }},
    {"SELECT team_id, kind, party, signed_on, expires, notes FROM dir_agreements WHERE team_id = ?1 ORDER BY "
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
     }},
};

} // namespace

TeamReader::TeamReader(Vault& vault)
    : m_vault(vault)
{
}

Result<QList<Team>> TeamReader::loadTeams(const char* where, const QString& argument)
{
    const QByteArray sql = QByteArray("SELECT ") + kTeamColumns + " FROM dir_teams " + where + " ORDER BY id";
    FB_TRY_ASSIGN(auto q, m_vault.query(sql.constData()));
    if (!argument.isNull())
        q.bind(1, argument);
    QList<Team> teams;
    QHash<qint64, qsizetype> index;
    FB_TRY(q.forEachRow([&](const Query& row) {
        index.insert(row.int64(0), teams.size());
        teams.append(teamFromRow(row));
    }));
    if (teams.isEmpty())
        return teams;

    // Children: of the one team, or of all (one pass per table either way).
    const bool one = teams.size() == 1;
    for (const ChildTable& table : kChildTables) {
        FB_TRY_ASSIGN(auto c, m_vault.query(one ? table.one : table.all));
        if (one)
            c.bind(1, teams.first().id);
        FB_TRY(c.forEachRow([&](const Query& row) {
            if (const auto it = index.constFind(row.int64(0)); it != index.constEnd())
                table.add(teams[*it], row);
        }));
    }
    return teams;
}

Result<std::optional<Team>> TeamReader::oneTeam(const char* where, const QString& argument)
{
    FB_TRY_ASSIGN(auto found, loadTeams(where, argument));
    return found.isEmpty() ? std::nullopt : std::optional<Team>(found.first());
}

Result<Team> TeamReader::team(qint64 id)
{
    FB_TRY_ASSIGN(auto found, oneTeam("WHERE id = ?1", QString::number(id)));
    if (!found)
        return fail(ErrorCode::NotFound, tr("There is no team %1 in the directory.").arg(id));
    return *found;
}

Result<QList<Team>> TeamReader::teams()
{
    return loadTeams("", QString());
}

Result<std::optional<Team>> TeamReader::teamByUid(const QString& uid)
{
    return oneTeam("WHERE uid = ?1", uid);
}

Result<std::optional<Team>> TeamReader::teamBySource(const QString& source)
{
    return oneTeam("WHERE source = ?1", source);
}

Result<QList<TeamKey>> TeamReader::loadTeamKeys(const char* where, std::optional<qint64> id)
{
    const QByteArray sql =
        QByteArray("SELECT id, uid, source, short_name, country FROM dir_teams ") + where + " ORDER BY id";
    FB_TRY_ASSIGN(auto q, m_vault.query(sql.constData()));
    if (id)
        q.bind(1, *id);
    QList<TeamKey> keys;
    FB_TRY(q.forEachRow([&](const Query& row) {
        keys.append(TeamKey{row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4)});
    }));
    return keys;
}

Result<QList<TeamKey>> TeamReader::teamKeys()
{
    return loadTeamKeys("", std::nullopt);
}

Result<TeamKey> TeamReader::teamKey(qint64 id)
{
    FB_TRY_ASSIGN(auto keys, loadTeamKeys("WHERE id = ?1", id));
    if (keys.isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no team %1 in the directory.").arg(id));
    return keys.first();
}

Result<QList<Channel>> TeamReader::teamChannels(qint64 id)
{
    FB_TRY_ASSIGN(
        auto q,
        m_vault.query(
            "SELECT kind, value, usage, comment, out_of_band FROM dir_channels WHERE team_id = ?1 ORDER BY position"));
    QList<Channel> channels;
    FB_TRY(q.bind(1, id).forEachRow([&](const Query& row) { channels.append(channel(row, 0)); }));
    return channels;
}

Result<Team> TeamReader::findTeam(const QString& nameOrUid)
{
    const QString key = nameOrUid.trimmed();
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber)
        return team(id);
    for (const char* where :
         {"WHERE uid = ?1", "WHERE short_name = ?1 COLLATE NOCASE", "WHERE official_name = ?1 COLLATE NOCASE"}) {
        FB_TRY_ASSIGN(auto found, loadTeams(where, key));
        if (found.size() == 1)
            return found.first();
        if (found.size() > 1)
            return fail(ErrorCode::Conflict, tr("Several teams are called “%1”; use the id.").arg(key.left(80)));
    }
    return fail(ErrorCode::NotFound, tr("There is no team “%1” in the directory.").arg(key.left(80)));
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/TeamStore.h"

#include "core/directory/DirectoryRows.h"
#include "core/directory/NetworkLookupStore.h"
#include "core/directory/TeamFields.h"
#include "core/vault/Query.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QUuid>

namespace fb {

using namespace DirectoryRows;

namespace {

FieldTexts teamFields(const Team& team)
{
    FieldTexts fields;
    for (const QString& field : TeamFields::names())
        fields.append({field, TeamFields::text(team, field)});
    return fields;
}

} // namespace

TeamStore::TeamStore(const ChangeContext& change)
    : TeamReader(change.vault)
    , m_clock(change.clock)
    , m_log(change, QStringLiteral("team"), QStringLiteral("official_name"))
{
}

Status TeamStore::writeTeamRow(const Team& t, bool insert)
{
    FB_TRY_ASSIGN(
        auto q, insert
                    ? m_vault.query(
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
                          "WHERE id = ?28"));
    q.bind(1, t.uid).bind(2, t.source).bind(3, t.officialName).bind(4, t.shortName).bind(5, t.hostOrganisation);
    q.bind(6, t.country).bind(7, DirectoryTypes::key(t.type)).bind(8, t.sectors.join(u'\n'));
    q.bind(9, TeamFields::dateText(t.established)).bind(10, DirectoryTypes::key(t.tiStatus));
    q.bind(11, TeamFields::dateText(t.tiSince));
    q.bind(12, t.memberships.join(u'\n')).bind(13, t.languages.join(u'\n')).bind(14, t.businessHours);
    q.bind(15, t.timeZone).bind(16, t.available24x7 ? 1 : 0).bind(17, t.postalAddress).bind(18, t.website);
    q.bind(19, t.rfc2350Url).bind(20, t.constituencyDescription);
    q.bind(21, t.highestTlp ? Tlp::key(*t.highestTlp) : QString()).bind(22, t.introducedBy).bind(23, t.notes);
    q.bind(24, toMs(t.verifiedAt)).bind(25, t.verifiedBy);
    q.bind(26, t.createdAt.toMSecsSinceEpoch()).bind(27, t.updatedAt.toMSecsSinceEpoch());
    if (!insert)
        q.bind(28, t.id);
    return q.exec();
}

Status TeamStore::writeTeamChildren(const Team& t)
{
    FB_TRY_ASSIGN(auto sourceColumns,
                  m_vault.query("UPDATE dir_teams SET key_uris = ?1, source_updated_at = ?2, source_keys = ?3 "
                                "WHERE id = ?4"));
    sourceColumns.bind(1, t.keyUris.join(u'\n')).bind(2, toMs(t.sourceUpdatedAt));
    if (auto status = sourceColumns.bind(3, t.sourceKeyFingerprints.join(u'\n')).bind(4, t.id).exec(); !status)
        return status;
    if (auto status = writeChannels(m_vault, ChannelOwner::Team, t.id, t.channels); !status)
        return status;
    for (const char* sql :
         {"DELETE FROM dir_constituency WHERE team_id = ?1", "DELETE FROM dir_team_keys WHERE team_id = ?1",
          "DELETE FROM dir_agreements WHERE team_id = ?1"}) {
        FB_TRY_ASSIGN(auto q, m_vault.query(sql));
        if (auto status = q.bind(1, t.id).exec(); !status)
            return status;
    }
    int position = 0;
    for (const ConstituencyEntry& e : t.constituency) {
        FB_TRY_ASSIGN(
            auto q,
            m_vault.query("INSERT INTO dir_constituency (team_id, position, kind, value, ip_low, ip_high, asn, ip_key) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
        q.bind(1, t.id).bind(2, position++).bind(3, DirectoryTypes::key(e.kind)).bind(4, e.value);
        q.bindBlob(5, e.ipLow).bindBlob(6, e.ipHigh);
        q.bind(7, e.kind == ConstituencyKind::Asn ? std::optional<qint64>(e.asn) : std::nullopt);
        if (const QString key = NetworkLookupStore::rangeKey(e.ipLow, e.ipHigh);
            e.kind == ConstituencyKind::Ip && !key.isNull())
            q.bind(8, key);
        else
            q.bindNull(8);
        if (auto status = q.exec(); !status)
            return status;
    }
    position = 0;
    for (const QString& fpr : t.keyFingerprints) {
        FB_TRY_ASSIGN(auto q,
                      m_vault.query("INSERT INTO dir_team_keys (team_id, fingerprint, position) VALUES (?1, ?2, ?3)"));
        if (auto status = q.bind(1, t.id).bind(2, fpr).bind(3, position++).exec(); !status)
            return status;
    }
    position = 0;
    for (const Agreement& a : t.agreements) {
        FB_TRY_ASSIGN(
            auto q,
            m_vault.query("INSERT INTO dir_agreements (team_id, position, kind, party, signed_on, expires, notes) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        q.bind(1, t.id).bind(2, position++).bind(3, DirectoryTypes::key(a.kind)).bind(4, a.party);
        q.bind(5, TeamFields::dateText(a.signedOn)).bind(6, TeamFields::dateText(a.expires));
        if (auto status = q.bind(7, a.notes).exec(); !status)
            return status;
    }
    return {};
}

Result<qint64> TeamStore::addTeam(Team team, EditOrigin origin)
{
    FB_TRY(TeamFields::validate(team));
    if (team.uid.isEmpty())
        team.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    team.createdAt = team.updatedAt = m_clock.nowUtc();
    Transaction transaction(m_vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    FB_TRY(writeTeamRow(team, true));
    team.id = m_vault.lastInsertId();
    FB_TRY(writeTeamChildren(team));
    FB_TRY(m_log.created(team.id, team.officialName, teamFields(team), origin));
    FB_TRY(transaction.commit());
    return team.id;
}

Status TeamStore::updateTeam(Team team, EditOrigin origin)
{
    if (auto status = TeamFields::validate(team); !status)
        return status;
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto before, this->team(team.id));
    team.uid = before.uid;
    team.createdAt = before.createdAt;
    team.updatedAt = m_clock.nowUtc();
    if (auto status = m_log.changed(team.id, teamFields(before), teamFields(team), origin); !status)
        return status;
    if (auto status = writeTeamRow(team, false); !status)
        return status;
    if (auto status = writeTeamChildren(team); !status)
        return status;
    return transaction.commit();
}

Status TeamStore::removeTeam(qint64 id)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto before, team(id));
    FB_TRY_ASSIGN(auto q, m_vault.query("DELETE FROM dir_teams WHERE id = ?1"));
    if (auto status = q.bind(1, id).exec(); !status)
        return status;
    if (auto status = m_log.removed(id, before.officialName); !status)
        return status;
    return transaction.commit();
}

Result<QHash<QString, FieldEdit>> TeamStore::fieldEdits(qint64 id)
{
    return m_log.fieldEdits(id);
}

Result<QList<HistoryEntry>> TeamStore::history(qint64 id)
{
    return m_log.history(id);
}

} // namespace fb

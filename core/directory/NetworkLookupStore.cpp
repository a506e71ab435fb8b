// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/NetworkLookupStore.h"

#include "core/vault/Query.h"
#include "core/vault/Vault.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace fb {

namespace {

constexpr int kHexDigits = 32;

QByteArray bytesOf(const NetworkLookupSource::U128& v)
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<char>(v.hi >> (56 - 8 * i));
        bytes[8 + i] = static_cast<char>(v.lo >> (56 - 8 * i));
    }
    return bytes;
}

qsizetype commonPrefix(const QByteArray& a, const QByteArray& b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

} // namespace

NetworkLookupStore::NetworkLookupStore(Vault& vault)
    : m_vault(vault)
{
}

QString NetworkLookupStore::rangeKey(const QByteArray& low, const QByteArray& high)
{
    if (low.size() != 16 || high.size() != 16)
        return {};
    const QByteArray lowHex = low.toHex().toUpper();
    const QByteArray highHex = high.toHex().toUpper();
    const QString key = QString::fromLatin1(lowHex.left(commonPrefix(lowHex, highHex)));
    return key.isNull() ? QStringLiteral("") : key; // never null: the key of ::/0 is the empty text
}

Result<QString> NetworkLookupStore::teamName(qint64 id) const
{
    if (const auto it = m_names.constFind(id); it != m_names.constEnd())
        return *it;
    FB_TRY_ASSIGN(auto q,
                  m_vault.query("SELECT CASE short_name WHEN '' THEN official_name ELSE short_name END FROM dir_teams "
                                "WHERE id = ?1"));
    FB_TRY_ASSIGN(auto row, q.bind(1, id).next());
    const QString name = row ? q.text(0) : QString();
    m_names.insert(id, name);
    return name;
}

Status NetworkLookupStore::matchIp(const U128& low, const U128& high, const QString& query,
                                   QList<LookupMatch>& out) const
{
    // A range that contains [low, high] shares its key with it: the key is one of the first 0..n digits of low,
    // n being the digits low and high share. One index probe per candidate key.
    const QByteArray lowBytes = bytesOf(low);
    const QByteArray highBytes = bytesOf(high);
    const QByteArray lowHex = lowBytes.toHex().toUpper();
    const qsizetype shared = commonPrefix(lowHex, highBytes.toHex().toUpper());
    FB_TRY_ASSIGN(
        auto q,
        m_vault.query(
            "SELECT team_id, value, ip_low, ip_high FROM dir_constituency WHERE ip_key IN (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
            "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
            "?29, "
            "?30, ?31, ?32, ?33) AND ip_low <= ?34 AND ip_high >= ?35"));
    for (int digits = 0; digits <= kHexDigits; ++digits) {
        if (digits <= shared)
            q.bind(digits + 1, QString::fromLatin1(lowHex.left(digits)));
        else
            q.bindNull(digits + 1);
    }
    q.bindBlob(34, lowBytes).bindBlob(35, highBytes);
    struct Hit
    {
        U128 size;
        qint64 team;
        QString value;
    };
    std::vector<Hit> hits;
    if (auto status = q.forEachRow([&](const Query& row) {
            const QByteArray rangeLow = row.blob(2);
            const QByteArray rangeHigh = row.blob(3);
            if (rangeLow.size() == 16 && rangeHigh.size() == 16)
                hits.push_back({U128::fromBytes(rangeHigh) - U128::fromBytes(rangeLow), row.int64(0), row.text(1)});
        });
        !status)
        return status;
    // Most specific first, as NetworkLookup orders its entries.
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.size != b.size)
            return a.size < b.size;
        if (a.team != b.team)
            return a.team < b.team;
        return a.value < b.value;
    });
    for (const Hit& hit : hits) {
        FB_TRY_ASSIGN(auto name, teamName(hit.team));
        out.append(LookupMatch{hit.team, 0, LookupVia::Ip, hit.value, {query, hit.value}, name});
    }
    return {};
}

Status NetworkLookupStore::named(const char* sql, const QString& argument, LookupVia via, const QStringList& prefix,
                                 QList<LookupMatch>& out) const
{
    FB_TRY_ASSIGN(auto q, m_vault.query(sql));
    return appendNamed(q.bind(1, argument), via, prefix, out);
}

Status NetworkLookupStore::appendNamed(Query& q, LookupVia via, const QStringList& prefix,
                                       QList<LookupMatch>& out) const
{
    QList<std::pair<qint64, QString>> rows;
    if (auto status = q.forEachRow([&](const Query& row) { rows.append({row.int64(0), row.text(1)}); }); !status)
        return status;
    for (const auto& [team, value] : rows) {
        FB_TRY_ASSIGN(auto name, teamName(team));
        QStringList path = prefix;
        path.append(value);
        out.append(LookupMatch{team, 0, via, value, path, name});
    }
    return {};
}

Status NetworkLookupStore::matchAsn(quint32 asn, QList<LookupMatch>& out) const
{
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT team_id, value FROM dir_constituency WHERE asn = ?1 AND kind = 'asn' "
                                        "ORDER BY team_id, position"));
    return appendNamed(q.bind(1, static_cast<qint64>(asn)), LookupVia::Asn, {}, out);
}

Status NetworkLookupStore::matchEmail(const QString& address, QList<LookupMatch>& out) const
{
    // The team's own channels, then those of people who currently belong to it (a membership without an end).
    FB_TRY_ASSIGN(
        auto q,
        m_vault.query("SELECT team_id, 0, value, 0, position FROM dir_channels WHERE kind = 'email' AND value = ?1 AND "
                      "team_id IS "
                      "NOT NULL UNION ALL SELECT m.team_id, c.person_id, c.value, m.id, c.position FROM dir_channels c "
                      "JOIN dir_memberships m ON m.person_id = c.person_id JOIN dir_teams t ON t.id = m.team_id "
                      "WHERE c.kind = 'email' AND c.value = ?1 AND c.person_id IS NOT NULL AND m.valid_until = '' "
                      "ORDER BY 1, 2, 4, 5"));
    struct Row
    {
        qint64 team;
        qint64 person;
        QString value;
    };
    QList<Row> rows;
    if (auto status = q.bind(1, address).forEachRow([&](const Query& row) {
            rows.append({row.int64(0), row.int64(1), row.text(2)});
        });
        !status)
        return status;
    for (const Row& row : rows) {
        FB_TRY_ASSIGN(auto name, teamName(row.team));
        out.append(LookupMatch{row.team, row.person, LookupVia::EmailAddress, row.value, {row.value}, name});
    }
    return {};
}

Status NetworkLookupStore::matchDomain(const QString& domain, const QStringList& prefix, QList<LookupMatch>& out) const
{
    const char* sql =
        "SELECT team_id, value FROM dir_constituency WHERE kind = 'domain' AND value = ?1 ORDER BY team_id, position";
    QString rest = domain;
    while (true) {
        if (rest.size() != domain.size())
            if (auto status = named(sql, QStringLiteral("*.") + rest, LookupVia::Domain, prefix, out); !status)
                return status;
        if (auto status = named(sql, rest, LookupVia::Domain, prefix, out); !status)
            return status;
        const qsizetype dot = rest.indexOf(u'.');
        if (dot < 0)
            break;
        rest = rest.mid(dot + 1);
    }
    return {};
}

Status NetworkLookupStore::matchCountry(const QString& country, const QStringList& prefix,
                                        QList<LookupMatch>& out) const
{
    QList<qint64> teams;
    QSet<qint64> seen;
    auto collect = [&](const char* sql) -> Status {
        FB_TRY_ASSIGN(auto q, m_vault.query(sql));
        return q.bind(1, country).forEachRow([&](const Query& row) {
            if (!seen.contains(row.int64(0))) {
                seen.insert(row.int64(0));
                teams.append(row.int64(0));
            }
        });
    };
    if (auto status = collect("SELECT id FROM dir_teams WHERE country = ?1 AND team_type = 'national' ORDER BY id");
        !status)
        return status;
    if (auto status = collect("SELECT team_id FROM dir_constituency WHERE kind = 'country' AND value = ?1 "
                              "ORDER BY team_id, position");
        !status)
        return status;
    for (qint64 team : std::as_const(teams)) {
        FB_TRY_ASSIGN(auto name, teamName(team));
        QStringList path = prefix;
        path.append(country);
        out.append(LookupMatch{team, 0, LookupVia::Country, country, path, name});
    }
    return {};
}

} // namespace fb

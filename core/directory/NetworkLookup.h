// SPDX-License-Identifier: GPL-3.0-or-later
// NetworkLookup: "who handles this?" for an IP address, CIDR block, AS number, domain or e-mail address,
// answered from an immutable in-memory index of the directory. Build once (DirectoryQueries::lookup(); build again
// after a change); every const member is safe to call from many threads at once. A process that answers a few queries
// and exits asks NetworkLookupStore instead, which gives the same answers without reading every team.
#pragma once

#include "core/base/Result.h"
#include "core/directory/DirectoryTypes.h"
#include "core/directory/NetworkLookupSource.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fb {

class NetworkLookup : public NetworkLookupSource
{
public:
    struct TeamInfo
    {
        qint64 id = 0;
        QString name;
        QString country;
        TeamType type = TeamType::Unknown;
    };

    NetworkLookup() = default; // empty: every lookup finds nothing
    static std::shared_ptr<const NetworkLookup> build(const QList<Team>& teams, const QList<Person>& people = {});

    // The same answer from a linear scan over every entry: the reference for tests and benchmarks.
    Result<LookupResult> lookupLinear(const QString& query) const;

    const TeamInfo* team(qint64 id) const;
    qsizetype ipEntryCount() const { return static_cast<qsizetype>(m_ip.size()); }
    qsizetype segmentCount() const { return static_cast<qsizetype>(m_segmentStarts.size()); }

private:
    struct IpEntry
    {
        U128 low;
        U128 high;
        U128 size; // high - low
        int team;  // index into m_teams
        QString value;
    };
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    struct NamedEntry
    {
        int team;
        qint64 personId;
        QString value;
    };
    struct DomainNode
    {
        std::vector<NamedEntry> plain;    // "example.org": the name and everything below
        std::vector<NamedEntry> wildcard; // "*.example.org": strictly below
    };
    using StringMap = std::unordered_map<std::string, std::vector<NamedEntry>, StringHash, std::equal_to<>>;

    class LinearScan;

    void addTeam(const Team& team);
    void finish();
    Status matchIp(const U128& low, const U128& high, const QString& query, QList<LookupMatch>& out) const override;
    Status matchAsn(quint32 asn, QList<LookupMatch>& out) const override;
    Status matchEmail(const QString& address, QList<LookupMatch>& out) const override;
    Status matchDomain(const QString& domain, const QStringList& prefix, QList<LookupMatch>& out) const override;
    Status matchCountry(const QString& country, const QStringList& prefix, QList<LookupMatch>& out) const override;
    void linearIp(const U128& low, const U128& high, const QString& query, QList<LookupMatch>& out) const;
    void linearDomain(const QString& domain, const QStringList& prefix, QList<LookupMatch>& out) const;
    LookupMatch makeMatch(int team, LookupVia via, const QString& entry, QStringList path) const;

    std::vector<TeamInfo> m_teams;
    std::unordered_map<qint64, int> m_teamIndex;
    std::vector<IpEntry> m_ip;             // sorted most specific first (size, team, value)
    std::vector<U128> m_segmentStarts;     // elementary intervals of all range bounds, ascending
    std::vector<quint32> m_segmentOffsets; // segment i holds m_segmentEntries[off[i] .. off[i+1])
    std::vector<quint32> m_segmentEntries; // indices into m_ip, most specific first
    std::unordered_map<quint32, std::vector<NamedEntry>> m_asn;
    std::unordered_map<std::string, DomainNode, StringHash, std::equal_to<>> m_domains;
    StringMap m_emails;
    std::unordered_map<std::string, std::vector<int>, StringHash, std::equal_to<>> m_countryHolders; // type national
    std::unordered_map<std::string, std::vector<int>, StringHash, std::equal_to<>> m_countryEntries; // constituency
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// NetworkLookupStore: the answers of NetworkLookup, found with indexed queries on the workspace instead of an
// index built from every team: a lookup costs the same with 50 teams as with 50,000. Address ranges are found
// through their range key (rangeKey(): the hexadecimal digits that the first and last address share; an
// address is in a range only if the range's key is one of the address's first 0 to 32 digits), AS numbers,
// domains, e-mail addresses and countries through their own indexes (resources/sql/010_lookup_index.sql).
// Reads only the columns an answer shows. Uses the calling thread's connection; not for sharing between threads.
#pragma once

#include "core/directory/NetworkLookupSource.h"

#include <QHash>

namespace fb {

class Query;
class Vault;

class NetworkLookupStore : public NetworkLookupSource
{
public:
    explicit NetworkLookupStore(Vault& vault);

    // The key a range [low, high] (16 bytes each, big-endian) is indexed by: the upper-case hexadecimal digits
    // low and high have in common, 0 to 32 of them. Null when either bound is not 16 bytes.
    static QString rangeKey(const QByteArray& low, const QByteArray& high);

protected:
    Status matchIp(const U128& low, const U128& high, const QString& query, QList<LookupMatch>& out) const override;
    Status matchAsn(quint32 asn, QList<LookupMatch>& out) const override;
    Status matchEmail(const QString& address, QList<LookupMatch>& out) const override;
    Status matchDomain(const QString& domain, const QStringList& prefix, QList<LookupMatch>& out) const override;
    Status matchCountry(const QString& country, const QStringList& prefix, QList<LookupMatch>& out) const override;

private:
    Result<QString> teamName(qint64 id) const;
    Status named(const char* sql, const QString& argument, LookupVia via, const QStringList& prefix,
                 QList<LookupMatch>& out) const;
    // Runs `q` (bound; rows of team id and matched value) and appends a match per row, with the team's name.
    Status appendNamed(Query& q, LookupVia via, const QStringList& prefix, QList<LookupMatch>& out) const;

    Vault& m_vault;
    mutable QHash<qint64, QString> m_names; // display names already read
};

} // namespace fb

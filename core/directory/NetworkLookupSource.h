// SPDX-License-Identifier: GPL-3.0-or-later
// NetworkLookupSource: "who handles this?" for an IP address, CIDR block, AS number, domain, e-mail address or
// country code. lookup() parses the query and applies the rules of docs/directory.md ("Lookup"); where the
// matching entries come from is up to the implementation: an in-memory index (NetworkLookup) or indexed queries
// on the workspace (NetworkLookupStore). Both give the same answers.
#pragma once

#include "core/base/Result.h"
#include "core/directory/DirectoryTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <compare>

namespace fb {

enum class LookupVia {
    EmailAddress, // the address itself is a channel of the team or of a current member
    Ip,           // an address block or range of the team's constituency contains the query
    Asn,
    Domain,  // a domain entry (or wildcard) of the constituency covers the name
    Country, // fallback: the country's national team, or a team holding the whole country
};

struct LookupMatch
{
    qint64 teamId = 0;
    qint64 personId = 0; // for EmailAddress matches of a person
    LookupVia via = LookupVia::Ip;
    QString entry;    // what matched: "192.0.2.0/24", "*.ac.uk", "AS64496", "DE", "abuse@example.org"
    QStringList path; // the steps from the query to the team, e.g. {"alice@cs.uni.ac.uk", "cs.uni.ac.uk", "*.ac.uk"}
    QString teamName; // the team's display name (short name, else official name)
    friend bool operator==(const LookupMatch&, const LookupMatch&) = default;
};

struct LookupResult
{
    QString query;
    QString kind;               // "ip", "cidr", "asn", "domain", "email", "country"
    QString normalised;         // the query in normal form
    QList<LookupMatch> matches; // most specific first
    bool fallback = false;      // matches came from the country fallback only
    QString country;            // the country the fallback used; empty when none
};

class NetworkLookupSource
{
    // The messages kept the context of the class they were first written in.
    Q_DECLARE_TR_FUNCTIONS(fb::NetworkLookup)

public:
    // A 128-bit address: IPv6, or IPv4 mapped into ::ffff:0:0/96.
    struct U128
    {
        quint64 hi = 0;
        quint64 lo = 0;
        friend auto operator<=>(const U128&, const U128&) = default;
        static U128 fromBytes(const QByteArray& bytes); // 16 bytes, big-endian
        friend U128 operator-(const U128& a, const U128& b);
    };

    NetworkLookupSource() = default;
    virtual ~NetworkLookupSource() = default;
    NetworkLookupSource(const NetworkLookupSource&) = delete;
    NetworkLookupSource& operator=(const NetworkLookupSource&) = delete;

    // Parses the query (address, CIDR, "AS64496", domain, e-mail, or a two-letter country code) and answers it.
    Result<LookupResult> lookup(const QString& query) const;

protected:
    // Each appends the matches of one rule, in the order docs/directory.md gives.
    // Ranges containing [low, high]: smallest range first, then by team id, then by the entry's text.
    virtual Status matchIp(const U128& low, const U128& high, const QString& query, QList<LookupMatch>& out) const = 0;
    // Teams holding the AS number, by team id.
    virtual Status matchAsn(quint32 asn, QList<LookupMatch>& out) const = 0;
    // Team channels and channels of current members with exactly this address, by team id then person id.
    virtual Status matchEmail(const QString& address, QList<LookupMatch>& out) const = 0;
    // Suffix by suffix from the full name up; at each, wildcard entries (not for the full name) then plain ones,
    // each by team id.
    virtual Status matchDomain(const QString& domain, const QStringList& prefix, QList<LookupMatch>& out) const = 0;
    // National teams of the country by id, then teams with a country entry for it by id (each team once).
    virtual Status matchCountry(const QString& country, const QStringList& prefix, QList<LookupMatch>& out) const = 0;
};

} // namespace fb

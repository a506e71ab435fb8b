// SPDX-License-Identifier: GPL-3.0-or-later
// ConstituencyEntry: one thing a team is responsible for: an address block or range, an AS number, a domain
// (optionally "*.ac.uk"), a country, or free text.
#pragma once

#include "core/base/Result.h"
#include "core/directory/DirectoryTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fb {

struct ConstituencyEntry
{
    ConstituencyKind kind = ConstituencyKind::Text;
    QString value; // normal form, see parse()
    // Filled by parse() for kind Ip: first and last address as 16 big-endian bytes (IPv4 mapped).
    QByteArray ipLow;
    QByteArray ipHigh;
    quint32 asn = 0; // for kind Asn

    friend bool operator==(const ConstituencyEntry& a, const ConstituencyEntry& b)
    {
        return a.kind == b.kind && a.value == b.value;
    }
};

class Constituency
{
    Q_DECLARE_TR_FUNCTIONS(fb::Constituency)

public:
    // Validates and normalises one entry of a given kind. Normal forms:
    //   ip      a CIDR ("192.0.2.0/24", "2001:db8::/32"), an address, or a range "192.0.2.10-192.0.2.20"
    //           (both ends of one family, low <= high); a range that is exactly one CIDR block becomes that CIDR
    //   asn     "AS64496" (a bare number is accepted)
    //   domain  lower-case ACE name, optionally prefixed "*." (names strictly below it); a public suffix such
    //           as "ac.uk" or "de" is accepted too (a national team may hold a whole ccTLD)
    //   country ISO 3166-1 alpha-2 code, upper case
    //   text    trimmed, not empty
    static Result<ConstituencyEntry> parse(ConstituencyKind kind, const QString& raw);
    // Guesses the kind: address/CIDR/range, ASN, two-letter country, domain; anything else is refused.
    static Result<ConstituencyEntry> guess(const QString& raw);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ConstituencyEntry: one thing a team is responsible for: an address block or range, an AS number, a domain
// (optionally "*.ac.uk"), a country, or free text.
#pragma once

#include "core/base/Result.h"
#include "core/directory/DirectoryTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
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

    // Entries as a person types them, one a line: the kind guessed as guess() does, or named before a colon
    // ("text: all ministries of Exampleland", "domain: example"). Blank lines are skipped, repeats dropped.
    // Refuses the whole text when a line is bad, naming every bad line ("Line 3: …", one a line).
    static Result<QList<ConstituencyEntry>> parseLines(const QString& text);
    // The line parseLines() reads back as the same entry: the value, or "text: " and the value for free text.
    static QString lineText(const ConstituencyEntry& entry);
};

} // namespace fb

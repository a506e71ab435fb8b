// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileConstituency: the networks an RFC 2350 document's section 3.2 (Constituency) names in its prose and lists:
// AS numbers, address blocks and ranges (IPv4 and IPv6) and domains, as directory constituency entries (checked and
// normalised by Constituency::parse), and what looked like one but is not.
#pragma once

#include "core/directory/ConstituencyEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

struct ConstituencyReading
{
    QList<ConstituencyEntry> entries; // in order of first appearance, without duplicates
    QStringList notUnderstood;        // "“192.0.2.0/33”: <why>", one per token that looked like a network
};

class ProfileConstituency
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileConstituency)

public:
    ProfileConstituency() = delete;

    // Reads free text. Found: "AS64496", "ASN 64496", "AS 64496"; "192.0.2.0/24", "2001:db8::/32", single
    // addresses; "192.0.2.0 - 192.0.2.255" (one family); "example.org", "*.example.org", ".example.de" and a
    // ccTLD written ".de". Not taken for networks: e-mail addresses, URLs, section numbers ("3.2") and versions.
    static ConstituencyReading read(const QString& text);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// Team: one CSIRT/PSIRT/abuse desk in the directory, with everything we know and agreed about it.
#pragma once

#include "core/directory/Agreement.h"
#include "core/directory/Channel.h"
#include "core/directory/ConstituencyEntry.h"
#include "core/directory/DirectoryTypes.h"
#include "core/taxonomy/Tlp.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

struct Team
{
    qint64 id = 0;
    QString uid;    // stable UUID (no braces); vCard UID and JSON id
    QString source; // where it was imported from: "ti:<id>", "vcard"; empty when typed in
    QString officialName;
    QString shortName;
    QString hostOrganisation;
    QString country; // ISO 3166-1 alpha-2, upper case; empty when unknown
    TeamType type = TeamType::Unknown;
    QStringList sectors;
    QDate established;
    TiStatus tiStatus = TiStatus::None;
    QDate tiSince;
    QStringList memberships; // FIRST, TF-CSIRT, APCERT, national forums...
    QStringList languages;   // ISO 639-1 codes preferred ("en", "de")
    QString businessHours;   // "Mon-Fri 08:00-17:00"
    QString timeZone;        // IANA, e.g. "Europe/Berlin"
    bool available24x7 = false;
    QString postalAddress; // multi-line text
    QString website;
    QString rfc2350Url;
    QString constituencyDescription;
    QList<Channel> channels;
    QList<ConstituencyEntry> constituency;
    QStringList keyFingerprints; // linked OpenPGP keys, upper-case hex
    QStringList keyUris;         // where keys can be fetched (vCard KEY as https:, ldap:... URI)
    // The fingerprints the import source (the Trusted Introducer entry) names; set by imports only, so a linked key
    // that differs from them can be warned about even after a person changed the linked keys.
    QStringList sourceKeyFingerprints;
    std::optional<TlpLevel> highestTlp; // the most restrictive label we may share with them
    QList<Agreement> agreements;
    QString introducedBy;
    QString notes;
    QDateTime verifiedAt; // UTC; invalid when never verified
    QString verifiedBy;
    // When the import source last changed the record (teams.json last_updated, vCard X-FB-SOURCE-UPDATED or REV);
    // set by imports only. Staleness counts from the later of this and verifiedAt.
    QDateTime sourceUpdatedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Short name if there is one, else the official name.
    QString displayName() const { return shortName.isEmpty() ? officialName : shortName; }
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// Person: someone we deal with, their channels and key, and the teams they belonged to over time.
#pragma once

#include "core/directory/Channel.h"
#include "core/taxonomy/Tlp.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

// A period of a person in a team. An open end (invalid until) means "still there".
struct TeamMembership
{
    qint64 teamId = 0;
    QString role; // lead, handler, liaison, pgp-key-owner... (free text, lower case recommended)
    QDate from;
    QDate until;

    bool isCurrent(QDate today) const
    {
        return (!from.isValid() || from <= today) && (!until.isValid() || until >= today);
    }
    friend bool operator==(const TeamMembership&, const TeamMembership&) = default;
};

struct Person
{
    qint64 id = 0;
    QString uid; // stable, "urn:uuid:..." form without the prefix; used by vCard and JSON export
    QString name;
    QString organisation; // vCard ORG: where the person works (may differ from the teams they belong to)
    QList<Channel> channels;
    QString keyFingerprint; // upper-case hex, no spaces; empty when none
    QString keyUri;         // where the key can be fetched (vCard KEY as https:, ldap:... URI); empty when none
    // The most restrictive TLP label we may share with this person; unset: that of their current team.
    std::optional<TlpLevel> highestTlp;
    QString notes;
    QList<TeamMembership> memberships;
    QDateTime verifiedAt; // UTC; invalid when never verified
    QString verifiedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace fb

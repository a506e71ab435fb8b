// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionList: a named list of teams and people of the directory (an advisory's audience), and a
// recipient of it as mail sees it: an address and the most restrictive TLP label we may share with them.
#pragma once

#include "core/taxonomy/Tlp.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

// A team or a person (exactly one id set).
struct DistributionListMember
{
    qint64 teamId = 0;
    qint64 personId = 0;
    QString name; // display name when loaded; not stored
    friend bool operator==(const DistributionListMember& a, const DistributionListMember& b)
    {
        return a.teamId == b.teamId && a.personId == b.personId;
    }
};

struct DistributionList
{
    qint64 id = 0;
    QString name; // unique, case-insensitive
    QString description;
    QList<DistributionListMember> members; // in the order they were added
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A member resolved for sending.
struct ListRecipient
{
    qint64 teamId = 0;
    qint64 personId = 0;
    QString name;
    QString address;                    // the first e-mail address; empty when there is none
    std::optional<TlpLevel> highestTlp; // unset: nobody said what we may share with them
    QString tlpFrom;                    // where highestTlp comes from: the person or team name; empty if unset
};

} // namespace fb

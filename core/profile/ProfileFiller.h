// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileFiller: fills a team profile from what the workspace already knows of our own team (the directory entry
// OwnTeam names, the team key, the incident taxonomy), so that the directory stays the one source of truth.
#pragma once

#include "core/directory/Team.h"
#include "core/profile/TeamProfile.h"

#include <QCoreApplication>

namespace fb {

class Rsit;

class ProfileFiller
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileFiller)

public:
    ProfileFiller() = delete;

    // Overwrites the sections the directory entry knows (2.1 name, 2.2 address, 2.3 time zone, 2.4 phones,
    // 2.5 fax, 2.7 e-mail, 2.8 fingerprint, 2.10 languages, hours of service, 1.3 the RFC 2350 URL, 3.2 the
    // constituency) and, when 4.1 is empty, lists the incident classes of the taxonomy. Fields the entry does not
    // know are left alone. signingKey: the team key (OwnTeam::signingKey), else the entry's first key is used.
    static TeamProfile fill(TeamProfile profile, const Team& team, const QString& signingKey, const Rsit& taxonomy);
};

} // namespace fb

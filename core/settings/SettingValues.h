// SPDX-License-Identifier: GPL-3.0-or-later
// SettingValues: everything the Settings page and `firebreak-cli settings` show and change, as one value: the
// workspace's settings (our team, its signing key, the subject tag, quoting in replies, the SLA policy, the stale
// threshold) and this
// computer's (auto-lock, language).
#pragma once

#include "core/tickets/SlaPolicy.h"

#include <QString>

namespace fb {

struct SettingValues
{
    qint64 ownTeamId = 0;            // our team's directory entry; 0: none chosen
    QString ownTeamName;             // its short (else official) name, for display; ignored by save()
    QString signingKey;              // the team key that signs now (chosen, else the first key of our entry)
    bool signingKeyAutomatic = true; // no key was chosen: the first key linked to our entry signs; ignored by save()
    QString subjectTag;              // "[<tag> #123]"
    bool quoteOriginal = true;       // a reply written in the composer starts with the answered message quoted
    SlaPolicy sla = SlaPolicy::defaults();
    int staleDays = 0;       // directory entries not verified for this long are stale
    int autoLockMinutes = 0; // this computer: lock after this many idle minutes, 0 never
    QString language;        // this computer: "en", "de"...; empty: the system's
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileLint: checks of a team profile before it is signed, reported by section number. Errors block signing;
// warnings do not. Pure: what it needs of the key and the workspace is handed in (ProfileLintContext).
#pragma once

#include "core/base/LintFinding.h"
#include "core/crypto/KeyInfo.h"
#include "core/profile/TeamProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace fb {

struct ProfileLintContext
{
    QString signingFingerprint;        // the key that will sign (OwnTeam::signingKey); empty when none is chosen
    std::optional<KeyInfo> signingKey; // that key as the GnuPG home knows it; nullopt when it is not there
    QStringList emailsWithKey;         // lower-case addresses that some known OpenPGP key carries
    QDateTime newestChange;            // when the profile's content last changed (UTC)
    QDateTime now;                     // UTC
};

class ProfileLint
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileLint)

public:
    ProfileLint() = delete;

    static constexpr int kExpiryWarningDays = 30;
    // LintFinding::code of "no signing key is chosen, and none is linked to our team's entry".
    static constexpr const char* kNoSigningKey = "no-signing-key";

    // In section order; field = the section number ("2.8").
    static QList<LintFinding> check(const TeamProfile& profile, const ProfileLintContext& context);
    // Lower-case e-mail addresses of the profile's contact sections (2.7 and 2.11), in order, no duplicates.
    static QStringList emailAddresses(const TeamProfile& profile);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileView: how `firebreak-cli profile` prints lint findings, a signature check, versions and imports, as
// text and as JSON.
#pragma once

#include "core/base/LintFinding.h"
#include "core/profile/ProfileImporter.h"
#include "core/profile/ProfileStore.h"
#include "core/profile/ProfileVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace fb {

class ProfileView
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileView)

public:
    // A finding's sentence, followed by the command line's guidance where the finding has some (LintFinding::code).
    static QString message(const LintFinding& finding);
    static QString findings(const QList<LintFinding>& findings);
    static QJsonArray findingsJson(const QList<LintFinding>& findings);
    static QString verification(const ProfileVerification& v);
    static QJsonObject verificationJson(const ProfileVerification& v);
    static QString versions(const QList<ProfileVersion>& versions);
    static QJsonArray versionsJson(const QList<ProfileVersion>& versions);
    static QString importOutcome(const ProfileImportOutcome& outcome, const Team& team);
    static QJsonObject importOutcomeJson(const ProfileImportOutcome& outcome, const Team& team);
    // The canonical text, then the text that maps to no section.
    static QString profile(const TeamProfile& profile);
};

} // namespace fb

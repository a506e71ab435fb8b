// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileSigner: publishes the team profile: sets the Date of Last Update, lints (errors block), renders the
// canonical text and clear-signs it with the team key through GPGME, then keeps the version with its signed
// text. Signing can take a while (agent, passphrase): run it as a job off the GUI thread.
#pragma once

#include "core/base/Job.h"
#include "core/base/LintFinding.h"
#include "core/base/Result.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfileStore.h"

#include <QCoreApplication>

namespace fb {

class OpenPgp;

struct SignedProfile
{
    ProfileVersion version;
    QList<LintFinding> findings; // warnings only (errors stop signing)
};

class ProfileSigner
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileSigner)

public:
    ProfileSigner() = delete;

    // What ProfileLint needs, looked up in the home of pgp: the signing key and the addresses of known keys.
    static Result<ProfileLintContext> lintContext(OpenPgp& pgp, const QString& signingFingerprint,
                                                  const QDateTime& newestChange, const QDateTime& now);
    // The draft in `language` (empty: the original) signed with signingFingerprint and stored as its next
    // version. Lint errors: ErrorCode::Conflict naming the first one (where = its section number).
    // knownKeyEmails: addresses of keys known outside pgp's home (the workspace keyring), for the lint.
    static Result<SignedProfile> publish(ProfileStore& store, OpenPgp& pgp, const QString& language,
                                         const QString& signingFingerprint, const QDateTime& now, JobControl& job,
                                         const QStringList& knownKeyEmails = {});
    // Clear-signs the canonical text of profile, as it is (no lint, no store).
    static Result<QByteArray> clearSign(OpenPgp& pgp, const TeamProfile& profile, const QString& signingFingerprint);
};

} // namespace fb

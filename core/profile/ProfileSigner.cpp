// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileSigner.h"

#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileRenderer.h"

namespace fb {

Result<ProfileLintContext> ProfileSigner::lintContext(OpenPgp& pgp, const QString& signingFingerprint,
                                                      const QDateTime& newestChange, const QDateTime& now)
{
    ProfileLintContext context;
    context.signingFingerprint = OpenPgp::normalisedFingerprint(signingFingerprint);
    context.newestChange = newestChange;
    context.now = now;
    if (!context.signingFingerprint.isEmpty()) {
        auto key = pgp.key(context.signingFingerprint);
        if (key) {
            context.signingKey = *key;
            FB_TRY_ASSIGN(auto secret, pgp.listKeys(true));
            context.signingKey->hasSecret = std::any_of(
                secret.cbegin(), secret.cend(), [&](const KeyInfo& k) { return k.fingerprint == key->fingerprint; });
        } else if (key.error().code != ErrorCode::NotFound) {
            return fail(key.error());
        }
    }
    FB_TRY_ASSIGN(auto keys, pgp.listKeys());
    for (const KeyInfo& k : keys) {
        if (k.revoked || k.expired)
            continue;
        for (const QString& email : k.emails)
            context.emailsWithKey.append(email.toLower());
    }
    return context;
}

Result<QByteArray> ProfileSigner::clearSign(OpenPgp& pgp, const TeamProfile& profile, const QString& signingFingerprint)
{
    return pgp.clearSign(ProfileRenderer::toText(profile).toUtf8(), signingFingerprint);
}

Result<SignedProfile> ProfileSigner::publish(ProfileStore& store, OpenPgp& pgp, const QString& language,
                                             const QString& signingFingerprint, const QDateTime& now, JobControl& job,
                                             const QStringList& knownKeyEmails)
{
    job.setProgress(0, 3, tr("Checking the profile"));
    FB_TRY_ASSIGN(auto draft, store.draft(language));
    if (!draft.has_value())
        return fail(ErrorCode::NotFound, language.isEmpty() ? tr("There is no team profile yet; create one with "
                                                                 "“profile edit”.")
                                                            : tr("There is no profile in “%1”.").arg(language));
    TeamProfile profile = *draft;
    QDateTime changed;
    if (auto docs = store.documents()) {
        for (const ProfileDocumentInfo& d : *docs)
            if (d.language == profile.language)
                changed = d.changedAt;
    } else {
        return fail(docs.error());
    }
    FB_TRY_ASSIGN(auto context, lintContext(pgp, signingFingerprint, changed, now));
    for (const QString& email : knownKeyEmails)
        context.emailsWithKey.append(email.toLower());
    profile.lastUpdate = now.toUTC().date();
    const QList<LintFinding> findings = ProfileLint::check(profile, context);
    for (const LintFinding& f : findings)
        if (f.severity == LintFinding::Severity::Error)
            return fail(ErrorCode::Conflict, tr("The profile cannot be signed: %1").arg(f.message), f.field);
    if (job.isCancelled())
        return fail(ErrorCode::Cancelled, tr("Signing was cancelled."));
    job.setProgress(1, 3, tr("Signing the profile"));
    FB_TRY_ASSIGN(auto signedText, clearSign(pgp, profile, context.signingFingerprint));
    if (job.isCancelled())
        return fail(ErrorCode::Cancelled, tr("Signing was cancelled."));
    job.setProgress(2, 3, tr("Saving the version"));
    FB_TRY_ASSIGN(auto version, store.publish(profile, signedText, context.signingFingerprint));
    job.setProgress(3, 3, {});
    SignedProfile result;
    result.version = version;
    result.findings = findings;
    return result;
}

} // namespace fb

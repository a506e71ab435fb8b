// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfilePublisher.h"

#include "core/base/AtomicFile.h"
#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileRenderer.h"

#include <QDir>

#include <utility>

namespace fb {

ProfilePublisher::ProfilePublisher(const ChangeContext& change, OpenPgp& pgp)
    : m_change(change)
    , m_pgp(pgp)
{
}

Result<QStringList> ProfilePublisher::workspaceKeyEmails()
{
    FB_TRY_ASSIGN(auto keys, KeyringStore(m_change.vault, m_change.clock).keys());
    QStringList emails;
    for (const KeyInfo& key : std::as_const(keys))
        if (!key.revoked && !key.expired)
            emails += key.emails;
    return emails;
}

Result<ProfileLintContext> ProfilePublisher::keyContext(const QString& signingKey)
{
    auto context = ProfileSigner::lintContext(m_pgp, signingKey, {}, m_change.clock.nowUtc());
    if (!context)
        return context;
    FB_TRY_ASSIGN(auto emails, workspaceKeyEmails());
    for (const QString& email : std::as_const(emails))
        context->emailsWithKey.append(email.toLower());
    return context;
}

Result<SignedProfile> ProfilePublisher::sign(const QString& language, const QString& signingKey, JobControl& job)
{
    FB_TRY_ASSIGN(auto emails, workspaceKeyEmails());
    ProfileStore store(m_change);
    return ProfileSigner::publish(store, m_pgp, language, signingKey, m_change.clock.nowUtc(), job, emails);
}

Result<QByteArray> ProfilePublisher::securityTxt(const SecurityTxtOptions& options, const QString& signingKey)
{
    const QDateTime now = m_change.clock.nowUtc();
    FB_TRY_ASSIGN(auto draft, ProfileStore(m_change).draft());
    if (!draft.has_value())
        return fail(ErrorCode::NotFound, tr("There is no team profile yet; create one with “profile edit”."));
    FB_TRY_ASSIGN(auto fields, SecurityTxt::fromProfile(*draft, options, now));
    const QString text = SecurityTxt::render(fields);
    for (const LintFinding& f : SecurityTxt::lint(text, now))
        if (f.severity == LintFinding::Severity::Error)
            return fail(ErrorCode::BadInput, f.message, f.field);
    if (signingKey.isEmpty())
        return text.toUtf8();
    return m_pgp.clearSign(text.toUtf8(), signingKey);
}

Result<ProfilePublication> ProfilePublisher::publish(const QString& language, const QString& signingKey,
                                                     const QString& folder, JobControl& job)
{
    const QDateTime now = m_change.clock.nowUtc();
    if (folder.isEmpty() || !QDir(folder).exists())
        return fail(ErrorCode::NotFound, tr("The folder “%1” does not exist.").arg(folder));
    if (signingKey.isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no team key to sign with; choose one in the directory."));
    ProfileStore store(m_change);
    job.setProgress(0, 4, tr("Checking the profile"));
    // security.txt needs a contact: find out before a version is stored.
    FB_TRY_ASSIGN(auto draft, store.draft(language));
    if (!draft.has_value())
        return fail(ErrorCode::NotFound, tr("There is no saved profile to sign."));
    FB_TRY(SecurityTxt::fromProfile(*draft, {}, now));
    FB_TRY_ASSIGN(auto workspaceEmails, workspaceKeyEmails());
    if (job.isCancelled())
        return fail(ErrorCode::Cancelled, tr("Publishing was cancelled; nothing was written."));

    job.setProgress(1, 4, tr("Signing the profile with the team key"));
    FB_TRY_ASSIGN(auto signedProfile,
                  ProfileSigner::publish(store, m_pgp, language, signingKey, now, job, workspaceEmails));
    ProfilePublication publication{signedProfile.version, signedProfile.findings, {}, {}};
    const TeamProfile& published = publication.version.profile;

    job.setProgress(2, 4, tr("Signing the security.txt"));
    auto fields = SecurityTxt::fromProfile(published, {}, now);
    if (!fields) {
        publication.written = fail(fields.error());
        return publication;
    }
    auto securityTxt = m_pgp.clearSign(SecurityTxt::render(*fields).toUtf8(), signingKey);
    if (!securityTxt) {
        publication.written = fail(securityTxt.error());
        return publication;
    }

    job.setProgress(3, 4, tr("Writing the files"));
    auto files =
        AtomicFile::writeAll(folder, {{QString::fromLatin1(kSignedTextName), publication.version.signedText},
                                      {QString::fromLatin1(kHtmlName), ProfileRenderer::toHtml(published).toUtf8()},
                                      {QString::fromLatin1(kSecurityTxtName), *securityTxt}});
    if (!files) {
        publication.written = fail(files.error());
        return publication;
    }
    publication.files = *files;
    job.setProgress(4, 4, tr("Done"));
    return publication;
}

} // namespace fb

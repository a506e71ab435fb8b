// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfilePublishJob.h"

#include "core/base/Clock.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileRenderer.h"
#include "core/profile/ProfileSigner.h"
#include "core/profile/SecurityTxt.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QSaveFile>

namespace fb {

ProfilePublishOutcome ProfilePublishJob::run(const ProfilePublishRequest& request, JobControl& control)
{
    ProfilePublishOutcome outcome;
    const QDir folder(request.folder);
    if (request.folder.isEmpty() || !folder.exists()) {
        outcome.error = Error{ErrorCode::NotFound, tr("The folder “%1” does not exist.").arg(request.folder), {}};
        return outcome;
    }
    if (request.signingKey.isEmpty()) {
        outcome.error =
            Error{ErrorCode::NotFound, tr("There is no team key to sign with; choose one in the directory."), {}};
        return outcome;
    }
    const FixedClock clock(request.now);
    ProfileStore store(*request.vault, clock, request.actor);
    control.setProgress(0, 4, tr("Checking the profile"));
    // security.txt needs a contact: find out before a version is stored.
    auto draft = store.draft(request.language);
    if (!draft) {
        outcome.error = draft.error();
        return outcome;
    }
    if (!draft->has_value()) {
        outcome.error = Error{ErrorCode::NotFound, tr("There is no saved profile to sign."), {}};
        return outcome;
    }
    if (auto fields = SecurityTxt::fromProfile(**draft, {}, request.now); !fields) {
        outcome.error = fields.error();
        return outcome;
    }
    QStringList workspaceEmails;
    auto keys = KeyringStore(*request.vault, clock).keys();
    if (!keys) {
        outcome.error = keys.error();
        return outcome;
    }
    for (const KeyInfo& key : std::as_const(*keys))
        if (!key.revoked && !key.expired)
            workspaceEmails += key.emails;
    if (control.isCancelled()) {
        outcome.error = Error{ErrorCode::Cancelled, tr("Publishing was cancelled; nothing was written."), {}};
        return outcome;
    }

    control.setProgress(1, 4, tr("Signing the profile with the team key"));
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp(home);
    auto signedProfile =
        ProfileSigner::publish(store, pgp, request.language, request.signingKey, request.now, control, workspaceEmails);
    if (!signedProfile) {
        outcome.error = signedProfile.error();
        return outcome;
    }
    outcome.version = signedProfile->version;
    outcome.warnings = signedProfile->findings;
    const TeamProfile& published = signedProfile->version.profile;

    control.setProgress(2, 4, tr("Signing the security.txt"));
    auto fields = SecurityTxt::fromProfile(published, {}, request.now);
    if (!fields) {
        outcome.error = fields.error();
        return outcome;
    }
    auto securityTxt = pgp.clearSign(SecurityTxt::render(*fields).toUtf8(), request.signingKey);
    if (!securityTxt) {
        outcome.error = securityTxt.error();
        return outcome;
    }

    control.setProgress(3, 4, tr("Writing the files"));
    const QList<std::pair<QString, QByteArray>> parts{
        {QString::fromLatin1(kSignedTextName), signedProfile->version.signedText},
        {QString::fromLatin1(kHtmlName), ProfileRenderer::toHtml(published).toUtf8()},
        {QString::fromLatin1(kSecurityTxtName), *securityTxt}};
    for (const auto& [name, bytes] : parts) {
        const QString path = folder.filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            outcome.error = Error{ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, file.errorString()), path};
            return outcome;
        }
        outcome.files.append(path);
    }
    control.setProgress(4, 4, tr("Done"));
    return outcome;
}

Result<ProfileLintContext> ProfilePublishJob::keyContext(Vault& vault, const QDateTime& now, const QString& signingKey)
{
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp(home);
    auto context = ProfileSigner::lintContext(pgp, signingKey, {}, now);
    if (!context)
        return context;
    const FixedClock clock(now);
    auto keys = KeyringStore(vault, clock).keys();
    if (!keys)
        return fail(keys.error());
    for (const KeyInfo& key : std::as_const(*keys))
        if (!key.revoked && !key.expired)
            for (const QString& email : key.emails)
                context->emailsWithKey.append(email.toLower());
    return context;
}

} // namespace fb

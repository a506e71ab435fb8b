// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfilePublishJob.h"

#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileRenderer.h"
#include "core/vault/Vault.h"
#include "export/PdfRenderer.h"

#include <QDir>

namespace fb {

ProfilePublishOutcome ProfilePublishJob::run(const ProfilePublishRequest& request, JobControl& control)
{
    const FixedClock clock(request.now);
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp(home, request.keyPassphrase);
    return ProfilePublisher(ChangeContext{*request.vault, clock, request.actor}, pgp)
        .publish(request.language, request.signingKey, request.folder, control);
}

Result<QString> ProfilePublishJob::writePdf(const QString& folder, const TeamProfile& published)
{
    FB_TRY_ASSIGN(auto pdf,
                  PdfRenderer::fromHtml(ProfileRenderer::toHtml(published),
                                        PdfMetadata{published.title, published.sectionText(QStringLiteral("2.1"))}));
    const QString path = QDir(folder).filePath(QString::fromLatin1(kPdfName));
    if (auto written = AtomicFile::write(path, pdf); !written)
        return fail(ErrorCode::Io, written.error().message); // the message names the file
    return path;
}

Result<ProfileLintContext> ProfilePublishJob::keyContext(Vault& vault, const QDateTime& now, const QString& signingKey)
{
    const FixedClock clock(now);
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp(home);
    return ProfilePublisher(ChangeContext{vault, clock, {}}, pgp).keyContext(signingKey);
}

} // namespace fb

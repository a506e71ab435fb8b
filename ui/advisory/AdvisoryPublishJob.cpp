// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/advisory/AdvisoryPublishJob.h"

#include "core/advisory/AdvisoryRenderer.h"
#include "core/advisory/AdvisorySigner.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"

#include <QDir>
#include <QSaveFile>

namespace fb {

PublishOutcome AdvisoryPublishJob::run(const PublishRequest& request, JobControl& control)
{
    PublishOutcome outcome;
    const QDir folder(request.folder);
    if (request.folder.isEmpty() || !folder.exists()) {
        outcome.error = Error{ErrorCode::NotFound, tr("The folder “%1” does not exist.").arg(request.folder), {}};
        return outcome;
    }
    const Advisory& a = request.advisory;
    const QString csafName = CsafWriter::fileName(a.identifier);
    const QString base = csafName.chopped(5); // without ".json"
    QList<std::pair<QString, QByteArray>> parts;
    control.setProgress(0, 3, tr("Writing CSAF and HTML"));
    auto csaf = CsafWriter::writeChecked(a, request.publisher, request.generatedAt);
    if (!csaf) {
        outcome.error = csaf.error();
        return outcome;
    }
    parts.append({csafName, *csaf});
    parts.append({base + QStringLiteral(".html"), AdvisoryRenderer::toHtml(a).toUtf8()});
    if (!request.pdf.isEmpty())
        parts.append({base + QStringLiteral(".pdf"), request.pdf});
    if (request.signKey.isEmpty()) {
        parts.append({base + QStringLiteral(".txt"), AdvisoryRenderer::toText(a).toUtf8()});
    } else {
        control.setProgress(1, 3, tr("Signing the text with the team key"));
        const GnupgHome home = GnupgHome::user();
        OpenPgp pgp(home);
        auto signedText = AdvisorySigner::clearSignedText(pgp, a, request.signKey);
        if (!signedText) {
            outcome.error = signedText.error();
            return outcome;
        }
        parts.append({base + QStringLiteral(".txt.asc"), *signedText});
    }
    if (control.isCancelled()) {
        outcome.error = Error{ErrorCode::Cancelled, tr("Publishing was cancelled; nothing was written."), {}};
        return outcome;
    }
    control.setProgress(2, 3, tr("Writing the files"));
    for (const auto& [name, bytes] : std::as_const(parts)) {
        const QString path = folder.filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            outcome.error = Error{ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, file.errorString()), path};
            return outcome;
        }
        outcome.files.append(path);
    }
    control.setProgress(3, 3, tr("Done"));
    return outcome;
}

} // namespace fb

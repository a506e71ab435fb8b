// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryPublisher.h"

#include "core/advisory/AdvisoryRenderer.h"
#include "core/advisory/AdvisorySigner.h"
#include "core/advisory/TeamPublisher.h"
#include "core/base/AtomicFile.h"

#include <QDir>

#include <utility>

namespace fb {

Result<QByteArray> AdvisoryPublisher::csaf(Vault& vault, const Advisory& advisory, const QDateTime& generatedAt)
{
    FB_TRY_ASSIGN(auto publisher, TeamPublisher::fromWorkspace(vault));
    return CsafWriter::writeChecked(advisory, publisher, generatedAt);
}

Result<QByteArray> AdvisoryPublisher::text(OpenPgp& pgp, const Advisory& advisory, const QString& signKey)
{
    if (signKey.isEmpty())
        return AdvisoryRenderer::toText(advisory).toUtf8();
    return AdvisorySigner::clearSignedText(pgp, advisory, signKey);
}

Result<QStringList> AdvisoryPublisher::publish(const AdvisoryPublication& publication, OpenPgp& pgp, JobControl& job)
{
    if (publication.folder.isEmpty() || !QDir(publication.folder).exists())
        return fail(ErrorCode::NotFound, tr("The folder “%1” does not exist.").arg(publication.folder));
    const Advisory& a = publication.advisory;
    const QString csafName = CsafWriter::fileName(a.identifier);
    const QString base = csafName.chopped(5); // without ".json"
    QList<std::pair<QString, QByteArray>> parts;
    job.setProgress(0, 3, tr("Writing CSAF and HTML"));
    FB_TRY_ASSIGN(auto csaf, CsafWriter::writeChecked(a, publication.publisher, publication.generatedAt));
    parts.append({csafName, csaf});
    parts.append({base + QStringLiteral(".html"), AdvisoryRenderer::toHtml(a).toUtf8()});
    if (!publication.pdf.isEmpty())
        parts.append({base + QStringLiteral(".pdf"), publication.pdf});
    if (!publication.signKey.isEmpty())
        job.setProgress(1, 3, tr("Signing the text with the team key"));
    FB_TRY_ASSIGN(auto text, AdvisoryPublisher::text(pgp, a, publication.signKey));
    parts.append({base + (publication.signKey.isEmpty() ? QStringLiteral(".txt") : QStringLiteral(".txt.asc")), text});
    if (job.isCancelled())
        return fail(ErrorCode::Cancelled, tr("Publishing was cancelled; nothing was written."));
    job.setProgress(2, 3, tr("Writing the files"));
    auto files = AtomicFile::writeAll(publication.folder, parts);
    if (!files)
        return fail(files.error());
    job.setProgress(3, 3, tr("Done"));
    return files;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryPublisher.h"

#include "core/advisory/AdvisoryRenderer.h"
#include "core/advisory/AdvisorySigner.h"
#include "core/advisory/AdvisoryStore.h"
#include "core/advisory/TeamPublisher.h"
#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "core/directory/OwnTeam.h"

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

Result<PublishedRevision> AdvisoryPublisher::publishRevision(const ChangeContext& change, OpenPgp& pgp,
                                                             const AdvisoryRevisionRequest& request,
                                                             const AdvisoryPdfLayout& layoutPdf, JobControl& job)
{
    QString signKey;
    if (request.sign) {
        FB_TRY_ASSIGN(signKey, OwnTeam(change.vault).signingKey());
        if (signKey.isEmpty())
            return fail(ErrorCode::NotFound,
                        tr("There is no team key to sign with; choose one in the directory or publish unsigned."));
    }
    FB_TRY_ASSIGN(auto publisher, TeamPublisher::fromWorkspace(change.vault));
    FB_TRY_ASSIGN(auto published,
                  AdvisoryStore(change).publish(request.advisoryId, request.status, request.revisionSummary));
    PublishedRevision revision{published, QStringList(), {}};
    QByteArray pdf;
    if (layoutPdf) {
        auto laidOut = layoutPdf(published, publisher.name);
        if (laidOut)
            pdf = std::move(*laidOut);
        else
            revision.pdf = fail(laidOut.error());
    }
    revision.files = publish(
        AdvisoryPublication{published, publisher, request.folder, signKey, change.clock.nowUtc(), pdf}, pgp, job);
    return revision;
}

} // namespace fb

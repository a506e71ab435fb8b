// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/advisory/AdvisoryPublishJob.h"

#include "core/advisory/AdvisoryRenderer.h"
#include "core/base/Clock.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "export/PdfRenderer.h"

namespace fb {

AdvisoryPublishOutcome AdvisoryPublishJob::run(Vault& vault, const AdvisoryPublishRequest& request, JobControl& control)
{
    const FixedClock clock(request.now);
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp(home, request.keyPassphrase);
    const AdvisoryPdfLayout layoutPdf = [](const Advisory& advisory, const QString& author) {
        return PdfRenderer::fromHtml(AdvisoryRenderer::toHtml(advisory),
                                     PdfMetadata{advisory.identifier + QStringLiteral(": ") + advisory.title, author});
    };
    return AdvisoryPublisher::publishRevision(ChangeContext{vault, clock, request.actor}, pgp, request.revision,
                                              layoutPdf, control);
}

} // namespace fb

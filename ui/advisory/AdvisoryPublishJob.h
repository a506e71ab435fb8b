// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryPublishJob: "Publish…" of the Advisories page (core/advisory/AdvisoryPublisher::publishRevision) as
// one job off the GUI thread and on its own workspace connection, since signing the text with the team key may
// wait for a passphrase. The PDF is laid out in the job too (Qt Gui text layout and QPdfWriter work off the GUI
// thread).
#pragma once

#include "core/crypto/OpenPgp.h"
#include "core/advisory/AdvisoryPublisher.h"
#include "core/base/Job.h"
#include "core/base/Result.h"

#include <QDateTime>
#include <QString>

namespace fb {

class Vault;

struct AdvisoryPublishRequest
{
    AdvisoryRevisionRequest revision;
    QString actor;
    QDateTime now;
    PassphraseCallback keyPassphrase; // asked when the signing key has a passphrase (KeyPassphrasePrompt)
};

// An error: nothing was published; else the revision is stored and PublishedRevision::files says whether the
// files were written.
using AdvisoryPublishOutcome = Result<PublishedRevision>;

class AdvisoryPublishJob
{
public:
    // Runs on a worker thread (JobRunner), on the runner's connection to the workspace.
    static AdvisoryPublishOutcome run(Vault& vault, const AdvisoryPublishRequest& request, JobControl& control);
};

} // namespace fb

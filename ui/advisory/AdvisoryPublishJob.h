// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryPublishJob: writes a published advisory into a folder (core/advisory/AdvisoryPublisher) as a job off
// the GUI thread, since signing the text with the team key may wait for a passphrase. The PDF is laid out by the
// caller on the GUI thread.
#pragma once

#include "core/advisory/AdvisoryPublisher.h"
#include "core/base/Job.h"
#include "core/base/Result.h"

#include <QStringList>

namespace fb {

using PublishRequest = AdvisoryPublication;
// The files written, in order; an error: none were (or not all).
using PublishOutcome = Result<QStringList>;

class AdvisoryPublishJob
{
public:
    // Runs on a worker thread (JobRunner).
    static PublishOutcome run(const PublishRequest& request, JobControl& control);
};

} // namespace fb

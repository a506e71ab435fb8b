// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/advisory/AdvisoryPublishJob.h"

#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"

namespace fb {

PublishOutcome AdvisoryPublishJob::run(const PublishRequest& request, JobControl& control)
{
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp(home);
    return AdvisoryPublisher::publish(request, pgp, control);
}

} // namespace fb

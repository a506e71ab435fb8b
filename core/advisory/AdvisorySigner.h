// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisorySigner: the plain-text advisory clear-signed with the team key (OpenPGP), verifiable by stock
// `gpg --verify`. Signing can take a while (agent, passphrase): run it as a job off the GUI thread.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/base/Result.h"

#include <QByteArray>

namespace fb {

class OpenPgp;

class AdvisorySigner
{
public:
    AdvisorySigner() = delete;

    // The UTF-8 text of AdvisoryRenderer::toText(), clear-signed with signerFingerprint's secret key.
    static Result<QByteArray> clearSignedText(OpenPgp& pgp, const Advisory& advisory, const QString& signerFingerprint);
};

} // namespace fb

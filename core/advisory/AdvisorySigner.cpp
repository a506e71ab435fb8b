// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisorySigner.h"

#include "core/advisory/AdvisoryRenderer.h"
#include "core/crypto/OpenPgp.h"

namespace fb {

Result<QByteArray> AdvisorySigner::clearSignedText(OpenPgp& pgp, const Advisory& advisory,
                                                   const QString& signerFingerprint)
{
    return pgp.clearSign(AdvisoryRenderer::toText(advisory).toUtf8(), signerFingerprint);
}

} // namespace fb

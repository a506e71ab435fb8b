// SPDX-License-Identifier: GPL-3.0-or-later
// VerificationResult: the outcome of checking the signatures on some data, worst signature first.
#pragma once

#include "core/crypto/SignatureStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fb {

// One signature on the data.
struct SignatureInfo
{
    SignatureStatus status = SignatureStatus::Error;
    QString fingerprint;   // of the signing (sub)key as GnuPG reports it; a key id when the key is missing
    QString signerUserId;  // primary user id of the signing key, when the home has the key
    QDateTime signedAt;    // UTC
    QString hashAlgorithm; // "SHA256"...
    QString detail;        // what GnuPG said, for the curious; never message content
};

struct VerificationResult
{
    // The worst of all signatures (NotSigned when there is none) and the fields of that signature.
    SignatureStatus status = SignatureStatus::NotSigned;
    QString fingerprint;
    QString signerUserId;
    QDateTime signedAt;
    QByteArray signedData; // the signed plaintext (clear-signed and opaque); empty for detached checks
    QString detail;
    QList<SignatureInfo> signatures; // every signature, in the order of the data
};

} // namespace fb

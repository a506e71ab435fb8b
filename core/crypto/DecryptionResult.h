// SPDX-License-Identifier: GPL-3.0-or-later
// DecryptionResult: a decrypted message, whether it was signed, and to whom it was encrypted.
#pragma once

#include "core/crypto/VerificationResult.h"

#include <QByteArray>
#include <QStringList>

namespace fb {

struct DecryptionResult
{
    QByteArray plaintext;
    bool wasSigned = false;
    VerificationResult verification; // status NotSigned when wasSigned is false
    QStringList recipientKeyIds;     // key ids the message was encrypted to (hidden recipients: zeros)
};

} // namespace fb

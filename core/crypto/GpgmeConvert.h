// SPDX-License-Identifier: GPL-3.0-or-later
// GpgmeConvert: GPGME++ objects into Firebreak's plain types (KeyInfo, SignatureFacts...).
// Internal to core/crypto: only .cpp files include it, so no public header pulls in gpgme++.
#pragma once

#include "core/crypto/KeyInfo.h"
#include "core/crypto/SignatureStatus.h"

#include <QByteArray>
#include <QDateTime>

#include <gpgme++/data.h>
#include <gpgme++/key.h>
#include <gpgme++/verificationresult.h>

#include <ctime>

namespace fb {

class GpgmeConvert
{
public:
    static KeyInfo keyInfo(const GpgME::Key& key);
    static SignatureFacts signatureFacts(const GpgME::Signature& signature);
    // classifySignature() of the facts of a GPGME signature.
    static SignatureStatus classify(const GpgME::Signature& signature);

    static QDateTime time(std::time_t t) { return t > 0 ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC) : QDateTime(); }
    static QString text(const char* s) { return s ? QString::fromUtf8(s) : QString(); }
    static GpgME::Data dataOf(const QByteArray& bytes);
    // Everything in data, from the start.
    static QByteArray bytesOf(GpgME::Data& data);
};

// What the rest of the program calls: the classifier on a GPGME signature (see SignatureStatus.h).
inline SignatureStatus classifySignature(const GpgME::Signature& signature)
{
    return GpgmeConvert::classify(signature);
}

} // namespace fb

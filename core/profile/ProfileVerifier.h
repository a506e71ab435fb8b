// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileVerifier: checks a published RFC 2350 document (clear-signed or plain): who signed, with which key,
// when, whether the signature is valid, and whether the signer is the key the document itself names in 2.8.
// The signed text is read back into a TeamProfile.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/VerificationResult.h"
#include "core/profile/TeamProfile.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace fb {

class OpenPgp;

struct ProfileVerification
{
    VerificationResult signature;       // status NotSigned for a plain document
    QString signerPrimaryFingerprint;   // the primary key of the signing (sub)key, when the home has it
    std::optional<TeamProfile> profile; // the (signed) text read back; nullopt when it is no RFC 2350 document
    QString parseProblem;               // why profile is empty
    bool signerIsProfileKey = false;    // the signature comes from the key named in 2.8

    // A valid signature (trusted or not) by the key the profile names.
    bool isGood() const;
};

class ProfileVerifier
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileVerifier)

public:
    ProfileVerifier() = delete;

    static bool isClearSigned(const QByteArray& document);
    // Stable key of a status for storage and JSON: "valid", "valid-untrusted", "not-signed", "bad"...
    static QString statusKey(SignatureStatus status);
    // Errors only for failures of GnuPG; bad signatures and documents that do not parse are results.
    static Result<ProfileVerification> verify(OpenPgp& pgp, const QByteArray& document);
};

} // namespace fb

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

// How the signer of a document relates to the team's own key, the one its section 2.8 names.
enum class ProfileSignerCheck {
    NotSigned,  // a plain document
    NotChecked, // signed, but GnuPG could not tell by which key (key missing, bad signature, error)
    ProfileKey, // signed by the key named in 2.8 (or one of its subkeys)
    OtherKey,   // signed by a key GnuPG knows that is not the key named in 2.8
    NoKeyNamed, // signed by a key GnuPG knows, and 2.8 names no key to compare it with
};

struct ProfileVerification
{
    VerificationResult signature;       // status NotSigned for a plain document
    QString signerPrimaryFingerprint;   // the primary key of the signing (sub)key, when the home has it
    std::optional<TeamProfile> profile; // the (signed) text read back; nullopt when it is no RFC 2350 document
    QString parseProblem;               // why profile is empty
    bool signerIsProfileKey = false;    // the signature comes from the key named in 2.8
    ProfileSignerCheck signerCheck = ProfileSignerCheck::NotSigned;

    // The signing key, primary when the home has it: what is compared with the key named in 2.8.
    QString signer() const;

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
    // Stable key of a signer check for storage and JSON: "profile-key", "other-key", "no-key-named"...
    static QString signerCheckKey(ProfileSignerCheck check);
    // One plain sentence on the signer and the key named in 2.8; empty for a plain document.
    static QString signerSentence(const ProfileVerification& v);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// SignatureStatus: what one signature check means, classified once, then phrased by separate functions
// for a table cell (shortLabel), a tooltip (sentence) and the next step (guidance).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fb {

struct VerificationResult;

// KeyExpired and SignatureExpired are good signatures (the data is as signed) whose key, or whose own lifetime,
// has run out; GnuPG reports them as GPG_ERR_KEY_EXPIRED and GPG_ERR_SIG_EXPIRED, not as failures.
enum class SignatureStatus {
    NotSigned,
    KeyMissing,
    ValidTrusted,
    ValidUntrusted,
    KeyExpired,
    SignatureExpired,
    KeyRevoked,
    Bad,
    Error
};

// The facts about a signature the classifier needs, as GnuPG reports them (GPGME summary bits, the
// status error and the validity of the signing key). Plain data, so the classifier is unit-testable.
struct SignatureFacts
{
    enum class Check { Good, Bad, NoPublicKey, KeyExpired, SignatureExpired, KeyRevoked, OtherError };
    enum class Validity { Unknown, Undefined, Never, Marginal, Full, Ultimate };

    Check check = Check::OtherError;
    Validity validity = Validity::Unknown;
    bool summaryValid = false;      // GPGME_SIGSUM_VALID
    bool summaryRed = false;        // GPGME_SIGSUM_RED
    bool summaryKeyRevoked = false; // GPGME_SIGSUM_KEY_REVOKED
    bool summaryKeyExpired = false; // GPGME_SIGSUM_KEY_EXPIRED
    bool summarySigExpired = false; // GPGME_SIGSUM_SIG_EXPIRED
    bool summaryKeyMissing = false; // GPGME_SIGSUM_KEY_MISSING
    bool summarySysError = false;   // GPGME_SIGSUM_SYS_ERROR
};

// Pure: the same facts always give the same status. Nothing is looked up.
SignatureStatus classifySignature(const SignatureFacts& facts);
// How bad a status is, for picking the worst of several signatures: ValidTrusted 0, ValidUntrusted 1,
// NotSigned 2, KeyMissing 3, KeyExpired 4, SignatureExpired 5, Error 6, KeyRevoked 7, Bad 8 (tampered data is the
// worst news).
int severity(SignatureStatus status);

class SignatureText
{
    Q_DECLARE_TR_FUNCTIONS(fb::SignatureText)

public:
    static QString shortLabel(SignatureStatus status);
    static QString sentence(const VerificationResult& result);
    static QString guidance(SignatureStatus status);
};

// The phrasing functions, by the names the rest of the code uses.
inline QString shortLabel(SignatureStatus status)
{
    return SignatureText::shortLabel(status);
}
QString sentence(const VerificationResult& result);
inline QString guidance(SignatureStatus status)
{
    return SignatureText::guidance(status);
}

} // namespace fb

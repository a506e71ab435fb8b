// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/SignatureStatus.h"

#include "core/crypto/VerificationResult.h"
#include "tests/core/crypto/GpgTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using Check = SignatureFacts::Check;
using Validity = SignatureFacts::Validity;

namespace {

SignatureFacts facts(Check check, Validity validity = Validity::Unknown)
{
    SignatureFacts f;
    f.check = check;
    f.validity = validity;
    return f;
}

} // namespace

TEST_CASE("The signature classifier maps GnuPG facts to one status", "[crypto][signaturestatus]")
{
    struct Row
    {
        SignatureFacts facts;
        SignatureStatus expected;
    };
    SignatureFacts keyMissingBySummary = facts(Check::OtherError);
    keyMissingBySummary.summaryKeyMissing = true;
    SignatureFacts revokedBySummary = facts(Check::Good, Validity::Full);
    revokedBySummary.summaryKeyRevoked = true;
    SignatureFacts expiredBySummary = facts(Check::Good, Validity::Full);
    expiredBySummary.summaryKeyExpired = true;
    SignatureFacts sigExpiredBySummary = facts(Check::Good, Validity::Full);
    sigExpiredBySummary.summarySigExpired = true;
    SignatureFacts badFromExpired = facts(Check::Bad, Validity::Full);
    badFromExpired.summarySigExpired = true;
    badFromExpired.summaryKeyExpired = true;
    SignatureFacts badFromRevoked = facts(Check::Bad);
    badFromRevoked.summaryKeyRevoked = true;
    SignatureFacts sysError = facts(Check::Good, Validity::Full);
    sysError.summarySysError = true;
    SignatureFacts red = facts(Check::Good, Validity::Full);
    red.summaryRed = true;

    const Row row = GENERATE_COPY(values<Row>({
        {facts(Check::Good, Validity::Full), SignatureStatus::ValidTrusted},
        {facts(Check::Good, Validity::Ultimate), SignatureStatus::ValidTrusted},
        {facts(Check::Good, Validity::Marginal), SignatureStatus::ValidUntrusted},
        {facts(Check::Good, Validity::Unknown), SignatureStatus::ValidUntrusted},
        {facts(Check::Good, Validity::Undefined), SignatureStatus::ValidUntrusted},
        {facts(Check::Good, Validity::Never), SignatureStatus::ValidUntrusted},
        {red, SignatureStatus::ValidUntrusted},
        {facts(Check::Bad, Validity::Full), SignatureStatus::Bad},
        {badFromRevoked, SignatureStatus::Bad},
        {facts(Check::NoPublicKey), SignatureStatus::KeyMissing},
        {keyMissingBySummary, SignatureStatus::KeyMissing},
        {facts(Check::KeyExpired, Validity::Full), SignatureStatus::KeyExpired},
        {expiredBySummary, SignatureStatus::KeyExpired},
        {facts(Check::KeyRevoked, Validity::Full), SignatureStatus::KeyRevoked},
        {revokedBySummary, SignatureStatus::KeyRevoked},
        {facts(Check::SignatureExpired, Validity::Full), SignatureStatus::SignatureExpired},
        {facts(Check::SignatureExpired, Validity::Unknown), SignatureStatus::SignatureExpired},
        {sigExpiredBySummary, SignatureStatus::SignatureExpired},
        {badFromExpired, SignatureStatus::Bad},
        {facts(Check::OtherError), SignatureStatus::Error},
        {sysError, SignatureStatus::Error},
    }));
    CHECK(classifySignature(row.facts) == row.expected);
}

TEST_CASE("The worse signature status has the higher severity", "[crypto][signaturestatus]")
{
    CHECK(severity(SignatureStatus::Bad) > severity(SignatureStatus::ValidTrusted));
    CHECK(severity(SignatureStatus::KeyRevoked) > severity(SignatureStatus::KeyExpired));
    CHECK(severity(SignatureStatus::ValidUntrusted) > severity(SignatureStatus::ValidTrusted));
    CHECK(severity(SignatureStatus::KeyMissing) > severity(SignatureStatus::ValidUntrusted));
    CHECK(severity(SignatureStatus::Error) > severity(SignatureStatus::KeyExpired));
    CHECK(severity(SignatureStatus::SignatureExpired) > severity(SignatureStatus::KeyExpired));
    CHECK(severity(SignatureStatus::Error) > severity(SignatureStatus::SignatureExpired));
    CHECK(severity(SignatureStatus::SignatureExpired) > severity(SignatureStatus::ValidTrusted));
}

TEST_CASE("Every signature status has a label a sentence and guidance", "[crypto][signaturestatus]")
{
    const SignatureStatus status =
        GENERATE(SignatureStatus::NotSigned, SignatureStatus::KeyMissing, SignatureStatus::ValidTrusted,
                 SignatureStatus::ValidUntrusted, SignatureStatus::KeyExpired, SignatureStatus::SignatureExpired,
                 SignatureStatus::KeyRevoked, SignatureStatus::Bad, SignatureStatus::Error);
    VerificationResult result;
    result.status = status;
    result.fingerprint = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    result.signerUserId = QStringLiteral("CERT-XX <cert@example.org>");
    result.signedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    CHECK(!shortLabel(status).isEmpty());
    CHECK(!guidance(status).isEmpty());
    const QString text = sentence(result);
    CHECK(text.endsWith(QLatin1Char('.')));
    const bool namesSigner = status == SignatureStatus::ValidTrusted || status == SignatureStatus::ValidUntrusted ||
                             status == SignatureStatus::KeyExpired || status == SignatureStatus::SignatureExpired ||
                             status == SignatureStatus::KeyRevoked || status == SignatureStatus::Bad;
    if (namesSigner) {
        CHECK(text.contains(result.signerUserId));
        CHECK(text.contains(QStringLiteral("0123 4567 89AB CDEF")));
    }
    if (status == SignatureStatus::KeyMissing)
        CHECK(text.contains(QStringLiteral("0123 4567")));
}

TEST_CASE("A sentence about several signatures says so", "[crypto][signaturestatus]")
{
    VerificationResult result;
    result.status = SignatureStatus::Bad;
    result.signatures = {SignatureInfo{}, SignatureInfo{}};
    CHECK(sentence(result).contains(QLatin1String("2 signatures")));
}

TEST_CASE("Expired signatures and keys are told apart from errors", "[crypto][signaturestatus]")
{
    const SignatureStatus status = GENERATE(SignatureStatus::KeyExpired, SignatureStatus::SignatureExpired);
    CHECK(shortLabel(status) != shortLabel(SignatureStatus::Error));
    CHECK(guidance(status) != guidance(SignatureStatus::Error));
    CHECK(shortLabel(SignatureStatus::KeyExpired) != shortLabel(SignatureStatus::SignatureExpired));
    VerificationResult result;
    result.status = status;
    result.detail = QStringLiteral("Signature expired");
    // The sentence is that of a checked signature, not "could not be checked: <detail>".
    CHECK(!sentence(result).contains(QLatin1String("could not be checked")));
}

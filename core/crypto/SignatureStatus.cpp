// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/SignatureStatus.h"

#include "core/crypto/KeyInfo.h"
#include "core/crypto/VerificationResult.h"

#include <QLocale>

namespace fb {

SignatureStatus classifySignature(const SignatureFacts& facts)
{
    using Check = SignatureFacts::Check;
    // The order matters: tampered data trumps everything we know about the key.
    if (facts.check == Check::Bad)
        return SignatureStatus::Bad;
    if (facts.check == Check::NoPublicKey || facts.summaryKeyMissing)
        return SignatureStatus::KeyMissing;
    if (facts.check == Check::KeyRevoked || facts.summaryKeyRevoked)
        return SignatureStatus::KeyRevoked;
    if (facts.check == Check::KeyExpired || facts.summaryKeyExpired)
        return SignatureStatus::KeyExpired;
    // A good signature whose own lifetime (set by the signer) is over.
    if (facts.check == Check::SignatureExpired || facts.summarySigExpired)
        return SignatureStatus::SignatureExpired;
    // Anything GnuPG could not check.
    if (facts.check != Check::Good || facts.summarySysError)
        return SignatureStatus::Error;
    const bool trusted =
        facts.validity == SignatureFacts::Validity::Full || facts.validity == SignatureFacts::Validity::Ultimate;
    if (trusted && !facts.summaryRed)
        return SignatureStatus::ValidTrusted;
    return SignatureStatus::ValidUntrusted;
}

int severity(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::ValidTrusted:
        return 0;
    case SignatureStatus::ValidUntrusted:
        return 1;
    case SignatureStatus::NotSigned:
        return 2;
    case SignatureStatus::KeyMissing:
        return 3;
    case SignatureStatus::KeyExpired:
        return 4;
    case SignatureStatus::SignatureExpired:
        return 5;
    case SignatureStatus::Error:
        return 6;
    case SignatureStatus::KeyRevoked:
        return 7;
    case SignatureStatus::Bad:
        return 8;
    }
    return 6;
}

QString SignatureText::shortLabel(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::NotSigned:
        return tr("Not signed");
    case SignatureStatus::KeyMissing:
        //: the key that made a signature is not in the keyring
        return tr("Unknown signer");
    case SignatureStatus::ValidTrusted:
        return tr("Valid");
    case SignatureStatus::ValidUntrusted:
        return tr("Valid, key not trusted");
    case SignatureStatus::KeyExpired:
        return tr("Key expired");
    case SignatureStatus::SignatureExpired:
        //: a good signature whose validity period, set by the signer, is over
        return tr("Signature expired");
    case SignatureStatus::KeyRevoked:
        return tr("Key revoked");
    case SignatureStatus::Bad:
        return tr("Bad signature");
    case SignatureStatus::Error:
        return tr("Not verified");
    }
    return tr("Not verified");
}

QString SignatureText::sentence(const VerificationResult& result)
{
    const QString signer = result.signerUserId.isEmpty() ? tr("an unknown signer") : result.signerUserId;
    const QString key = groupedFingerprint(result.fingerprint);
    const QString when = result.signedAt.isValid()
                             ? QLocale().toString(result.signedAt.toLocalTime(), QLocale::LongFormat)
                             : tr("an unknown date");
    QString text;
    switch (result.status) {
    case SignatureStatus::NotSigned:
        text = tr("The data is not signed.");
        break;
    case SignatureStatus::KeyMissing:
        text = tr("Signed on %1 with the key %2, which is not in the keyring, so the signature cannot be checked.")
                   .arg(when, key);
        break;
    case SignatureStatus::ValidTrusted:
        text = tr("Valid signature by %1 (key %2) made on %3.").arg(signer, key, when);
        break;
    case SignatureStatus::ValidUntrusted:
        text = tr("Valid signature by %1 (key %2) made on %3, but the key is not among the trusted keys, so it may "
                  "not belong to %1.")
                   .arg(signer, key, when);
        break;
    case SignatureStatus::KeyExpired:
        text = tr("Signature by %1 (key %2) made on %3 with a key that has expired.").arg(signer, key, when);
        break;
    case SignatureStatus::SignatureExpired:
        text = tr("Valid signature by %1 (key %2) made on %3, but the signature itself has expired: its signer "
                  "limited how long it is valid.")
                   .arg(signer, key, when);
        break;
    case SignatureStatus::KeyRevoked:
        text = tr("Signature by %1 (key %2) made on %3 with a key that its owner has revoked.").arg(signer, key, when);
        break;
    case SignatureStatus::Bad:
        text = tr("Bad signature by %1 (key %2): the data was changed after it was signed, or the signature is "
                  "forged.")
                   .arg(signer, key);
        break;
    case SignatureStatus::Error:
        text = result.detail.isEmpty() ? tr("The signature could not be checked.")
                                       : tr("The signature could not be checked: %1.").arg(result.detail);
        break;
    }
    if (result.signatures.size() > 1)
        text += QLatin1Char(' ') +
                tr("The data carries %n signatures; this is the worst of them.", "", int(result.signatures.size()));
    return text;
}

QString SignatureText::guidance(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::NotSigned:
        return tr("Ask the sender to sign it, or confirm the content through another channel.");
    case SignatureStatus::KeyMissing:
        return tr("Import the signer's public key into the workspace keyring (Import key…), compare its fingerprint "
                  "with the sender through another channel, then verify again.");
    case SignatureStatus::ValidTrusted:
        return tr("Nothing to do.");
    case SignatureStatus::ValidUntrusted:
        return tr("Compare the key's fingerprint with the sender through another channel, then add the key to the "
                  "workspace keyring.");
    case SignatureStatus::KeyExpired:
        return tr("Ask the sender for their current key and, if it matters, a new signature.");
    case SignatureStatus::SignatureExpired:
        return tr("Ask the sender for a fresh signature if the content still matters.");
    case SignatureStatus::KeyRevoked:
        return tr("Do not rely on this content. Ask the sender, through another channel, for their new key and a "
                  "new signature.");
    case SignatureStatus::Bad:
        return tr("Do not rely on this content. Get the original again from the sender and verify it again.");
    case SignatureStatus::Error:
        return tr("Check that GnuPG is installed and working, then try again.");
    }
    return {};
}

QString sentence(const VerificationResult& result)
{
    return SignatureText::sentence(result);
}

} // namespace fb

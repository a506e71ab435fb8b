// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileVerifier.h"

#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileParser.h"

namespace fb {

bool ProfileVerification::isGood() const
{
    return (signature.status == SignatureStatus::ValidTrusted || signature.status == SignatureStatus::ValidUntrusted) &&
           signerIsProfileKey;
}

QString ProfileVerifier::statusKey(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::NotSigned:
        return QStringLiteral("not-signed");
    case SignatureStatus::KeyMissing:
        return QStringLiteral("key-missing");
    case SignatureStatus::ValidTrusted:
        return QStringLiteral("valid");
    case SignatureStatus::ValidUntrusted:
        return QStringLiteral("valid-untrusted");
    case SignatureStatus::KeyExpired:
        return QStringLiteral("key-expired");
    case SignatureStatus::KeyRevoked:
        return QStringLiteral("key-revoked");
    case SignatureStatus::Bad:
        return QStringLiteral("bad");
    case SignatureStatus::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool ProfileVerifier::isClearSigned(const QByteArray& document)
{
    return document.trimmed().startsWith("-----BEGIN PGP SIGNED MESSAGE-----");
}

Result<ProfileVerification> ProfileVerifier::verify(OpenPgp& pgp, const QByteArray& document)
{
    ProfileVerification out;
    QByteArray text = document;
    if (isClearSigned(document)) {
        auto checked = pgp.verifyClearSigned(document);
        if (!checked)
            return fail(checked.error());
        out.signature = *checked;
        text = checked->signedData;
        if (!out.signature.fingerprint.isEmpty()) {
            if (auto key = pgp.key(out.signature.fingerprint))
                out.signerPrimaryFingerprint = key->fingerprint;
            else if (key.error().code != ErrorCode::NotFound)
                return fail(key.error());
        }
    }
    auto parsed = ProfileParser::parse(QString::fromUtf8(text));
    if (parsed) {
        out.profile = *parsed;
        const QString named = parsed->keyFingerprint.toUpper();
        out.signerIsProfileKey =
            !named.isEmpty() && (named == out.signature.fingerprint.toUpper() || named == out.signerPrimaryFingerprint);
    } else {
        out.parseProblem = parsed.error().toString();
    }
    return out;
}

} // namespace fb

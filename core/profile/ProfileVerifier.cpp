// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileVerifier.h"

#include "core/crypto/KeyInfo.h"
#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileParser.h"

namespace fb {

bool ProfileVerification::isGood() const
{
    return (signature.status == SignatureStatus::ValidTrusted || signature.status == SignatureStatus::ValidUntrusted) &&
           signerIsProfileKey;
}

QString ProfileVerification::signer() const
{
    return signerPrimaryFingerprint.isEmpty() ? signature.fingerprint.toUpper() : signerPrimaryFingerprint;
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
    case SignatureStatus::SignatureExpired:
        return QStringLiteral("signature-expired");
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
        FB_TRY_ASSIGN(auto checked, pgp.verifyClearSigned(document));
        out.signature = checked;
        text = checked.signedData;
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
    // The signer is known only when GnuPG has its key: then it is the 2.8 key or it is not.
    switch (out.signature.status) {
    case SignatureStatus::NotSigned:
        out.signerCheck = ProfileSignerCheck::NotSigned;
        break;
    case SignatureStatus::ValidTrusted:
    case SignatureStatus::ValidUntrusted:
    case SignatureStatus::KeyExpired:
    case SignatureStatus::SignatureExpired:
    case SignatureStatus::KeyRevoked:
        if (out.signerIsProfileKey)
            out.signerCheck = ProfileSignerCheck::ProfileKey;
        else if (!out.profile || out.profile->keyFingerprint.isEmpty())
            out.signerCheck = ProfileSignerCheck::NoKeyNamed;
        else
            out.signerCheck = ProfileSignerCheck::OtherKey;
        break;
    case SignatureStatus::KeyMissing:
    case SignatureStatus::Bad:
    case SignatureStatus::Error:
        out.signerCheck = ProfileSignerCheck::NotChecked;
        break;
    }
    return out;
}

QString ProfileVerifier::signerCheckKey(ProfileSignerCheck check)
{
    switch (check) {
    case ProfileSignerCheck::NotSigned:
        return QStringLiteral("not-signed");
    case ProfileSignerCheck::NotChecked:
        return QStringLiteral("not-checked");
    case ProfileSignerCheck::ProfileKey:
        return QStringLiteral("profile-key");
    case ProfileSignerCheck::OtherKey:
        return QStringLiteral("other-key");
    case ProfileSignerCheck::NoKeyNamed:
        return QStringLiteral("no-key-named");
    }
    return {};
}

QString ProfileVerifier::signerSentence(const ProfileVerification& v)
{
    switch (v.signerCheck) {
    case ProfileSignerCheck::NotSigned:
        return {};
    case ProfileSignerCheck::NotChecked:
        return tr("Whether the signer is the key the profile names in 2.8 cannot be told.");
    case ProfileSignerCheck::ProfileKey:
        return tr("The signer is the key the profile names in 2.8.");
    case ProfileSignerCheck::OtherKey:
        //: %1 and %2 are OpenPGP fingerprints
        return tr("The signer is NOT the team's own key: the document is signed by %1, but its section 2.8 names "
                  "%2.")
            .arg(groupedFingerprint(v.signer()), groupedFingerprint(v.profile->keyFingerprint));
    case ProfileSignerCheck::NoKeyNamed:
        return tr("The profile names no key in 2.8, so the signer cannot be checked against the team's own key.");
    }
    return {};
}

} // namespace fb

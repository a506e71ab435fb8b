// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/GpgmeConvert.h"

#include <gpg-error.h>

#include <string>

namespace fb {

namespace {

bool usable(const GpgME::Subkey& subkey)
{
    return !subkey.isRevoked() && !subkey.isExpired() && !subkey.isInvalid() && !subkey.isDisabled();
}

// "rsa3072" -> "RSA 3072"; curve names ("ed25519", "nistp256") stay as GnuPG spells them.
QString algorithmName(const GpgME::Subkey& subkey)
{
    const QString name = QString::fromStdString(subkey.algoName());
    for (const char* prefix : {"rsa", "dsa", "elg"}) {
        const QLatin1String p(prefix);
        if (name.startsWith(p) && name.size() > p.size() && name.at(p.size()).isDigit())
            return p.toString().toUpper() + QLatin1Char(' ') + name.mid(p.size());
    }
    return name;
}

KeyValidity validityOf(GpgME::UserID::Validity v)
{
    switch (v) {
    case GpgME::UserID::Unknown:
        return KeyValidity::Unknown;
    case GpgME::UserID::Undefined:
        return KeyValidity::Undefined;
    case GpgME::UserID::Never:
        return KeyValidity::Never;
    case GpgME::UserID::Marginal:
        return KeyValidity::Marginal;
    case GpgME::UserID::Full:
        return KeyValidity::Full;
    case GpgME::UserID::Ultimate:
        return KeyValidity::Ultimate;
    }
    return KeyValidity::Unknown;
}

SignatureFacts::Validity validityOf(GpgME::Signature::Validity v)
{
    switch (v) {
    case GpgME::Signature::Unknown:
        return SignatureFacts::Validity::Unknown;
    case GpgME::Signature::Undefined:
        return SignatureFacts::Validity::Undefined;
    case GpgME::Signature::Never:
        return SignatureFacts::Validity::Never;
    case GpgME::Signature::Marginal:
        return SignatureFacts::Validity::Marginal;
    case GpgME::Signature::Full:
        return SignatureFacts::Validity::Full;
    case GpgME::Signature::Ultimate:
        return SignatureFacts::Validity::Ultimate;
    }
    return SignatureFacts::Validity::Unknown;
}

SignatureFacts::Check checkOf(gpg_err_code_t code)
{
    switch (code) {
    case GPG_ERR_NO_ERROR:
        return SignatureFacts::Check::Good;
    case GPG_ERR_BAD_SIGNATURE:
        return SignatureFacts::Check::Bad;
    case GPG_ERR_NO_PUBKEY:
        return SignatureFacts::Check::NoPublicKey;
    case GPG_ERR_KEY_EXPIRED:
        return SignatureFacts::Check::KeyExpired;
    case GPG_ERR_SIG_EXPIRED:
        return SignatureFacts::Check::SignatureExpired;
    case GPG_ERR_CERT_REVOKED:
        return SignatureFacts::Check::KeyRevoked;
    default:
        return SignatureFacts::Check::OtherError;
    }
}

} // namespace

KeyInfo GpgmeConvert::keyInfo(const GpgME::Key& key)
{
    KeyInfo info;
    info.fingerprint = text(key.primaryFingerprint()).toUpper();
    info.keyId = text(key.keyID()).toUpper();
    info.revoked = key.isRevoked();
    info.expired = key.isExpired();
    info.disabled = key.isDisabled();
    info.invalid = key.isInvalid();
    info.hasSecret = key.hasSecret();
    if (key.numSubkeys() > 0) {
        const GpgME::Subkey primary = key.subkey(0);
        info.algorithm = algorithmName(primary);
        info.bits = static_cast<int>(primary.length());
        info.created = time(primary.creationTime());
        if (!primary.neverExpires())
            info.expires = time(primary.expirationTime());
    }
    const bool keyUsable = !info.revoked && !info.expired && !info.disabled && !info.invalid;
    for (const GpgME::Subkey& subkey : key.subkeys()) {
        if (!keyUsable || !usable(subkey))
            continue;
        info.canSign = info.canSign || subkey.canSign();
        info.canEncrypt = info.canEncrypt || subkey.canEncrypt();
    }
    bool first = true;
    for (const GpgME::UserID& uid : key.userIDs()) {
        if (uid.isRevoked() || uid.isInvalid())
            continue;
        info.userIds.append(text(uid.id()));
        const QString email = QString::fromStdString(uid.addrSpec());
        if (!email.isEmpty() && !info.emails.contains(email))
            info.emails.append(email);
        // The key's validity is that of its best user id.
        const KeyValidity v = validityOf(uid.validity());
        if (first || static_cast<int>(v) > static_cast<int>(info.validity))
            info.validity = v;
        first = false;
    }
    return info;
}

SignatureFacts GpgmeConvert::signatureFacts(const GpgME::Signature& signature)
{
    SignatureFacts facts;
    facts.check = checkOf(static_cast<gpg_err_code_t>(signature.status().code()));
    facts.validity = validityOf(signature.validity());
    const unsigned summary = signature.summary();
    facts.summaryValid = summary & GpgME::Signature::Valid;
    facts.summaryRed = summary & GpgME::Signature::Red;
    facts.summaryKeyRevoked = summary & GpgME::Signature::KeyRevoked;
    facts.summaryKeyExpired = summary & GpgME::Signature::KeyExpired;
    facts.summarySigExpired = summary & GpgME::Signature::SigExpired;
    facts.summaryKeyMissing = summary & GpgME::Signature::KeyMissing;
    facts.summarySysError = summary & GpgME::Signature::SysError;
    return facts;
}

SignatureStatus GpgmeConvert::classify(const GpgME::Signature& signature)
{
    return classifySignature(signatureFacts(signature));
}

GpgME::Data GpgmeConvert::dataOf(const QByteArray& bytes)
{
    return GpgME::Data(bytes.constData(), static_cast<size_t>(bytes.size()), true);
}

QByteArray GpgmeConvert::bytesOf(GpgME::Data& data)
{
    QByteArray out;
    data.seek(0, SEEK_SET);
    char buffer[16384];
    for (;;) {
        const ssize_t n = data.read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, static_cast<qsizetype>(n));
    }
    return out;
}

} // namespace fb

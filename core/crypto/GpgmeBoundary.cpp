// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/GpgmeBoundary.h"

#include <gpg-error.h>

namespace fb {

namespace {

ErrorCode codeFor(gpg_err_code_t code)
{
    switch (code) {
    case GPG_ERR_NO_DATA:
    case GPG_ERR_INV_DATA:
    case GPG_ERR_BAD_DATA:
    case GPG_ERR_INV_ARMOR:
    case GPG_ERR_INV_PACKET:
    case GPG_ERR_INV_KEYRING:
    case GPG_ERR_UNKNOWN_PACKET:
    case GPG_ERR_TRUNCATED:
    case GPG_ERR_INV_VALUE:
    case GPG_ERR_BAD_SIGNATURE:
    case GPG_ERR_DECRYPT_FAILED:
        return ErrorCode::BadInput;
    case GPG_ERR_BAD_PASSPHRASE:
    case GPG_ERR_NO_PASSPHRASE:
    case GPG_ERR_NO_PIN:
    case GPG_ERR_BAD_PIN:
        return ErrorCode::WrongPassphrase;
    case GPG_ERR_CANCELED:
    case GPG_ERR_FULLY_CANCELED:
        return ErrorCode::Cancelled;
    case GPG_ERR_NO_SECKEY:
    case GPG_ERR_NO_PUBKEY:
    case GPG_ERR_NOT_FOUND:
    case GPG_ERR_EOF:
        return ErrorCode::NotFound;
    case GPG_ERR_UNUSABLE_PUBKEY:
    case GPG_ERR_UNUSABLE_SECKEY:
    case GPG_ERR_KEY_EXPIRED:
    case GPG_ERR_CERT_REVOKED:
    case GPG_ERR_WRONG_KEY_USAGE:
        return ErrorCode::Conflict;
    case GPG_ERR_ENOENT:
    case GPG_ERR_EACCES:
    case GPG_ERR_ENOSPC:
    case GPG_ERR_EROFS:
        return ErrorCode::Io;
    default:
        return ErrorCode::Internal;
    }
}

} // namespace

Error GpgmeBoundary::toError(const GpgME::Error& error, const QString& during)
{
    const auto code = static_cast<gpg_err_code_t>(error.code());
    //: %1 is an operation ("Signing"), %2 what GnuPG said
    return Error{codeFor(code), tr("%1 failed: %2.").arg(during, QString::fromLocal8Bit(error.asString())),
                 QStringLiteral("GnuPG")};
}

Error GpgmeBoundary::outOfMemory(const QString& during)
{
    return Error{ErrorCode::Internal, tr("%1 failed: out of memory.").arg(during), QStringLiteral("GnuPG")};
}

Error GpgmeBoundary::unexpected(const QString& during, const char* what)
{
    const QString said = what ? QString::fromLocal8Bit(what) : tr("an unknown exception");
    return Error{ErrorCode::Internal, tr("%1 failed unexpectedly in GPGME: %2.").arg(during, said),
                 QStringLiteral("GnuPG")};
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PassphraseKdf.h"

#include <sodium.h>

namespace fb {

QByteArray PassphraseKdf::randomSalt()
{
    ensureSodium();
    QByteArray salt(static_cast<qsizetype>(kSaltSize), Qt::Uninitialized);
    randombytes_buf(salt.data(), kSaltSize);
    return salt;
}

Result<SecretBytes> PassphraseKdf::derive(const SecretBytes& passphrase, const QByteArray& salt,
                                          const KdfParams& params)
{
    if (!ensureSodium())
        return fail(ErrorCode::Internal, tr("The cryptographic library could not be initialised."));
    if (passphrase.isEmpty())
        return fail(ErrorCode::BadInput, tr("The passphrase is empty."));
    if (salt.size() != static_cast<qsizetype>(kSaltSize))
        return fail(ErrorCode::Internal, tr("The key derivation salt has the wrong size."));
    static_assert(crypto_pwhash_SALTBYTES == kSaltSize);

    SecretBytes key(kKeySize);
    const int rc = crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()),
                                 passphrase.size(), reinterpret_cast<const unsigned char*>(salt.constData()),
                                 params.opsLimit, params.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return fail(ErrorCode::Internal,
                    tr("Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).")
                        .arg(params.memLimitBytes / (1024 * 1024)));
    return key;
}

} // namespace fb

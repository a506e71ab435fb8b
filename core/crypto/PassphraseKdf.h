// SPDX-License-Identifier: GPL-3.0-or-later
// PassphraseKdf: turns a workspace passphrase into a 256-bit key with Argon2id (libsodium crypto_pwhash).
#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace fb {

struct KdfParams
{
    std::uint64_t opsLimit = 3;                   // Argon2id passes
    std::size_t memLimitBytes = 64 * 1024 * 1024; // 64 MiB
    // The parameters of workspace format 1 (docs/file-format.md). Never weaker.
    static KdfParams workspaceV1() { return {}; }
};

class PassphraseKdf
{
    Q_DECLARE_TR_FUNCTIONS(fb::PassphraseKdf)

public:
    static constexpr std::size_t kSaltSize = 16;
    static constexpr std::size_t kKeySize = 32;

    static QByteArray randomSalt();
    // Argon2id(passphrase, salt) -> 32-byte key. Fails on an empty passphrase, a salt of the wrong
    // size, or when the memory for the KDF cannot be had.
    static Result<SecretBytes> derive(const SecretBytes& passphrase, const QByteArray& salt,
                                      const KdfParams& params = KdfParams::workspaceV1());
};

} // namespace fb

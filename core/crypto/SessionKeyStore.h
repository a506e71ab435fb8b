// SPDX-License-Identifier: GPL-3.0-or-later
// SessionKeyStore: where an unlocked session keeps a derived key for a while, so that later processes of the same
// user skip the passphrase KDF (firebreak-cli unlock), as ssh-agent keeps keys. Never on disk.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>

#include <chrono>
#include <optional>

namespace fb {

class SessionKeyStore
{
public:
    virtual ~SessionKeyStore() = default;

    // Whether this system has such a store; when not, store() fails saying so and find() finds nothing.
    virtual bool isAvailable() const = 0;
    // Keeps `secret` under `name` for `lifetime`, replacing one kept under that name before.
    virtual Status store(const QByteArray& name, const SecretBytes& secret, std::chrono::seconds lifetime) = 0;
    // The secret kept under `name`; nothing when there is none (never kept, expired, forgotten) or it cannot be read.
    virtual std::optional<SecretBytes> find(const QByteArray& name) = 0;
    // Forgets the secret kept under `name`; false when there was none.
    virtual Result<bool> forget(const QByteArray& name) = 0;
    // Forgets every secret whose name starts with `prefix`; how many there were.
    virtual Result<int> forgetAll(const QByteArray& prefix) = 0;
};

} // namespace fb

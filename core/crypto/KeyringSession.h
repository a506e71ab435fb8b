// SPDX-License-Identifier: GPL-3.0-or-later
// KeyringSession: a SessionKeyStore in the Linux kernel keyring: each secret is a "user" key in the session keyring
// (the user keyring when the process has no session keyring), readable only by its possessor and its user, with a
// kernel timeout. Elsewhere isAvailable() is false and store() says that sessions need Linux.
#pragma once

#include "core/crypto/SessionKeyStore.h"

#include <QCoreApplication>

namespace fb {

class KeyringSession : public SessionKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::KeyringSession)

public:
    // The largest secret kept here (a workspace key is 32 bytes).
    static constexpr std::size_t kMaxSecretSize = 64;

    bool isAvailable() const override;
    Status store(const QByteArray& name, const SecretBytes& secret, std::chrono::seconds lifetime) override;
    std::optional<SecretBytes> find(const QByteArray& name) override;
    Result<bool> forget(const QByteArray& name) override;
    Result<int> forgetAll(const QByteArray& prefix) override;
};

} // namespace fb

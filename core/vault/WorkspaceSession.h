// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceSession: an unlocked workspace: its derived key (never the passphrase) kept in a SessionKeyStore for a
// while, under a name made from the file's canonical path and its salt, so that later processes open the workspace
// without the slow KDF (firebreak-cli unlock, lock). A key that no longer opens the file is forgotten.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/SessionKeyStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace fb {

class Vault;

class WorkspaceSession
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceSession)

public:
    static constexpr std::chrono::seconds kDefaultLifetime{15 * 60};
    static constexpr std::chrono::seconds kMaxLifetime{12 * 60 * 60};
    // Every key name starts with this.
    static constexpr const char* kNamePrefix = "firebreak:";

    explicit WorkspaceSession(SessionKeyStore& store);

    // "30s", "15m", "2h" or plain seconds, from 1 second to kMaxLifetime; BadInput otherwise.
    static Result<std::chrono::seconds> parseLifetime(const QString& text);
    // "firebreak:" and the hex SHA-256 of the canonical path and the salt: another file at the same path, or the same
    // file after a passphrase change (a fresh salt), has another name. Reveals neither.
    static QByteArray keyName(const QString& path, const QByteArray& salt);

    // Keeps the key of the open workspace for `lifetime`.
    Status unlock(const Vault& vault, std::chrono::seconds lifetime);
    // Opens the workspace at `path` with the key kept for it; nothing when there is none. A kept key that does not
    // open the file (it was re-keyed or replaced) is forgotten, and nothing is returned either.
    Result<std::optional<std::unique_ptr<Vault>>> open(const QString& path);
    // Forgets the key kept for the workspace at `path` (as it is now); false when none was kept.
    Result<bool> lock(const QString& path);
    // Forgets the key kept under the name of an open workspace (before a passphrase change makes it useless).
    Result<bool> lock(const Vault& vault);
    // Forgets every workspace's key; how many.
    Result<int> lockAll();

private:
    static Result<QByteArray> nameFor(const QString& path);

    SessionKeyStore& m_store;
};

} // namespace fb

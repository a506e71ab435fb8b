// SPDX-License-Identifier: GPL-3.0-or-later
// SqlCipherKey: how a workspace key reaches SQLCipher, in one place for the vault's connections and its re-keyed
// copies. Internal to core/vault.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/vault/WorkspaceKey.h"

struct sqlite3;

namespace fb {

class SqlCipherKey
{
public:
    // The raw key+salt form SQLCipher takes as key: x'<64 hex key><32 hex salt>'. The salt is written as the file's
    // first 16 bytes, so nothing beside the file is needed to open it again.
    static SecretBytes rawSpec(const WorkspaceKey& key);
    // Keys a connection with the raw key and salt, in SQLCipher 3's format with 4096-byte pages, so that SQLCipher 4
    // and later read and write the files unchanged. Returns an SQLite result code.
    static int apply(sqlite3* db, const WorkspaceKey& key);
    // 3 for SQLCipher 3.x, 4 for 4.x...; 0 for an SQLite without SQLCipher.
    static int cipherMajorVersion(sqlite3* db);
};

} // namespace fb

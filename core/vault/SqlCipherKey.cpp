// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/SqlCipherKey.h"

#include <QByteArray>
#include <QList>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <cstring>

namespace fb {

SecretBytes SqlCipherKey::rawSpec(const WorkspaceKey& key)
{
    const SecretBytes keyHex = key.key.toHex();
    const QByteArray saltHex = key.salt.toHex();
    SecretBytes spec(keyHex.size() + static_cast<std::size_t>(saltHex.size()) + 3);
    unsigned char* out = spec.data();
    *out++ = 'x';
    *out++ = '\'';
    std::memcpy(out, keyHex.data(), keyHex.size());
    out += keyHex.size();
    std::memcpy(out, saltHex.constData(), static_cast<std::size_t>(saltHex.size()));
    out += saltHex.size();
    *out = '\'';
    return spec;
}

int SqlCipherKey::apply(sqlite3* db, const WorkspaceKey& key)
{
    SecretBytes spec = rawSpec(key);
    int rc = sqlite3_key(db, spec.data(), static_cast<int>(spec.size()));
    spec.clear();
    if (rc == SQLITE_OK && cipherMajorVersion(db) >= 4)
        rc = sqlite3_exec(db, "PRAGMA cipher_compatibility = 3;", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr);
    return rc;
}

int SqlCipherKey::cipherMajorVersion(sqlite3* db)
{
    sqlite3_stmt* statement = nullptr;
    int major = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        major =
            QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))).split('.').value(0).toInt();
    sqlite3_finalize(statement);
    return major;
}

} // namespace fb

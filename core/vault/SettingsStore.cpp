// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/SettingsStore.h"

#include "core/vault/Vault.h"

namespace fb {

SettingsStore::SettingsStore(Vault& vault)
    : m_vault(vault)
{
}

Result<std::optional<QString>> SettingsStore::value(const QString& key)
{
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT value FROM settings WHERE key = ?1"));
    q.bind(1, key);
    FB_TRY_ASSIGN(auto row, q.next());
    if (!row)
        return std::optional<QString>();
    return std::optional<QString>(q.text(0));
}

Result<QString> SettingsStore::value(const QString& key, const QString& fallback)
{
    FB_TRY_ASSIGN(auto stored, value(key));
    return stored.value_or(fallback);
}

Status SettingsStore::setValue(const QString& key, const QString& value)
{
    FB_TRY_ASSIGN(auto q, m_vault.query("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)"));
    return q.bind(1, key).bind(2, value).exec();
}

Status SettingsStore::remove(const QString& key)
{
    FB_TRY_ASSIGN(auto q, m_vault.query("DELETE FROM settings WHERE key = ?1"));
    return q.bind(1, key).exec();
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsStore: the workspace's own settings (the `settings` table), text values by dotted key
// ("mail.subject_tag", "team.own_id"). The one place that reads and writes that table.
#pragma once

#include "core/base/Result.h"

#include <QString>

#include <optional>

namespace fb {

class Vault;

class SettingsStore
{
public:
    explicit SettingsStore(Vault& vault);

    Result<std::optional<QString>> value(const QString& key);
    // value(), or fallback when the key is missing.
    Result<QString> value(const QString& key, const QString& fallback);
    Status setValue(const QString& key, const QString& value);
    Status remove(const QString& key);

private:
    Vault& m_vault;
};

} // namespace fb

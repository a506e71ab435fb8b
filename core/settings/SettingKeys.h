// SPDX-License-Identifier: GPL-3.0-or-later
// SettingKeys: the settings by name, as `firebreak-cli settings` and scripts see them ("subject-tag",
// "sla.high.resolve", "auto-lock"): each key's value as text and JSON, and a typed value read from text.
#pragma once

#include "core/base/Result.h"
#include "core/settings/SettingValues.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class WorkspaceSettings;

struct SettingKey
{
    QString name;
    bool computer = false;   // this computer's (QSettings), else the workspace's
    const char* description; // QT_TRANSLATE_NOOP("fb::SettingKeys", ...)
};

class SettingKeys
{
    Q_DECLARE_TR_FUNCTIONS(fb::SettingKeys)

public:
    // Every key, in the order of the Settings page.
    static const QList<SettingKey>& all();
    static std::optional<SettingKey> find(const QString& name);
    static QString description(const SettingKey& key);

    // The value of `key` for people and scripts ("" when unset, "yes"/"no" for a switch); the JSON form keeps
    // numbers as numbers and switches as booleans, and gives null for no team.
    static QString text(const SettingValues& values, const QString& key);
    static QJsonValue json(const SettingValues& values, const QString& key);

    // Reads `text` into the value of `key`: whole numbers for times and days, yes or no (true/false, on/off) for a
    // switch, a team by id, UUID or name ("" or "none" for none), a fingerprint ("" or "auto" for the first key of
    // our team), a language code ("" or "system" for the system's). BadInput (where: the key) when the text is not
    // of the key's kind; ranges are checked by WorkspaceSettings::validate(). A Usage error for an unknown key.
    static Status apply(SettingValues& values, const QString& key, const QString& text, WorkspaceSettings& settings);
};

} // namespace fb

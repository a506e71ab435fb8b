// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/SettingKeys.h"

#include "core/settings/WorkspaceSettings.h"

#include <QStringList>

namespace fb {

namespace {

const char* const kSeverityKeys[] = {"critical", "high", "medium", "low"};

// "sla.high.resolve" -> severity 2, resolve; nullopt for other keys.
std::optional<std::pair<int, bool>> slaKey(const QString& key)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts[0] != QLatin1String("sla"))
        return std::nullopt;
    for (int severity = 1; severity <= 4; ++severity) {
        if (parts[1] != QLatin1String(kSeverityKeys[severity - 1]))
            continue;
        if (parts[2] == QLatin1String("response"))
            return std::pair{severity, false};
        if (parts[2] == QLatin1String("resolve"))
            return std::pair{severity, true};
    }
    return std::nullopt;
}

QList<SettingKey> buildKeys()
{
    QList<SettingKey> keys{
        {QStringLiteral("team"), false,
         QT_TRANSLATE_NOOP("fb::SettingKeys", "Our team: the directory entry that names us in mail, profiles and "
                                              "advisories (id, UUID or name; none to clear)")},
        {QStringLiteral("signing-key"), false,
         QT_TRANSLATE_NOOP(
             "fb::SettingKeys",
             "The fingerprint of the team key that signs and decrypts (auto: the first key of our team)")},
        {QStringLiteral("subject-tag"), false,
         QT_TRANSLATE_NOOP("fb::SettingKeys", "The tag in mail subjects, [TAG #123]")},
        {QStringLiteral("quote-original"), false,
         QT_TRANSLATE_NOOP("fb::SettingKeys",
                           "Replies written in the composer quote the message they answer (yes or no)")},
    };
    static const char* const kDescriptions[4][2] = {
        {QT_TRANSLATE_NOOP("fb::SettingKeys", "Minutes to the first response, severity critical"),
         QT_TRANSLATE_NOOP("fb::SettingKeys", "Minutes to the resolution, severity critical")},
        {QT_TRANSLATE_NOOP("fb::SettingKeys", "Minutes to the first response, severity high"),
         QT_TRANSLATE_NOOP("fb::SettingKeys", "Minutes to the resolution, severity high")},
        {QT_TRANSLATE_NOOP("fb::SettingKeys", "Minutes to the first response, severity medium"),
         QT_TRANSLATE_NOOP("fb::SettingKeys", "Minutes to the resolution, severity medium")},
        {QT_TRANSLATE_NOOP("fb::SettingKeys", "Minutes to the first response, severity low"),
         QT_TRANSLATE_NOOP("fb::SettingKeys", "Minutes to the resolution, severity low")},
    };
    for (int i = 0; i < 4; ++i) {
        const QString prefix = QStringLiteral("sla.") + QLatin1String(kSeverityKeys[i]);
        keys.append({prefix + QStringLiteral(".response"), false, kDescriptions[i][0]});
        keys.append({prefix + QStringLiteral(".resolve"), false, kDescriptions[i][1]});
    }
    keys.append({QStringLiteral("stale-days"), false,
                 QT_TRANSLATE_NOOP("fb::SettingKeys", "Directory entries not verified for this many days are stale")});
    keys.append({QStringLiteral("auto-lock"), true,
                 QT_TRANSLATE_NOOP("fb::SettingKeys", "This computer: lock the GUI after this many idle minutes (0: "
                                                      "never)")});
    keys.append({QStringLiteral("language"), true,
                 QT_TRANSLATE_NOOP("fb::SettingKeys", "This computer: the language of the program (empty: the "
                                                      "system's)")});
    return keys;
}

Result<int> wholeNumber(const QString& key, const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return fail(ErrorCode::BadInput, SettingKeys::tr("%1 takes a whole number; not “%2”.").arg(key, text.left(40)),
                    key);
    return value;
}

Result<bool> yesOrNo(const QString& key, const QString& text)
{
    const QString word = text.trimmed().toLower();
    for (const char* yes : {"yes", "true", "on", "1"}) {
        if (word == QLatin1String(yes))
            return true;
    }
    for (const char* no : {"no", "false", "off", "0"}) {
        if (word == QLatin1String(no))
            return false;
    }
    return fail(ErrorCode::BadInput, SettingKeys::tr("%1 takes yes or no; not “%2”.").arg(key, text.left(40)), key);
}

} // namespace

const QList<SettingKey>& SettingKeys::all()
{
    static const QList<SettingKey> keys = buildKeys();
    return keys;
}

std::optional<SettingKey> SettingKeys::find(const QString& name)
{
    for (const SettingKey& key : all()) {
        if (key.name == name)
            return key;
    }
    return std::nullopt;
}

QString SettingKeys::description(const SettingKey& key)
{
    return QCoreApplication::translate("fb::SettingKeys", key.description);
}

QString SettingKeys::text(const SettingValues& values, const QString& key)
{
    const QJsonValue value = json(values, key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return value.toString();
}

QJsonValue SettingKeys::json(const SettingValues& values, const QString& key)
{
    if (key == QLatin1String("team"))
        return values.ownTeamId ? QJsonValue(values.ownTeamName) : QJsonValue();
    if (key == QLatin1String("signing-key"))
        return values.signingKey;
    if (key == QLatin1String("subject-tag"))
        return values.subjectTag;
    if (key == QLatin1String("quote-original"))
        return values.quoteOriginal;
    if (const auto sla = slaKey(key)) {
        const SlaTargets targets = values.sla.targets(sla->first);
        return sla->second ? targets.resolveMinutes : targets.responseMinutes;
    }
    if (key == QLatin1String("stale-days"))
        return values.staleDays;
    if (key == QLatin1String("auto-lock"))
        return values.autoLockMinutes;
    if (key == QLatin1String("language"))
        return values.language;
    return QJsonValue(QJsonValue::Undefined);
}

Status SettingKeys::apply(SettingValues& values, const QString& key, const QString& text, WorkspaceSettings& settings)
{
    const QString value = text.trimmed();
    if (key == QLatin1String("team")) {
        if (value.isEmpty() || value == QLatin1String("none")) {
            values.ownTeamId = 0;
            values.ownTeamName.clear();
            return {};
        }
        FB_TRY_ASSIGN(auto id, settings.findTeam(value));
        values.ownTeamId = id;
        values.ownTeamName = value;
        return {};
    }
    if (key == QLatin1String("signing-key")) {
        values.signingKey = value == QLatin1String("auto") ? QString() : value;
        return {};
    }
    if (key == QLatin1String("subject-tag")) {
        values.subjectTag = text;
        return {};
    }
    if (key == QLatin1String("quote-original")) {
        FB_TRY_ASSIGN(auto yes, yesOrNo(key, value));
        values.quoteOriginal = yes;
        return {};
    }
    if (const auto sla = slaKey(key)) {
        FB_TRY_ASSIGN(auto minutes, wholeNumber(key, value));
        SlaTargets targets = values.sla.targets(sla->first);
        (sla->second ? targets.resolveMinutes : targets.responseMinutes) = minutes;
        values.sla.setTargets(sla->first, targets);
        return {};
    }
    if (key == QLatin1String("stale-days") || key == QLatin1String("auto-lock")) {
        FB_TRY_ASSIGN(auto number, wholeNumber(key, value));
        (key == QLatin1String("stale-days") ? values.staleDays : values.autoLockMinutes) = number;
        return {};
    }
    if (key == QLatin1String("language")) {
        values.language = value == QLatin1String("system") ? QString() : value;
        return {};
    }
    return fail(ErrorCode::Usage, tr("There is no setting “%1”.").arg(key.left(40)), key);
}

} // namespace fb

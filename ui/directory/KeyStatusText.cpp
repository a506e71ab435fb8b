// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/KeyStatusText.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace fb {

namespace {

bool has(const LinkedKey& key, KeyWarning::Kind kind)
{
    for (const KeyWarning& warning : key.warnings) {
        if (warning.kind == kind)
            return true;
    }
    return false;
}

} // namespace

KeyConcern KeyStatusText::concern(const LinkedKey& key)
{
    if (!key.key || has(key, KeyWarning::Kind::Revoked) || has(key, KeyWarning::Kind::Expired) ||
        has(key, KeyWarning::Kind::Disabled) || has(key, KeyWarning::Kind::Invalid))
        return KeyConcern::Problem;
    return key.warnings.isEmpty() ? KeyConcern::None : KeyConcern::Soon;
}

QString KeyStatusText::word(const LinkedKey& key)
{
    if (!key.key)
        return tr("Missing");
    if (has(key, KeyWarning::Kind::Revoked))
        return tr("Revoked");
    if (has(key, KeyWarning::Kind::Expired))
        return tr("Expired");
    if (has(key, KeyWarning::Kind::Disabled) || has(key, KeyWarning::Kind::Invalid))
        return tr("Unusable");
    if (has(key, KeyWarning::Kind::ExpiringSoon))
        return tr("Expires soon");
    if (has(key, KeyWarning::Kind::Weak))
        return tr("Weak");
    if (!key.warnings.isEmpty())
        return tr("Limited");
    return tr("Valid");
}

QString KeyStatusText::sentence(const LinkedKey& key)
{
    if (!key.key)
        return key.missing;
    QStringList sentences;
    for (const KeyWarning& warning : key.warnings)
        sentences.append(warning.message);
    if (sentences.isEmpty()) {
        sentences.append(key.key->expires.isValid()
                             ? tr("The key is valid until %1.")
                                   .arg(QLocale().toString(key.key->expires.toLocalTime().date(), QLocale::LongFormat))
                             : tr("The key is valid and does not expire."));
    }
    return sentences.join(QLatin1Char(' '));
}

QIcon KeyStatusText::icon(KeyConcern concern)
{
    switch (concern) {
    case KeyConcern::None:
        return {};
    case KeyConcern::Soon:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case KeyConcern::Problem:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace fb

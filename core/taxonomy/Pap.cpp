// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy/Pap.h"

#include <QCoreApplication>

#include <array>

namespace fb {

namespace {

struct PapInfo
{
    PapLevel level;
    QLatin1StringView key;
    QLatin1StringView colour;
    const char* meaning;
};

// Keys, colours and meanings as in resources/taxonomy/pap.json (the "expanded" text without its "(PAP:X) "
// prefix); PapTest checks this table against that file.
constexpr std::array<PapInfo, 4> kLevels = {{
    {PapLevel::Clear, QLatin1StringView("clear"), QLatin1StringView("#FFFFFF"),
     QT_TRANSLATE_NOOP("fb::Pap", "No restrictions in using this information.")},
    {PapLevel::Green, QLatin1StringView("green"), QLatin1StringView("#33FF00"),
     QT_TRANSLATE_NOOP("fb::Pap", "Active actions allowed. Recipients may use PAP:GREEN information to ping the "
                                  "target, block incoming/outgoing traffic from/to the target or specifically "
                                  "configure honeypots to interact with the target.")},
    {PapLevel::Amber, QLatin1StringView("amber"), QLatin1StringView("#FFC000"),
     QT_TRANSLATE_NOOP("fb::Pap", "Passive cross check. Recipients may use PAP:AMBER information for conducting "
                                  "online checks, like using services provided by third parties (e.g. ripe whois), "
                                  "or set up a monitoring honeypot.")},
    {PapLevel::Red, QLatin1StringView("red"), QLatin1StringView("#FF2B2B"),
     QT_TRANSLATE_NOOP("fb::Pap", "Non-detectable actions only. Recipients may not use PAP:RED information on the "
                                  "network. Only passive actions on logs, that are not detectable from the "
                                  "outside.")},
}};

static_assert(PapLevel::Clear < PapLevel::Green && PapLevel::Green < PapLevel::Amber &&
              PapLevel::Amber < PapLevel::Red);

const PapInfo& info(PapLevel level)
{
    for (const PapInfo& entry : kLevels) {
        if (entry.level == level)
            return entry;
    }
    return kLevels.back(); // unreachable for a valid enum value; the most restrictive is the safe answer
}

} // namespace

std::optional<PapLevel> Pap::parse(const QString& text)
{
    QStringView rest = QStringView(text).trimmed();
    const QLatin1StringView prefix("pap:");
    if (rest.startsWith(prefix, Qt::CaseInsensitive))
        rest = rest.mid(prefix.size());
    if (rest.compare(QLatin1StringView("white"), Qt::CaseInsensitive) == 0)
        return PapLevel::Clear; // older name, replaced by CLEAR to match TLP 2.0
    for (const PapInfo& entry : kLevels) {
        if (rest.compare(entry.key, Qt::CaseInsensitive) == 0)
            return entry.level;
    }
    return std::nullopt;
}

QString Pap::label(PapLevel level)
{
    return QStringLiteral("PAP:") + QString(info(level).key).toUpper();
}

QString Pap::key(PapLevel level)
{
    return QString(info(level).key);
}

QString Pap::machineTag(PapLevel level)
{
    return label(level);
}

QString Pap::colour(PapLevel level)
{
    return QString(info(level).colour);
}

QString Pap::backgroundColour()
{
    return QStringLiteral("#000000");
}

QString Pap::meaning(PapLevel level)
{
    return QCoreApplication::translate("fb::Pap", info(level).meaning);
}

QList<PapLevel> Pap::all()
{
    QList<PapLevel> levels;
    levels.reserve(qsizetype(kLevels.size()));
    for (const PapInfo& entry : kLevels)
        levels.append(entry.level);
    return levels;
}

bool Pap::permits(PapLevel dataLevel, PapLevel actionLevel)
{
    return dataLevel <= actionLevel;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy/Pap.h"

#include "core/taxonomy/ColourScale.h"

#include <QCoreApplication>

namespace fb {

namespace {

// Keys, colours and meanings as in resources/taxonomy/pap.json (the "expanded" text without its "(PAP:X) "
// prefix); PapTest checks this table against that file.
constexpr ColourScale<PapLevel, 4> kScale(
    QLatin1StringView("pap:"), PapLevel::Clear,
    {{
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
    }});

static_assert(PapLevel::Clear < PapLevel::Green && PapLevel::Green < PapLevel::Amber &&
              PapLevel::Amber < PapLevel::Red);

const auto& info(PapLevel level)
{
    return kScale.info(level);
}

} // namespace

std::optional<PapLevel> Pap::parse(const QString& text)
{
    return kScale.parse(text);
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
    return kScale.all();
}

bool Pap::permits(PapLevel dataLevel, PapLevel actionLevel)
{
    return dataLevel <= actionLevel;
}

} // namespace fb

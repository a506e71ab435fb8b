// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy/Tlp.h"

#include "core/taxonomy/ColourScale.h"

#include <QCoreApplication>

namespace fb {

namespace {

// Keys, colours and meanings as in resources/taxonomy/tlp.json (the "expanded" text without its "(TLP:X) "
// prefix); TlpTest checks this table against that file.
constexpr ColourScale<TlpLevel, 5> kScale(
    QLatin1StringView("tlp:"), TlpLevel::Clear,
    {{
        {TlpLevel::Clear, QLatin1StringView("clear"), QLatin1StringView("#FFFFFF"),
         QT_TRANSLATE_NOOP("fb::Tlp", "Recipients can spread this to the world, there is no limit on disclosure.")},
        {TlpLevel::Green, QLatin1StringView("green"), QLatin1StringView("#33FF00"),
         QT_TRANSLATE_NOOP("fb::Tlp", "Limited disclosure, recipients can spread this within their community.")},
        {TlpLevel::Amber, QLatin1StringView("amber"), QLatin1StringView("#FFC000"),
         QT_TRANSLATE_NOOP("fb::Tlp", "Limited disclosure, recipients can only spread this on a need-to-know basis "
                                      "within their organization and its clients.")},
        {TlpLevel::AmberStrict, QLatin1StringView("amber+strict"), QLatin1StringView("#FFC000"),
         QT_TRANSLATE_NOOP("fb::Tlp", "Limited disclosure, recipients can only spread this on a need-to-know basis "
                                      "within their organization.")},
        {TlpLevel::Red, QLatin1StringView("red"), QLatin1StringView("#FF2B2B"),
         QT_TRANSLATE_NOOP("fb::Tlp", "For the eyes and ears of individual recipients only, no further disclosure.")},
    }});

static_assert(TlpLevel::Clear < TlpLevel::Green && TlpLevel::Green < TlpLevel::Amber &&
              TlpLevel::Amber < TlpLevel::AmberStrict && TlpLevel::AmberStrict < TlpLevel::Red);

const auto& info(TlpLevel level)
{
    return kScale.info(level);
}

} // namespace

std::optional<TlpLevel> Tlp::parse(const QString& text)
{
    return kScale.parse(text);
}

QString Tlp::label(TlpLevel level)
{
    return QStringLiteral("TLP:") + QString(info(level).key).toUpper();
}

QString Tlp::key(TlpLevel level)
{
    return QString(info(level).key);
}

QString Tlp::machineTag(TlpLevel level)
{
    return QStringLiteral("tlp:") + QString(info(level).key);
}

QString Tlp::colour(TlpLevel level)
{
    return QString(info(level).colour);
}

QString Tlp::backgroundColour()
{
    return QStringLiteral("#000000");
}

QString Tlp::meaning(TlpLevel level)
{
    return QCoreApplication::translate("fb::Tlp", info(level).meaning);
}

QList<TlpLevel> Tlp::all()
{
    return kScale.all();
}

bool Tlp::mayShare(TlpLevel dataLevel, TlpLevel recipientMaximum)
{
    return dataLevel <= recipientMaximum;
}

bool Tlp::mayReceive(TlpLevel dataLevel, std::optional<TlpLevel> recipientClearance)
{
    if (dataLevel <= TlpLevel::Green)
        return true;
    return recipientClearance && mayShare(dataLevel, *recipientClearance);
}

} // namespace fb

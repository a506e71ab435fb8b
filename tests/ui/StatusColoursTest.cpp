// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/StatusColours.h"

#include "core/taxonomy/Tlp.h"
#include "ui/main/DarkPalette.h"
#include "ui/main/FocusRingStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <catch2/catch.hpp>

#include <memory>

using namespace fb;

namespace {

// The light palettes the window may show: Fusion's (the dark palette's style) and the platform style's.
QList<std::pair<QString, QPalette>> palettes()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return {{QStringLiteral("light (Fusion)"), fusion->standardPalette()},
            {QStringLiteral("light (style)"), QApplication::style()->standardPalette()},
            {QStringLiteral("dark"), DarkPalette::palette()}};
}

} // namespace

TEST_CASE("Good, caution and bad text reads at 4.5:1 on every background of both palettes", "[ui][colours]")
{
    for (const auto& [name, palette] : palettes()) {
        for (Tone tone : {Tone::Good, Tone::Caution, Tone::Bad}) {
            const QColor text = StatusColours::text(tone, palette);
            for (QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
                INFO(name.toStdString() << " tone " << int(tone) << " role " << int(role) << " "
                                        << text.name().toStdString() << " on "
                                        << palette.color(role).name().toStdString());
                CHECK(FocusRingStyle::contrast(text, palette.color(role)) >= 4.5);
            }
            // On its own quiet background (a diff row) the palette's text still reads.
            INFO(name.toStdString() << " background of tone " << int(tone));
            CHECK(FocusRingStyle::contrast(palette.color(QPalette::Text), StatusColours::background(tone, palette)) >=
                  4.5);
        }
        CHECK(FocusRingStyle::contrast(palette.color(QPalette::Text),
                                       StatusColours::background(std::nullopt, palette)) >= 4.5);
    }
    // The three tones differ from each other in both palettes.
    for (const QPalette& palette : {DarkPalette::palette(), QApplication::style()->standardPalette()}) {
        CHECK(StatusColours::text(Tone::Good, palette) != StatusColours::text(Tone::Bad, palette));
        CHECK(StatusColours::text(Tone::Caution, palette) != StatusColours::text(Tone::Bad, palette));
    }
    CHECK(StatusColours::isDark(DarkPalette::palette()));
    CHECK_FALSE(StatusColours::isDark(QApplication::style()->standardPalette()));
}

TEST_CASE("SLA states map to tones, and a label's style follows the palette", "[ui][colours]")
{
    CHECK(StatusColours::slaTone(SlaStatus::Breached) == Tone::Bad);
    CHECK(StatusColours::slaTone(SlaStatus::DueSoon) == Tone::Caution);
    CHECK(StatusColours::slaTone(SlaStatus::OnTime) == Tone::Good);
    CHECK(StatusColours::slaTone(SlaStatus::Met) == Tone::Good);
    CHECK_FALSE(StatusColours::slaTone(SlaStatus::None));
    CHECK(StatusColours::labelStyle(std::nullopt).isEmpty());
    const QString dark = StatusColours::labelStyle(Tone::Bad, DarkPalette::palette());
    const QString light = StatusColours::labelStyle(Tone::Bad, QApplication::style()->standardPalette());
    CHECK(dark.contains(StatusColours::text(Tone::Bad, DarkPalette::palette()).name()));
    CHECK(dark != light);
}

TEST_CASE("TLP chips keep FIRST's colours on black, readable in either palette", "[ui][colours][tlp]")
{
    // TLP 2.0 fixes the colours and the black; the chip carries them into either palette.
    for (TlpLevel level : Tlp::all()) {
        INFO(Tlp::label(level).toStdString());
        CHECK(FocusRingStyle::contrast(QColor(Tlp::colour(level)), QColor(Tlp::backgroundColour())) >= 4.5);
    }
}

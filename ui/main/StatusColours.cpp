// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/StatusColours.h"

#include "ui/main/FocusRingStyle.h"

#include <QApplication>

namespace fb {

namespace {

// Material-like reds, ambers and greens: the deep ones on light backgrounds, the pale ones on dark; each at least
// 4.5:1 against white, Fusion's #efefef window and the dark palette's #1e1e1e … #2b2b2b (StatusColoursTest checks).
QColor lightText(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2a, 0x75, 0x30);
    case Tone::Caution:
        return QColor(0x9a, 0x5b, 0x00);
    case Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor darkText(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x81, 0xc7, 0x84);
    case Tone::Caution:
        return QColor(0xff, 0xb7, 0x4d);
    case Tone::Bad:
        return QColor(0xff, 0x6b, 0x6b);
    }
    return {};
}

} // namespace

QPalette StatusColours::current()
{
    return QApplication::palette();
}

bool StatusColours::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusColours::text(Tone tone, const QPalette& palette)
{
    return isDark(palette) ? darkText(tone) : lightText(tone);
}

QColor StatusColours::background(std::optional<Tone> tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    if (!tone)
        return dark ? QColor(0x38, 0x38, 0x38) : QColor(235, 235, 235);
    switch (*tone) {
    case Tone::Good:
        return dark ? QColor(0x1f, 0x3d, 0x22) : QColor(215, 245, 215);
    case Tone::Caution:
        return dark ? QColor(0x4a, 0x3a, 0x10) : QColor(255, 240, 200);
    case Tone::Bad:
        return dark ? QColor(0x4d, 0x23, 0x23) : QColor(255, 220, 220);
    }
    return {};
}

std::optional<Tone> StatusColours::slaTone(SlaStatus status)
{
    switch (status) {
    case SlaStatus::Breached:
        return Tone::Bad;
    case SlaStatus::DueSoon:
        return Tone::Caution;
    case SlaStatus::OnTime:
    case SlaStatus::Met:
        return Tone::Good;
    case SlaStatus::None:
        break;
    }
    return std::nullopt;
}

QString StatusColours::labelStyle(std::optional<Tone> tone, const QPalette& palette)
{
    if (!tone)
        return {};
    return QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(text(*tone, palette).name());
}

} // namespace fb

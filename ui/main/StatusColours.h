// SPDX-License-Identifier: GPL-3.0-or-later
// StatusColours: the colours that carry good, caution and bad (SLA states, signature badges, refusals, diff rows)
// in one place, each chosen for the palette in use so that it reads on the light and on the dark one (at least
// 4.5:1 against the palette's base and window colours). Colour is never the only signal: the text says it too.
#pragma once

#include "core/tickets/SlaPolicy.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace fb {

enum class Tone { Good, Caution, Bad };

class StatusColours
{
public:
    // The palette the application shows now.
    static QPalette current();
    static bool isDark(const QPalette& palette);
    // Text in the tone, on the palette's base or window.
    static QColor text(Tone tone, const QPalette& palette = current());
    // A quiet background in the tone (a diff's added and removed rows) under the palette's text; `neutral`: neither.
    static QColor background(std::optional<Tone> tone, const QPalette& palette = current());
    // The tone of an SLA state; nullopt for none.
    static std::optional<Tone> slaTone(SlaStatus status);
    // A style sheet that colours a label's text in the tone, bold (empty for nullopt).
    static QString labelStyle(std::optional<Tone> tone, const QPalette& palette = current());
};

} // namespace fb

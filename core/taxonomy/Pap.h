// SPDX-License-Identifier: GPL-3.0-or-later
// Pap: the Permissible Actions Protocol labels (what a recipient may do with information): parsing, names, colours.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fb {

// Ordered from least to most restrictive: a < b means a permits more actions than b.
enum class PapLevel { Clear, Green, Amber, Red };

class Pap
{
public:
    Pap() = delete;

    // "CLEAR", "PAP:CLEAR", "pap:amber", " Red "...: case-insensitive, trimmed, "PAP:" prefix optional.
    // The legacy "WHITE" is read as CLEAR. Anything else is refused.
    static std::optional<PapLevel> parse(const QString& text);

    static QString label(PapLevel level);      // "PAP:AMBER", never translated
    static QString key(PapLevel level);        // "amber": the stable storage form
    static QString machineTag(PapLevel level); // MISP machine tag, "PAP:AMBER" (MISP spells this namespace upper case)
    static QString colour(PapLevel level);     // font colour, "#FFC000"; shown on backgroundColour()
    static QString backgroundColour();         // "#000000"
    static QString meaning(PapLevel level);    // translated: which actions are permitted

    static QList<PapLevel> all(); // least restrictive first

    // Whether information labelled dataLevel may be used for an action of class actionLevel, where actionLevel is
    // the least restrictive label that still allows the action: Red = non-detectable (passive, on own logs),
    // Amber = passive cross-checks with third parties, Green = active actions towards the target, Clear = any.
    static bool permits(PapLevel dataLevel, PapLevel actionLevel);
};

} // namespace fb

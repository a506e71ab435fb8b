// SPDX-License-Identifier: GPL-3.0-or-later
// Tlp: the FIRST Traffic Light Protocol 2.0 labels: parsing, names, colours and the sharing rule.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fb {

// Ordered from least to most restrictive: a < b means a may be shared more widely than b.
enum class TlpLevel { Clear, Green, Amber, AmberStrict, Red };

class Tlp
{
public:
    Tlp() = delete;

    // "CLEAR", "TLP:CLEAR", "tlp:amber+strict", " Red "...: case-insensitive, trimmed, "TLP:" prefix optional.
    // The legacy TLP 1.0 "WHITE" is read as CLEAR. Anything else (e.g. "TLP:PINK", "amber strict") is refused.
    static std::optional<TlpLevel> parse(const QString& text);

    static QString label(TlpLevel level);      // "TLP:AMBER+STRICT", never translated
    static QString key(TlpLevel level);        // "amber+strict": the stable storage form
    static QString machineTag(TlpLevel level); // MISP machine tag, "tlp:amber+strict"
    static QString colour(TlpLevel level);     // TLP 2.0 font colour, "#FFC000"; shown on backgroundColour()
    static QString backgroundColour();         // "#000000"
    static QString meaning(TlpLevel level);    // one translated sentence: who may receive it

    static QList<TlpLevel> all(); // least restrictive first

    // Whether information labelled dataLevel may go to a recipient cleared up to recipientMaximum.
    static bool mayShare(TlpLevel dataLevel, TlpLevel recipientMaximum);
    // The gate of every export to a recipient: CLEAR and GREEN may go to anyone; above that only to a recipient
    // whose clearance (highest TLP) is known and allows it.
    static bool mayReceive(TlpLevel dataLevel, std::optional<TlpLevel> recipientClearance);
};

} // namespace fb

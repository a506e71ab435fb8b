// SPDX-License-Identifier: GPL-3.0-or-later
// TicketNumber: reads a ticket number as people type it ("44", "#44", " #44 ").
#pragma once

#include <QString>

#include <optional>

namespace fb {

class TicketNumber
{
public:
    // The number, or nullopt when the text is not one positive ticket number.
    static std::optional<qint64> parse(const QString& text);
    // Only the "#44" form: what the search box treats as "go to ticket" rather than words to search.
    static std::optional<qint64> parseHashed(const QString& text);
};

} // namespace fb

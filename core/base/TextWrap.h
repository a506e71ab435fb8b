// SPDX-License-Identifier: GPL-3.0-or-later
// TextWrap: word-wrapping of plain text for fixed-width documents (advisories, the RFC 2350 team profile).
#pragma once

#include <QString>

namespace fb {

class TextWrap
{
public:
    TextWrap() = delete;

    // Word-wraps text to width columns with indent spaces before each line. Every line break of the input is kept
    // (blank lines too); a line that is too long continues on lines indented by continuationIndent (default:
    // indent). Words longer than a line are cut unless keepLongWords (then they overflow, e.g. URLs). Runs of
    // spaces become one. Counts QChars (no East Asian wide characters handling).
    static QString wrap(const QString& text, int width, int indent = 0, int continuationIndent = -1,
                        bool keepLongWords = false);
};

} // namespace fb

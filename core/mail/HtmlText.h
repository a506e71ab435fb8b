// SPDX-License-Identifier: GPL-3.0-or-later
// HtmlText: readable plain text from an HTML mail body, through libxml2's HTML parser.
#pragma once

#include <QByteArray>
#include <QString>

namespace fb {

class HtmlText
{
public:
    // html must be UTF-8. Scripts, styles and the head are dropped; block elements and <br> become line
    // breaks; entities are decoded; runs of blank lines are collapsed. Link targets are kept after the
    // link text ("text <https://...>") since they are often the observable that matters.
    static QString toPlainText(const QByteArray& html);
};

} // namespace fb

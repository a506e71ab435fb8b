// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/TextWrap.h"

#include <QStringList>

#include <algorithm>

namespace fb {

QString TextWrap::wrap(const QString& text, int width, int indent, int continuationIndent, bool keepLongWords)
{
    if (continuationIndent < 0)
        continuationIndent = indent;
    const QString firstPad(indent, QLatin1Char(' '));
    const QString nextPad(continuationIndent, QLatin1Char(' '));
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            out.append(QString());
            continue;
        }
        bool first = true;
        QString line;
        auto room = [&] { return std::max(8, width - (first ? indent : continuationIndent)); };
        auto flush = [&] {
            out.append((first ? firstPad : nextPad) + line);
            line.clear();
            first = false;
        };
        for (QString word : words) {
            while (!keepLongWords && word.size() > room()) {
                if (!line.isEmpty())
                    flush();
                line = word.left(room());
                word = word.mid(line.size());
                flush();
            }
            if (line.isEmpty())
                line = word;
            else if (line.size() + 1 + word.size() <= room())
                line += QLatin1Char(' ') + word;
            else {
                flush();
                line = word;
            }
        }
        if (!line.isEmpty())
            flush();
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace fb

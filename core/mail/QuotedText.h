// SPDX-License-Identifier: GPL-3.0-or-later
// QuotedText: a mail body cut into what the sender wrote and what they quoted ("> " lines, with the attribution
// line "On ... wrote:" before them), so that readers can fold the quotes of a long thread away.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fb {

struct TextBlock
{
    QString text;
    bool quoted = false;
    int lines = 0;
};

class QuotedText
{
    Q_DECLARE_TR_FUNCTIONS(fb::QuotedText)

public:
    QuotedText() = delete;

    // The body's lines in blocks, in order; joining their texts with newlines gives the body back.
    static QList<TextBlock> split(const QString& body);
    // The body with each quoted block replaced by one line saying how many lines it hid.
    static QString folded(const QString& body);
};

} // namespace fb

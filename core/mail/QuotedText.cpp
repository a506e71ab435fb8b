// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/QuotedText.h"

#include <QRegularExpression>
#include <QStringList>

namespace fb {

namespace {

bool isQuoteLine(const QString& line)
{
    // "> text", ">> text", " > text" as some clients indent; not ">From" escaping in mbox bodies.
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1Char('>')) && !trimmed.startsWith(QLatin1String(">From "));
}

// "On Mon, 2 Mar 2026, Jane <j@x> wrote:", "Am ... schrieb Jane <j@x>:", "Le ... a écrit :": a line that says who
// wrote, ending in a colon, right before a quote.
bool isAttribution(const QString& line)
{
    static const QRegularExpression wrote(
        QStringLiteral("(wrote|schrieb|a écrit|escribió|escreveu|scrisse|schreef|napisał|kirjoitti).*:\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return wrote.match(line).hasMatch();
}

} // namespace

QList<TextBlock> QuotedText::split(const QString& body)
{
    QList<TextBlock> blocks;
    const QStringList lines = body.split(QLatin1Char('\n'));
    auto append = [&blocks](const QString& line, bool quoted) {
        if (blocks.isEmpty() || blocks.last().quoted != quoted) {
            blocks.append(TextBlock{line, quoted, 1});
            return;
        }
        blocks.last().text += QLatin1Char('\n') + line;
        ++blocks.last().lines;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        bool quoted = isQuoteLine(line);
        // The attribution goes with the quote it introduces.
        if (!quoted && i + 1 < lines.size() && isQuoteLine(lines.at(i + 1)) && isAttribution(line))
            quoted = true;
        append(line, quoted);
    }
    return blocks;
}

QString QuotedText::folded(const QString& body)
{
    QStringList out;
    for (const TextBlock& block : split(body)) {
        if (block.quoted)
            out.append(tr("[%n quoted line(s) hidden]", nullptr, block.lines));
        else
            out.append(block.text);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace fb

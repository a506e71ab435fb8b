// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/VCardReader.h"

#include <QRegularExpression>

namespace fb {

QStringList VCardProperty::listValue() const
{
    QStringList items;
    for (const QString& item : VCardReader::splitUnescaped(rawValue, u','))
        items.append(VCardReader::unescape(item));
    return items;
}

QString VCardReader::unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar n = text[++i];
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += c;
        }
    }
    return out;
}

QStringList VCardReader::splitUnescaped(QStringView text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text[++i];
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

namespace {

struct LogicalLine
{
    QString text;
    int line = 0;
};

// RFC 6868: ^n newline, ^^ caret, ^' double quote.
QString decodeParameter(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'^' && i + 1 < text.size()) {
            const QChar n = text[i + 1];
            if (n == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
            if (n == u'^') {
                out += u'^';
                ++i;
                continue;
            }
            if (n == u'\'') {
                out += u'"';
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// Parses "group.NAME;P=v1,"v 2";Q=x:value". Returns an error message or an empty string.
QString parseProperty(const LogicalLine& line, VCardProperty& property)
{
    const QString& text = line.text;
    static const QRegularExpression namePattern(QStringLiteral("^(?:([A-Za-z0-9-]+)\\.)?([A-Za-z0-9-]+)"));
    const auto match = namePattern.match(text);
    if (!match.hasMatch() || !text.contains(u':'))
        return VCardReader::tr("Not a property line (a folded line must start with a space or a tab).");
    property.group = match.captured(1);
    property.name = match.captured(2).toUpper();
    property.line = line.line;
    qsizetype i = match.capturedLength(0);
    while (i < text.size() && text[i] == u';') {
        ++i;
        const qsizetype eq = text.indexOf(u'=', i);
        static const QRegularExpression paramName(QStringLiteral("^[A-Za-z0-9-]+$"));
        if (eq < 0 || !paramName.match(QStringView(text).mid(i, eq - i)).hasMatch())
            return VCardReader::tr("A parameter must have the form NAME=value.");
        const QString name = text.mid(i, eq - i).toUpper();
        i = eq + 1;
        QStringList values;
        while (true) {
            if (i < text.size() && text[i] == u'"') {
                const qsizetype end = text.indexOf(u'"', i + 1);
                if (end < 0)
                    return VCardReader::tr("A quoted parameter value is not closed.");
                values.append(decodeParameter(QStringView(text).mid(i + 1, end - i - 1)));
                i = end + 1;
            } else {
                qsizetype end = i;
                while (end < text.size() && text[end] != u',' && text[end] != u';' && text[end] != u':') {
                    if (text[end] == u'"')
                        return VCardReader::tr("A double quote may only enclose a whole parameter value.");
                    ++end;
                }
                values.append(decodeParameter(QStringView(text).mid(i, end - i)));
                i = end;
            }
            if (i < text.size() && text[i] == u',') {
                ++i;
                continue;
            }
            break;
        }
        property.parameters.append({name, values});
    }
    if (i >= text.size() || text[i] != u':')
        return VCardReader::tr("The property has no value (missing ':').");
    property.rawValue = text.mid(i + 1);
    for (const QString& part : VCardReader::splitUnescaped(property.rawValue, u';'))
        property.parts.append(VCardReader::unescape(part));
    return {};
}

} // namespace

VCardReadResult VCardReader::read(const QByteArray& data)
{
    VCardReadResult result;
    const QString text = QString::fromUtf8(data);
    QStringList physical = text.split(u'\n');
    if (!physical.isEmpty() && physical.last().isEmpty())
        physical.removeLast();

    // Unfold: a line starting with a space or tab continues the previous one (that one character is dropped).
    QList<LogicalLine> lines;
    QList<ImportProblem> foldingProblems;
    for (qsizetype n = 0; n < physical.size(); ++n) {
        QString line = physical[n];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int number = static_cast<int>(n + 1);
        if (!line.isEmpty() && (line[0] == u' ' || line[0] == u'\t')) {
            if (lines.isEmpty()) {
                foldingProblems.append({tr("line %1").arg(number), tr("A continuation line has nothing to continue.")});
                continue;
            }
            lines.last().text += QStringView(line).mid(1);
            continue;
        }
        if (line.isEmpty())
            continue; // tolerated between cards
        lines.append({line, number});
    }
    result.problems = foldingProblems;

    std::optional<VCard> card;
    QString cardProblem;
    int problemLine = 0;
    for (const LogicalLine& line : std::as_const(lines)) {
        const QString upper = line.text.toUpper();
        if (upper == QLatin1String("BEGIN:VCARD")) {
            if (card)
                result.problems.append({tr("line %1").arg(card->line), tr("The card starting here has no END:VCARD.")});
            card = VCard{};
            card->line = line.line;
            cardProblem.clear();
            continue;
        }
        if (!card) {
            result.problems.append({tr("line %1").arg(line.line), tr("Text outside BEGIN:VCARD ... END:VCARD.")});
            continue;
        }
        if (upper == QLatin1String("END:VCARD")) {
            if (cardProblem.isEmpty() && !card->first(QStringLiteral("VERSION"))) {
                cardProblem = tr("The card has no VERSION:4.0.");
                problemLine = card->line;
            }
            if (cardProblem.isEmpty()) {
                card->properties.removeIf([](const VCardProperty& p) { return p.name == QLatin1String("VERSION"); });
                result.cards.append(*card);
            } else {
                result.problems.append({tr("line %1").arg(problemLine), cardProblem});
            }
            card.reset();
            continue;
        }
        if (!cardProblem.isEmpty())
            continue; // report the first problem of a card only
        VCardProperty property;
        if (const QString problem = parseProperty(line, property); !problem.isEmpty()) {
            cardProblem = problem;
            problemLine = line.line;
            continue;
        }
        if (property.name == QLatin1String("VERSION") && property.value() != QLatin1String("4.0")) {
            cardProblem = tr("Only vCard 4.0 is read, not version “%1”.").arg(property.value().left(10));
            problemLine = line.line;
            continue;
        }
        card->properties.append(property);
    }
    if (card)
        result.problems.append({tr("line %1").arg(card->line), tr("The card starting here has no END:VCARD.")});
    return result;
}

} // namespace fb

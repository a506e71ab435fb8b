// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/VCardReader.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <gmime/gmime.h>

namespace fb {

QStringList VCardProperty::listValue() const
{
    QStringList items;
    for (const QString& item : VCardReader::splitUnescaped(rawValue, u','))
        items.append(VCardReader::unescape(item));
    return items;
}

QString VCardReader::position(const QString& sourceName, int line)
{
    return sourceName.isEmpty() ? tr("line %1").arg(line) : tr("%1, line %2").arg(sourceName).arg(line);
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
    QByteArray text;
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

// Where the name and parameters end: the first ':' outside double quotes; -1 when there is none.
qsizetype headerEnd(const QByteArray& line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return i;
    }
    return -1;
}

// vCard 2.1 values in QUOTED-PRINTABLE end a physical line with '=' when they continue on the next one.
bool isQuotedPrintable(const QByteArray& line)
{
    const qsizetype end = headerEnd(line);
    return end > 0 && line.left(end).toUpper().contains("QUOTED-PRINTABLE");
}

QByteArray decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out(encoded.size() + 3, Qt::Uninitialized);
    int state = 0;
    guint32 save = 0;
    const size_t n = g_mime_encoding_quoted_decode_step(reinterpret_cast<const unsigned char*>(encoded.constData()),
                                                        static_cast<size_t>(encoded.size()),
                                                        reinterpret_cast<unsigned char*>(out.data()), &state, &save);
    out.truncate(static_cast<qsizetype>(n));
    return out;
}

// Bare vCard 2.1 parameters ("TEL;WORK;VOICE", "NOTE;QUOTED-PRINTABLE") are TYPE values or encodings.
QString bareParameterName(const QString& word)
{
    const QString upper = word.toUpper();
    if (upper == QLatin1String("QUOTED-PRINTABLE") || upper == QLatin1String("BASE64") ||
        upper == QLatin1String("8BIT") || upper == QLatin1String("7BIT"))
        return QStringLiteral("ENCODING");
    return QStringLiteral("TYPE");
}

class LineParser
{
public:
    LineParser(const QString& sourceName, QList<ImportProblem>& warnings)
        : m_sourceName(sourceName)
        , m_warnings(warnings)
    {
    }

    // Parses "group.NAME;P=v1,"v 2";Q=x:value". Returns an error message or an empty string.
    QString parse(const LogicalLine& line, VCardProperty& property)
    {
        const qsizetype colon = headerEnd(line.text);
        if (colon < 0)
            return line.text.contains('"') ? VCardReader::tr("A quoted parameter value is not closed.")
                                           : VCardReader::tr("Not a property line (a folded line must start with a "
                                                             "space or a tab).");
        const QString header = text(line.text.left(colon), line.line, QString());
        static const QRegularExpression namePattern(QStringLiteral("^(?:([A-Za-z0-9-]+)\\.)?([A-Za-z0-9-]+)"));
        const auto match = namePattern.match(header);
        if (!match.hasMatch())
            return VCardReader::tr("Not a property line (a folded line must start with a space or a tab).");
        property.group = match.captured(1);
        property.name = match.captured(2).toUpper();
        property.line = line.line;
        qsizetype i = match.capturedLength(0);
        while (i < header.size() && header[i] == u';') {
            ++i;
            static const QRegularExpression paramName(QStringLiteral("^[A-Za-z0-9-]+"));
            const auto nameMatch = paramName.match(QStringView(header).mid(i));
            if (!nameMatch.hasMatch())
                return VCardReader::tr("A parameter must have the form NAME=value.");
            const qsizetype after = i + nameMatch.capturedLength(0);
            if (after >= header.size() || header[after] == u';') { // vCard 2.1: a bare TYPE word or encoding
                const QString word = nameMatch.captured(0);
                property.parameters.append({bareParameterName(word), QStringList{word}});
                i = after;
                continue;
            }
            if (header[after] != u'=')
                return VCardReader::tr("A parameter must have the form NAME=value.");
            const QString name = nameMatch.captured(0).toUpper();
            i = after + 1;
            QStringList values;
            while (true) {
                if (i < header.size() && header[i] == u'"') {
                    const qsizetype end = header.indexOf(u'"', i + 1);
                    if (end < 0)
                        return VCardReader::tr("A quoted parameter value is not closed.");
                    values.append(decodeParameter(QStringView(header).mid(i + 1, end - i - 1)));
                    i = end + 1;
                } else {
                    qsizetype end = i;
                    while (end < header.size() && header[end] != u',' && header[end] != u';') {
                        if (header[end] == u'"')
                            return VCardReader::tr("A double quote may only enclose a whole parameter value.");
                        ++end;
                    }
                    values.append(decodeParameter(QStringView(header).mid(i, end - i)));
                    i = end;
                }
                if (i < header.size() && header[i] == u',') {
                    ++i;
                    continue;
                }
                break;
            }
            property.parameters.append({name, values});
        }
        if (i < header.size())
            return VCardReader::tr("A parameter must have the form NAME=value.");

        QByteArray value = line.text.mid(colon + 1);
        const QString encoding = property.parameter(QStringLiteral("ENCODING")).toUpper();
        if (encoding == QLatin1String("QUOTED-PRINTABLE")) {
            value = decodeQuotedPrintable(value).replace("\r\n", "\n"); // =0D=0A is a line break
        } else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64")) {
            property.encoding = QStringLiteral("b");
            value = value.simplified().replace(' ', QByteArray());
        }
        property.rawValue = text(value, line.line, property.parameter(QStringLiteral("CHARSET")), property.name);
        for (const QString& part : VCardReader::splitUnescaped(property.rawValue, u';'))
            property.parts.append(VCardReader::unescape(part));
        return {};
    }

private:
    // UTF-8 unless the property names another character set. Bytes that are not valid UTF-8 are read as Latin-1
    // (ISO 8859-1), which maps every byte to a character, and reported: nothing is silently replaced.
    QString text(const QByteArray& bytes, int line, const QString& charset, const QString& property = {})
    {
        const QString where = VCardReader::position(m_sourceName, line);
        const QString what = property.isEmpty() ? QString() : property + QStringLiteral(": ");
        if (!charset.isEmpty() && charset.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
            QStringDecoder decoder(charset.toLatin1().constData(), QStringDecoder::Flag::Stateless);
            if (decoder.isValid()) {
                QString decoded = decoder.decode(bytes);
                if (!decoder.hasError())
                    return decoded;
                m_warnings.append({where, what + VCardReader::tr("the text is not valid %1; it was read as Latin-1 "
                                                                 "(ISO 8859-1): check it.")
                                                     .arg(charset.left(40))});
                return QString::fromLatin1(bytes);
            }
            m_warnings.append({where, what + VCardReader::tr("the character set “%1” is unknown; the text was "
                                                             "read as UTF-8 or Latin-1: check it.")
                                                 .arg(charset.left(40))});
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decoded = utf8.decode(bytes);
        if (!utf8.hasError())
            return decoded;
        m_warnings.append(
            {where, what + VCardReader::tr("the text is not valid UTF-8; it was read as Latin-1 (ISO 8859-1): "
                                           "check it.")});
        return QString::fromLatin1(bytes);
    }

    const QString& m_sourceName;
    QList<ImportProblem>& m_warnings;
};

} // namespace

VCardReadResult VCardReader::read(const QByteArray& input, const QString& sourceName)
{
    VCardReadResult result;
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QList<QByteArray> physical = data.split('\n');
    if (!physical.isEmpty() && physical.last().isEmpty())
        physical.removeLast();

    // Unfold: a line starting with a space or tab continues the previous one (that one character is dropped);
    // a QUOTED-PRINTABLE value ending in '=' continues on the next line whatever it starts with.
    QList<LogicalLine> lines;
    bool softBreak = false;
    for (qsizetype n = 0; n < physical.size(); ++n) {
        QByteArray line = physical[n];
        if (line.endsWith('\r'))
            line.chop(1);
        const int number = static_cast<int>(n + 1);
        if (softBreak) {
            lines.last().text += line;
        } else if (!line.isEmpty() && (line[0] == ' ' || line[0] == '\t')) {
            if (lines.isEmpty()) {
                result.problems.append(
                    {position(sourceName, number), tr("A continuation line has nothing to continue.")});
                continue;
            }
            lines.last().text += line.mid(1);
        } else if (line.isEmpty()) {
            continue; // tolerated between cards, and after base64 data in vCard 2.1
        } else {
            lines.append({line, number});
        }
        softBreak = lines.last().text.endsWith('=') && isQuotedPrintable(lines.last().text);
        if (softBreak)
            lines.last().text.chop(1);
    }

    LineParser parser(sourceName, result.warnings);
    std::optional<VCard> card;
    QString cardProblem;
    int problemLine = 0;
    for (const LogicalLine& line : std::as_const(lines)) {
        const QByteArray upper = line.text.trimmed().toUpper();
        if (upper == "BEGIN:VCARD") {
            if (card)
                result.problems.append(
                    {position(sourceName, card->line), tr("The card starting here has no END:VCARD.")});
            card = VCard{};
            card->line = line.line;
            cardProblem.clear();
            continue;
        }
        if (!card) {
            result.problems.append({position(sourceName, line.line), tr("Text outside BEGIN:VCARD ... END:VCARD.")});
            continue;
        }
        if (upper == "END:VCARD") {
            if (cardProblem.isEmpty() && card->version.isEmpty()) {
                cardProblem = tr("The card has no VERSION (2.1, 3.0 or 4.0).");
                problemLine = card->line;
            }
            if (cardProblem.isEmpty())
                result.cards.append(*card);
            else
                result.problems.append({position(sourceName, problemLine), cardProblem});
            card.reset();
            continue;
        }
        if (!cardProblem.isEmpty())
            continue; // report the first problem of a card only
        VCardProperty property;
        if (const QString problem = parser.parse(line, property); !problem.isEmpty()) {
            cardProblem = problem;
            problemLine = line.line;
            continue;
        }
        if (property.name == QLatin1String("VERSION")) {
            const QString version = property.value().trimmed();
            if (version != QLatin1String("4.0") && version != QLatin1String("3.0") && version != QLatin1String("2.1")) {
                cardProblem = tr("vCard version “%1” is not read (2.1, 3.0 and 4.0 are).").arg(version.left(10));
                problemLine = line.line;
            }
            card->version = version;
            continue;
        }
        card->properties.append(property);
    }
    if (card)
        result.problems.append({position(sourceName, card->line), tr("The card starting here has no END:VCARD.")});
    return result;
}

} // namespace fb

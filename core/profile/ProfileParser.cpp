// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileParser.h"

#include "core/profile/ProfileRenderer.h"
#include "core/profile/ProfileSection.h"

#include <QLocale>
#include <QRegularExpression>

namespace fb {

namespace {

struct Line
{
    int indent = 0;
    QString content; // trimmed
};

// One part of the document: the title (number empty, unmapped false), a known section, or unmapped text.
struct Part
{
    QString number;
    QString heading;
    bool unmapped = false;
    QList<Line> lines;
};

struct Heading
{
    QString number; // known section number; empty for an unmapped heading
    QString written;
    QString inlineContent;
};

Line toLine(QString raw)
{
    raw.replace(QLatin1Char('\t'), QStringLiteral("    "));
    if (raw.endsWith(QLatin1Char('\r')))
        raw.chop(1);
    Line line;
    while (line.indent < raw.size() && raw.at(line.indent) == QLatin1Char(' '))
        ++line.indent;
    line.content = raw.trimmed();
    return line;
}

// Markdown's inline marks: emphasis (*x*, **x**, _x_, __x__), code (`x`), links ([text](url)) and backslash
// escapes, outside URLs (whose underscores and stars are part of them).
QString stripInlineMarks(const QString& text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"'()\\[\\]`*]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\((\\S+?)\\)"));
    static const QRegularExpression strong(QStringLiteral("(?<![\\w\\\\])(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1(?!\\w)"));
    static const QRegularExpression star(
        QStringLiteral("(?<![\\w*\\\\])\\*(?=[^\\s*.])(.+?)(?<=[^\\s*\\\\])\\*(?![\\w*])"));
    static const QRegularExpression under(
        QStringLiteral("(?<![\\w_\\\\])_(?=[^\\s_])(.+?)(?<=[^\\s_\\\\])_(?![\\w_])"));
    static const QRegularExpression escaped(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>])"));
    if (!text.contains(QLatin1Char('*')) && !text.contains(QLatin1Char('_')) && !text.contains(QLatin1Char('`')) &&
        !text.contains(QLatin1Char('[')) && !text.contains(QLatin1Char('\\')))
        return text;
    QString linked = text;
    linked.replace(link, QStringLiteral("\\1 (\\2)"));
    QString out;
    qsizetype from = 0;
    auto plain = [](QString part) {
        part.remove(QLatin1Char('`'));
        part.replace(strong, QStringLiteral("\\2"));
        part.replace(star, QStringLiteral("\\1"));
        part.replace(under, QStringLiteral("\\1"));
        part.replace(escaped, QStringLiteral("\\1"));
        return part;
    };
    for (auto it = url.globalMatch(linked); it.hasNext();) {
        const auto m = it.next();
        out += plain(linked.mid(from, m.capturedStart() - from)) + m.captured(0);
        from = m.capturedEnd();
    }
    out += plain(linked.mid(from));
    // "[https://x](https://x)" reads "https://x (https://x)": once is enough.
    static const QRegularExpression twice(QStringLiteral("(https?://\\S+) \\(\\1\\)"));
    out.replace(twice, QStringLiteral("\\1"));
    return out;
}

bool isUnderline(const QString& content)
{
    static const QRegularExpression rule(QStringLiteral("^[=\\-*_~#]{3,}$"));
    return rule.match(content).hasMatch();
}

bool looksLikeHeading(const QString& title)
{
    return !title.isEmpty() && title.size() <= 70 && !title.endsWith(QLatin1Char('.')) &&
           !title.endsWith(QLatin1Char(',')) && (title.at(0).isUpper() || title.at(0).isDigit());
}

// A known section by a title, or by "Title: content".
const ProfileSection* matchTitle(const QString& content, QString* inlineContent)
{
    QString title = content;
    while (title.endsWith(QLatin1Char(':')))
        title.chop(1);
    if (const ProfileSection* s = ProfileSections::byTitle(title)) {
        inlineContent->clear();
        return s;
    }
    const qsizetype colon = content.indexOf(QLatin1Char(':'));
    if (colon > 0 && colon < 60) {
        if (const ProfileSection* s = ProfileSections::byTitle(content.left(colon))) {
            *inlineContent = content.mid(colon + 1).trimmed();
            return s;
        }
    }
    return nullptr;
}

// A line that is one emphasised span, as "**2.1 Name of the Team**" or "__Team Name__".
bool isEmphasised(const QString& content)
{
    static const QRegularExpression whole(QStringLiteral("^(\\*\\*|__|\\*|_)[^*_\\s].*[^*_\\s]\\1:?$"));
    return whole.match(content).hasMatch();
}

class Reader
{
public:
    std::optional<Heading> heading(const Line& line)
    {
        if (line.indent > 3 || line.content.isEmpty())
            return std::nullopt;
        QString content = line.content;
        // A Markdown heading ("## 2.1 Name", "**2.1 Name**") is a heading wherever it is.
        const bool marked = content.startsWith(QLatin1Char('#')) || isEmphasised(content);
        while (content.startsWith(QLatin1Char('#')))
            content = content.mid(1).trimmed();
        while (content.endsWith(QLatin1Char('#'))) // "## 2.1 Name ##"
            content.chop(1);
        content = stripInlineMarks(content).trimmed();
        static const QRegularExpression numbered(QStringLiteral("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})[.:)]?\\s+(\\S.*)$"));
        const auto match = numbered.match(content);
        QString inlineContent;
        if (match.hasMatch()) {
            const QString number = match.captured(1);
            const QString title = match.captured(2).trimmed();
            const bool after = marked || m_current.isEmpty() || ProfileSections::lessThan(m_current, number);
            if (const ProfileSection* s = matchTitle(title, &inlineContent))
                return accept(s->number, content, inlineContent, number);
            if (after && looksLikeHeading(title)) {
                if (ProfileSections::find(number) && !m_seen.contains(number))
                    return accept(number, content, {}, number);
                return accept(QString(), content, {}, number);
            }
            return std::nullopt;
        }
        if (const ProfileSection* s = matchTitle(content, &inlineContent)) {
            if (m_seen.contains(s->number))
                return std::nullopt;
            return accept(s->number, content, inlineContent, s->number);
        }
        return std::nullopt;
    }

private:
    Heading accept(const QString& number, const QString& written, const QString& inlineContent, const QString& order)
    {
        if (!number.isEmpty())
            m_seen.append(number);
        if (m_current.isEmpty() || ProfileSections::lessThan(m_current, order))
            m_current = order;
        return Heading{number, written.simplified(), inlineContent};
    }

    QString m_current;
    QStringList m_seen;
};

// Lines indented deeper than the body's own indent continue the line before (the text layout wraps that way).
QStringList logicalLines(const QList<Line>& lines)
{
    int base = -1;
    for (const Line& l : lines)
        if (!l.content.isEmpty() && (base < 0 || l.indent < base))
            base = l.indent;
    QStringList out;
    bool previousBlank = true;
    for (const Line& l : lines) {
        if (l.content.isEmpty()) {
            if (!out.isEmpty() && !out.last().isEmpty())
                out.append(QString());
            previousBlank = true;
            continue;
        }
        const QString simple = l.content.simplified();
        if (!previousBlank && l.indent >= base + 2 && !out.isEmpty())
            out.last() += QLatin1Char(' ') + simple;
        else
            out.append(simple);
        previousBlank = false;
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

// The value of a labelled line ("Fingerprint: ..."), or nullopt.
std::optional<QString> labelled(const QString& line, const char* label)
{
    const QString prefix = QString::fromLatin1(label);
    if (!line.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    return line.mid(prefix.size()).trimmed();
}

QString urlOnly(QString line)
{
    for (const char* bullet : {"- ", "* ", "o "})
        if (line.startsWith(QLatin1String(bullet)))
            line = line.mid(2).trimmed();
    if (line.startsWith(QLatin1Char('<')) && line.endsWith(QLatin1Char('>')))
        line = line.mid(1, line.size() - 2);
    const QStringList urls = ProfileParser::findUrls(line);
    return urls.size() == 1 && urls.first() == line ? line : QString();
}

void takeFields(TeamProfile& p, const QString& number, QStringList& lines)
{
    QStringList kept;
    bool inPriorities = false;
    static const QRegularExpression priority(
        QStringLiteral("^[-*]?\\s*(.+?):\\s*reaction\\s+(.+?);\\s*handling\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& line : lines) {
        if (line.isEmpty()) {
            inPriorities = false;
            kept.append(line);
            continue;
        }
        if (number == QLatin1String("1") || number == QLatin1String("7")) {
            if (auto v = labelled(line, ProfileRenderer::kDocumentLanguageLabel)) {
                p.language = *v;
                continue;
            }
        }
        if (number == QLatin1String("1.1") && !p.lastUpdate.isValid()) {
            if (auto date = ProfileParser::findDate(line)) {
                p.lastUpdate = *date;
                if (line == date->toString(Qt::ISODate))
                    continue; // the line is the date alone
            }
        }
        if (number == QLatin1String("1.3")) {
            const QString url = urlOnly(line);
            if (!url.isEmpty()) {
                if (!p.locations.contains(url))
                    p.locations.append(url);
                continue;
            }
            for (const QString& inside : ProfileParser::findUrls(line))
                if (!p.locations.contains(inside))
                    p.locations.append(inside);
        }
        if (number == QLatin1String("2.8")) {
            if (auto v = labelled(line, ProfileRenderer::kFingerprintLabel)) {
                const QString fpr = ProfileParser::findFingerprint(*v);
                if (!fpr.isEmpty()) {
                    p.keyFingerprint = fpr;
                    continue;
                }
            }
            if (p.keyFingerprint.isEmpty())
                p.keyFingerprint = ProfileParser::findFingerprint(line);
        }
        if (number == QLatin1String("2.10")) {
            if (auto v = labelled(line, ProfileRenderer::kLanguagesLabel)) {
                p.languages.clear();
                for (const QString& l : v->split(QLatin1Char(','), Qt::SkipEmptyParts))
                    p.languages.append(l.trimmed());
                continue;
            }
        }
        if (number == QLatin1String("2.11")) {
            if (auto v = labelled(line, ProfileRenderer::kHoursLabel)) {
                p.hoursOfService = *v;
                continue;
            }
        }
        if (number == QLatin1String("4.1")) {
            if (labelled(line, ProfileRenderer::kPrioritiesLabel)) {
                inPriorities = true;
                continue;
            }
            const auto m = priority.match(line);
            if (inPriorities && m.hasMatch()) {
                p.priorities.append({m.captured(1).trimmed(), m.captured(2).trimmed(), m.captured(3).trimmed()});
                continue;
            }
        }
        if (number == QLatin1String("4.2")) {
            if (auto v = labelled(line, ProfileRenderer::kHandlingLabel)) {
                p.informationHandling = *v;
                continue;
            }
        }
        if (number == QLatin1String("7")) {
            if (labelled(line, ProfileRenderer::kTranslationLabel))
                continue;
            if (auto v = labelled(line, ProfileRenderer::kOriginalLanguageLabel)) {
                p.originalLanguage = *v;
                continue;
            }
            if (auto v = labelled(line, ProfileRenderer::kOriginalUrlLabel)) {
                p.originalUrl = *v;
                continue;
            }
        }
        kept.append(line);
    }
    lines = kept;
}

} // namespace

std::optional<QDate> ProfileParser::findDate(const QString& text)
{
    const QLocale c = QLocale::c();
    static const QRegularExpression iso(QStringLiteral("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})"));
    if (auto m = iso.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
    }
    static const QRegularExpression dotted(QStringLiteral("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b"));
    if (auto m = dotted.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return d;
    }
    static const QRegularExpression dayMonth(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b"));
    static const QRegularExpression monthDay(
        QStringLiteral("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"));
    auto month = [&c](const QString& name) {
        for (int m = 1; m <= 12; ++m)
            if (name.compare(c.monthName(m, QLocale::LongFormat), Qt::CaseInsensitive) == 0 ||
                name.left(3).compare(c.monthName(m, QLocale::ShortFormat), Qt::CaseInsensitive) == 0)
                return m;
        return 0;
    };
    if (auto m = dayMonth.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), month(m.captured(2)), m.captured(1).toInt());
        if (d.isValid())
            return d;
    }
    if (auto m = monthDay.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), month(m.captured(1)), m.captured(2).toInt());
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

QString ProfileParser::findFingerprint(const QString& text)
{
    static const QRegularExpression fpr(QStringLiteral("\\b((?:[0-9A-Fa-f]{4}\\s{0,2}){9}[0-9A-Fa-f]{4})\\b"));
    const auto m = fpr.match(text);
    if (!m.hasMatch())
        return {};
    QString hex = m.captured(1);
    hex.remove(QRegularExpression(QStringLiteral("\\s")));
    return hex.toUpper();
}

QStringList ProfileParser::findUrls(const QString& text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"']+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        QString u = it.next().captured(0);
        while (!u.isEmpty() && QStringLiteral(".,;:)]>").contains(u.back()))
            u.chop(1);
        out.append(u);
    }
    return out;
}

Result<TeamProfile> ProfileParser::parse(const QString& text)
{
    QList<Part> parts{Part{}};
    Reader reader;
    bool anySection = false;
    bool fenced = false;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        Line line = toLine(raw);
        if (isUnderline(line.content))
            continue;
        // Markdown code fences are dropped, their content kept as text (a key block, a form).
        if (line.content.startsWith(QLatin1String("```")) || line.content.startsWith(QLatin1String("~~~"))) {
            fenced = !fenced;
            continue;
        }
        if (fenced) {
            parts.last().lines.append(line);
            continue;
        }
        if (auto h = reader.heading(line)) {
            Part part;
            part.number = h->number;
            part.heading = h->written;
            part.unmapped = h->number.isEmpty();
            anySection = anySection || !part.unmapped;
            if (!h->inlineContent.isEmpty())
                part.lines.append(Line{0, h->inlineContent});
            parts.append(part);
            continue;
        }
        line.content = stripInlineMarks(line.content);
        if (line.content.endsWith(QLatin1Char('\\'))) // a Markdown hard line break
            line.content = line.content.chopped(1).trimmed();
        parts.last().lines.append(line);
    }
    if (!anySection)
        return fail(ErrorCode::BadInput,
                    tr("This is not an RFC 2350 document: none of its lines is a heading such as “2.1 Name of the "
                       "Team”."),
                    tr("line 1"));

    TeamProfile p;
    p.language = QStringLiteral("en");
    for (const Part& part : parts) {
        QStringList lines = logicalLines(part.lines);
        if (part.unmapped) {
            p.unmapped.append({part.heading, lines.join(QLatin1Char('\n'))});
            continue;
        }
        if (part.number.isEmpty()) {
            p.title = lines.join(QLatin1Char('\n'));
            continue;
        }
        takeFields(p, part.number, lines);
        const QString body = lines.join(QLatin1Char('\n'));
        QString& target = p.text[part.number];
        target = target.isEmpty() ? body : target + QStringLiteral("\n\n") + body;
    }
    p.normalise();
    return p;
}

} // namespace fb

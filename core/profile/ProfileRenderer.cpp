// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileRenderer.h"

#include "core/base/TextWrap.h"
#include "core/crypto/KeyInfo.h"
#include "core/profile/ProfileSection.h"

namespace fb {

namespace {

QString label(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

void addBlock(QStringList& lines, const QStringList& block)
{
    if (block.isEmpty())
        return;
    if (!lines.isEmpty())
        lines.append(QString());
    lines += block;
}

bool isWebUrl(const QString& text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace

QString ProfileRenderer::translationNotice()
{
    return tr("This document is a translation. Only the original language version is binding; in case of doubt, "
              "refer to it.");
}

QString ProfileRenderer::priorityLine(const PriorityTimes& times)
{
    return QStringLiteral("- %1: reaction %2; handling %3").arg(times.priority, times.reaction, times.handling);
}

QString ProfileRenderer::headingLine(const QString& number)
{
    const ProfileSection* section = ProfileSections::find(number);
    const QString title = section ? section->title : QString();
    return (number.contains(QLatin1Char('.')) ? number : number + QLatin1Char('.')) + QLatin1Char(' ') + title;
}

QStringList ProfileRenderer::bodyLines(const TeamProfile& p, const QString& number)
{
    QStringList lines;
    const QString free = p.sectionText(number);
    if (!free.isEmpty()) {
        // Runs of blank lines become one paragraph break.
        for (const QString& line : free.split(QLatin1Char('\n'))) {
            const QString simple = line.simplified();
            if (simple.isEmpty() && (lines.isEmpty() || lines.last().isEmpty()))
                continue;
            lines.append(simple);
        }
    }
    if (number == QLatin1String("1") && p.language != QLatin1String("en") && !p.language.isEmpty())
        addBlock(lines, {label(kDocumentLanguageLabel) + QLatin1Char(' ') + p.language});
    if (number == QLatin1String("1.1") && p.lastUpdate.isValid())
        addBlock(lines, {p.lastUpdate.toString(Qt::ISODate)});
    if (number == QLatin1String("1.3"))
        addBlock(lines, p.locations);
    if (number == QLatin1String("2.8") && !p.keyFingerprint.isEmpty())
        addBlock(lines, {label(kFingerprintLabel) + QLatin1Char(' ') + groupedFingerprint(p.keyFingerprint)});
    if (number == QLatin1String("2.10") && !p.languages.isEmpty())
        addBlock(lines, {label(kLanguagesLabel) + QLatin1Char(' ') + p.languages.join(QStringLiteral(", "))});
    if (number == QLatin1String("2.11") && !p.hoursOfService.isEmpty())
        addBlock(lines, {label(kHoursLabel) + QLatin1Char(' ') + p.hoursOfService});
    if (number == QLatin1String("4.1") && !p.priorities.isEmpty()) {
        QStringList block{label(kPrioritiesLabel)};
        for (const PriorityTimes& t : p.priorities)
            block.append(priorityLine(t));
        addBlock(lines, block);
    }
    if (number == QLatin1String("4.2") && !p.informationHandling.isEmpty())
        addBlock(lines, {label(kHandlingLabel) + QLatin1Char(' ') + p.informationHandling});
    if (number == QLatin1String("7") && p.isTranslation()) {
        QStringList block{label(kTranslationLabel) + QLatin1Char(' ') + translationNotice(),
                          label(kDocumentLanguageLabel) + QLatin1Char(' ') + p.language,
                          label(kOriginalLanguageLabel) + QLatin1Char(' ') + p.originalLanguage};
        if (!p.originalUrl.isEmpty())
            block.append(label(kOriginalUrlLabel) + QLatin1Char(' ') + p.originalUrl);
        addBlock(lines, block);
    }
    return lines;
}

QString ProfileRenderer::toText(const TeamProfile& profile)
{
    QStringList out;
    const QString title = profile.title.trimmed();
    if (!title.isEmpty()) {
        for (const QString& line : title.split(QLatin1Char('\n')))
            out.append(TextWrap::wrap(line.simplified(), kTextWidth, 0, 2, true));
        out.append(QString());
    }
    for (const ProfileSection& section : ProfileSections::all()) {
        if (section.depth() == 1 && section.number != QLatin1String("1"))
            out.append(QString()); // one more blank line before each chapter
        out.append(headingLine(section.number));
        out.append(QString());
        const QStringList body = bodyLines(profile, section.number);
        if (body.isEmpty())
            continue;
        for (const QString& line : body)
            out.append(line.isEmpty() ? QString()
                                      : TextWrap::wrap(line, kTextWidth, kBodyIndent, kContinuationIndent, true));
        out.append(QString());
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ProfileRenderer::toHtml(const TeamProfile& profile)
{
    const QString name = profile.sectionText(QStringLiteral("2.1")).section(QLatin1Char('\n'), 0, 0);
    const QString pageTitle =
        profile.title.trimmed().isEmpty() ? tr("RFC 2350 description of %1").arg(name) : profile.title.simplified();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<title>%2</title>\n</head>\n<body>\n<h1>%2</h1>\n")
                       .arg(profile.language.toHtmlEscaped(), pageTitle.toHtmlEscaped());
    for (const ProfileSection& section : ProfileSections::all()) {
        const int level = std::min(section.depth() + 1, 4);
        html += QStringLiteral("<h%1 id=\"s%2\">%3</h%1>\n")
                    .arg(level)
                    .arg(section.number, headingLine(section.number).toHtmlEscaped());
        QString paragraph;
        auto flush = [&] {
            if (!paragraph.isEmpty())
                html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>\n");
            paragraph.clear();
        };
        for (const QString& line : bodyLines(profile, section.number)) {
            if (line.isEmpty()) {
                flush();
                continue;
            }
            if (!paragraph.isEmpty())
                paragraph += QStringLiteral("<br>\n");
            if (isWebUrl(line) && !line.contains(QLatin1Char(' ')))
                paragraph += QStringLiteral("<a href=\"%1\">%1</a>").arg(line.toHtmlEscaped());
            else
                paragraph += line.toHtmlEscaped();
        }
        flush();
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace fb

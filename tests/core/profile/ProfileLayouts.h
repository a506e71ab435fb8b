// SPDX-License-Identifier: GPL-3.0-or-later
// One RFC 2350 description of a made-up team (EXCERT), written out in the layouts teams publish: Markdown with
// "#" headings, Markdown with bold headings, numbered with and without trailing dots, underlined and unnumbered
// titles. The bodies use Markdown emphasis, code marks, links and lists.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace fb::test {

enum class ProfileLayout {
    MarkdownHashes,       // "## 2.1 Name of the Team"
    MarkdownHashesDotted, // "## 2.1. Name of the team"
    MarkdownBold,         // "**2.1 Name of the Team**"
    NumberedDotted,       // "2.1. Name of the Team", indented body
    NumberedPlain,        // "2.1 Name of the Team"
    Underlined,           // "Name of the Team" over "----------------"
    Unnumbered,           // "Name of the Team", body below
};

inline QString layoutName(ProfileLayout layout)
{
    static const char* names[] = {"markdown #",     "markdown # dotted", "markdown bold", "numbered dotted",
                                  "numbered plain", "underlined",        "unnumbered"};
    return QString::fromLatin1(names[static_cast<int>(layout)]);
}

inline const std::vector<ProfileLayout>& allLayouts()
{
    static const std::vector<ProfileLayout> layouts{ProfileLayout::MarkdownHashes, ProfileLayout::MarkdownHashesDotted,
                                                    ProfileLayout::MarkdownBold,   ProfileLayout::NumberedDotted,
                                                    ProfileLayout::NumberedPlain,  ProfileLayout::Underlined,
                                                    ProfileLayout::Unnumbered};
    return layouts;
}

// The 2.1 bodies the layouts take turns with; each names EXCERT and "Example Computer Emergency Response Team".
inline QString teamNameBody(int variant)
{
    switch (variant % 4) {
    case 0:
        return QStringLiteral("**Example Computer Emergency Response Team** (`EXCERT`)");
    case 1:
        return QStringLiteral("*EXCERT* (Example Computer Emergency Response Team)");
    case 2:
        return QStringLiteral("- **Short name:** EXCERT\n- **Full name:** Example Computer Emergency Response Team");
    default:
        return QStringLiteral("EXCERT - _Example Computer Emergency Response Team_");
    }
}

inline QString profileDocument(ProfileLayout layout, const QString& fingerprint, const QString& teamName)
{
    struct Section
    {
        const char* number;
        const char* title;
        QString body;
    };
    QString grouped;
    for (int i = 0; i < fingerprint.size(); i += 4)
        grouped += (i ? QStringLiteral(" ") : QString()) + fingerprint.mid(i, 4);
    const std::vector<Section> sections{
        {"1", "Document Information", QStringLiteral("This document describes *EXCERT* according to RFC 2350.")},
        {"1.1", "Date of Last Update", QStringLiteral("2025-05-01")},
        {"1.3", "Locations where this Document May Be Found",
         QStringLiteral("`https://excert.exampleland.de/rfc2350.md`")},
        {"2", "Contact Information", QString()},
        {"2.1", "Name of the Team", teamName},
        {"2.2", "Address", QStringLiteral("Example Agency\nMusterstrasse 1\n10115 Berlin")},
        {"2.3", "Time Zone", QStringLiteral("`Europe/Berlin` (CET/CEST)")},
        {"2.4", "Telephone Number", QStringLiteral("+49 30 5550 0000")},
        {"2.7", "Electronic Mail Address", QStringLiteral("**cert@excert.exampleland.de**")},
        {"2.8", "Public Keys and Encryption Information", QStringLiteral("Fingerprint: `%1`").arg(grouped)},
        {"2.10", "Other Information",
         QStringLiteral("Our web site: [https://excert.exampleland.de/](https://excert.exampleland.de/)")},
        {"2.11", "Points of Customer Contact",
         QStringLiteral("E-mail is preferred, Monday to Friday 08:00-17:00.\n\nEmergency line (24/7): **+49 30 "
                        "5550 0999**")},
        {"3", "Charter", QString()},
        {"3.1", "Mission Statement", QStringLiteral("We help the *public sector* of Example Land.")},
        {"3.2", "Constituency",
         QStringLiteral("The administration of Example Land:\n\n- `AS64496` and AS 64497\n- 192.0.2.0/24, "
                        "2001:db8::/32\n- 198.51.100.0 - 198.51.100.255\n- *.exampleland.de\n- 203.0.113.0/33")},
    };
    QString out = QStringLiteral("RFC 2350 description of EXCERT\n\n");
    for (const Section& s : sections) {
        const QString number = QString::fromLatin1(s.number);
        QString title = QString::fromLatin1(s.title);
        const int depth = static_cast<int>(number.count(QLatin1Char('.'))) + 1;
        QString body = s.body;
        switch (layout) {
        case ProfileLayout::MarkdownHashes:
            out += QString(depth + 1, QLatin1Char('#')) + u' ' + number + u' ' + title + u'\n';
            break;
        case ProfileLayout::MarkdownHashesDotted:
            out += QString(depth + 1, QLatin1Char('#')) + u' ' + number + QStringLiteral(". ") + title.left(1) +
                   title.mid(1).toLower() + u'\n';
            break;
        case ProfileLayout::MarkdownBold:
            out += QStringLiteral("**") + number + u' ' + title + QStringLiteral("**\n");
            break;
        case ProfileLayout::NumberedDotted:
            out += number + QStringLiteral(". ") + title + u'\n';
            body = QStringLiteral("   ") + body.replace(u'\n', QStringLiteral("\n   "));
            break;
        case ProfileLayout::NumberedPlain:
            out += number + u' ' + title + u'\n';
            break;
        case ProfileLayout::Underlined:
            out += title + u'\n' + QString(title.size(), depth == 1 ? QLatin1Char('=') : QLatin1Char('-')) + u'\n';
            break;
        case ProfileLayout::Unnumbered:
            out += title + u'\n';
            break;
        }
        out += u'\n';
        if (!body.trimmed().isEmpty())
            out += body + QStringLiteral("\n\n");
    }
    return out;
}

} // namespace fb::test

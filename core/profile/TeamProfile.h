// SPDX-License-Identifier: GPL-3.0-or-later
// TeamProfile: a team's RFC 2350 description as data: the free text of each section by its number, the fields
// that other parts check or reuse (date of last update, locations, key fingerprint, service levels, languages),
// translation details, and whatever an imported document held that maps to no section.
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fb {

// Reaction and handling times for one priority ("P1", "critical"...), as the team words them ("1 hour").
struct PriorityTimes
{
    QString priority;
    QString reaction;
    QString handling;
    friend bool operator==(const PriorityTimes&, const PriorityTimes&) = default;
};

// A part of an imported document that maps to no RFC 2350 section: its heading as written and its text.
struct UnmappedText
{
    QString heading;
    QString text;
    friend bool operator==(const UnmappedText&, const UnmappedText&) = default;
};

struct TeamProfile
{
    QString title;                           // the line(s) above section 1
    QMap<QString, QString> text;             // section number -> free text (lines kept; blank line between paragraphs)
    QDate lastUpdate;                        // 1.1; set when the profile is signed
    QStringList locations;                   // 1.3: URLs where the document is published
    QString keyFingerprint;                  // 2.8: the team key, upper-case hex without spaces
    QString hoursOfService;                  // service level: "Monday to Friday 08:00-17:00 Europe/Berlin"
    QList<PriorityTimes> priorities;         // service level: reaction and handling times per priority (4.1)
    QString informationHandling;             // service level: the TLP rules the team follows (4.2)
    QStringList languages;                   // 2.10: languages the team speaks, ISO 639-1 ("en", "de")
    QString language = QStringLiteral("en"); // the language this document is written in
    // Translations: the language of the binding original and where it is published; both empty for an original.
    QString originalLanguage;
    QString originalUrl;
    QList<UnmappedText> unmapped;

    bool isTranslation() const { return !originalLanguage.isEmpty(); }
    // The free text of a section, trimmed; empty when there is none.
    QString sectionText(const QString& number) const { return text.value(number).trimmed(); }
    // True when the section or one of its subsections has content (free text or a field shown there).
    bool hasContent(const QString& number) const;
    // Drops empty sections and trims every text, so that equal documents compare equal.
    void normalise();

    friend bool operator==(const TeamProfile&, const TeamProfile&) = default;
};

} // namespace fb

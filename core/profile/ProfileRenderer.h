// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileRenderer: a TeamProfile for people: the canonical plain-text layout of RFC 2350 (numbered headings,
// bodies indented and wrapped at 72 columns, UTF-8; the text that gets clear-signed) and a standalone HTML page
// (everything escaped). PDF is made from the HTML by export/PdfRenderer, which needs QtGui.
//
// Fields shown inside a section are written as labelled lines ("Fingerprint: ...") that ProfileParser reads
// back, so that rendering and parsing the text gives back the same profile. Text that maps to no section
// (ProfileParser's leftovers) is kept with the profile but is not part of the published layout.
#pragma once

#include "core/profile/TeamProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fb {

class ProfileRenderer
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileRenderer)

public:
    ProfileRenderer() = delete;

    static constexpr int kTextWidth = 72;
    static constexpr int kBodyIndent = 4;
    static constexpr int kContinuationIndent = 6; // a wrapped line goes on deeper, so the parser can join it back

    // Labels of the lines that carry fields; fixed English, like the RFC's own headings.
    static constexpr const char* kFingerprintLabel = "Fingerprint:";
    static constexpr const char* kLanguagesLabel = "Languages:";
    static constexpr const char* kHoursLabel = "Hours of service:";
    static constexpr const char* kPrioritiesLabel = "Reaction and handling times:";
    static constexpr const char* kHandlingLabel = "Information handling (TLP):";
    static constexpr const char* kDocumentLanguageLabel = "Document language:";
    static constexpr const char* kTranslationLabel = "Translation notice:";
    static constexpr const char* kOriginalLanguageLabel = "Original language:";
    static constexpr const char* kOriginalUrlLabel = "Original version:";

    static QString toText(const TeamProfile& profile);
    static QString toHtml(const TeamProfile& profile);

    // The heading line of a section in the text layout: "1. Document Information", "2.8 Public Keys ...".
    static QString headingLine(const QString& number);
    // The logical lines of a section's body (before wrapping): free text, then the fields shown there; an empty
    // string separates paragraphs.
    static QStringList bodyLines(const TeamProfile& profile, const QString& number);
    // "Reaction and handling times" line of one priority.
    static QString priorityLine(const PriorityTimes& times);
    // The sentence every translation carries: the original language version binds.
    static QString translationNotice();
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// Translations: installs Firebreak's catalogue (built into the program from translations/*.ts) and Qt's own
// for a language, falling back to English. Used by both executables.
#pragma once

#include <QLocale>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace fb {

class Translations
{
public:
    Translations() = delete;

    // The GUI's QSettings key for the chosen language (empty or missing: the system's).
    static constexpr const char* kLanguageKey = "ui/language";

    // Language codes with a Firebreak catalogue ("de", "es", "fr", "pt_BR"), sorted; English is built in.
    static QStringList available();
    // The language's own name for a chooser ("Deutsch", "português (Brasil)").
    static QString nativeName(const QString& language);
    // The catalogue to use for `requested` ("de", "pt_BR", or empty for the system locale's UI languages):
    // the first available one that matches, else empty (English).
    static QString choose(const QString& requested);
    // The locale dates, times and numbers follow for `requested`: that language's (English's for "en"); none when
    // nothing was requested (the system's stays).
    static std::optional<QLocale> localeFor(const QString& requested);
    // Loads and installs the catalogues for language (as chosen by choose()) and makes localeFor() the default
    // locale; returns the language that is in effect ("" for English). Call once, after the application object
    // exists.
    static QString install(QCoreApplication& app, const QString& requested);
};

} // namespace fb

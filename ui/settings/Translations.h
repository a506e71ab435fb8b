// SPDX-License-Identifier: GPL-3.0-or-later
// Translations: which languages the installed catalogues (firebreak_<lang>.qm) offer, the language chosen in
// the settings ("ui/language"; empty: the system's), and installing it (with Qt's own catalogue) at start-up.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

namespace fb {

class Translations
{
    Q_DECLARE_TR_FUNCTIONS(fb::Translations)

public:
    static constexpr const char* kLanguageKey = "ui/language";

    // Where the catalogues are looked for: beside the program (build tree) and in share/firebreak/translations.
    static QStringList directories();
    // Language codes with a catalogue ("de", "fr"...), sorted; English is built in and not listed.
    static QStringList available();
    // The language's own name ("Deutsch"), for the chooser.
    static QString nativeName(const QString& code);
    // Installs the chosen language's catalogues into app; false when it has none (English stays).
    static bool install(QCoreApplication& app, const QSettings& settings);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/Translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fb {

QStringList Translations::directories()
{
    const QString bin = QCoreApplication::applicationDirPath();
    return {bin + QStringLiteral("/../translations"), bin + QStringLiteral("/../share/firebreak/translations"),
            QStringLiteral("/usr/share/firebreak/translations")};
}

QStringList Translations::available()
{
    QStringList codes;
    for (const QString& path : directories()) {
        const QStringList files = QDir(path).entryList({QStringLiteral("firebreak_*.qm")}, QDir::Files);
        for (const QString& file : files) {
            const QString code = file.mid(10, file.size() - 13); // firebreak_<code>.qm
            if (!code.isEmpty() && !codes.contains(code))
                codes.append(code);
        }
    }
    codes.sort();
    return codes;
}

QString Translations::nativeName(const QString& code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

bool Translations::install(QCoreApplication& app, const QSettings& settings)
{
    const QString chosen = settings.value(QString::fromLatin1(kLanguageKey)).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto* own = new QTranslator(&app);
    bool loaded = false;
    for (const QString& path : directories()) {
        if (own->load(locale, QStringLiteral("firebreak"), QStringLiteral("_"), path)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace fb

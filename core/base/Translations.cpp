// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fb {

namespace {

const QString kCatalogueDir = QStringLiteral(":/i18n");

QString catalogueFile(const QString& language)
{
    return QStringLiteral("%1/firebreak_%2.qm").arg(kCatalogueDir, language);
}

} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(kCatalogueDir).entryList({QStringLiteral("firebreak_*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages.append(file.mid(10, file.size() - 13)); // "firebreak_" ... ".qm"
    languages.sort();
    return languages;
}

QString Translations::nativeName(const QString& language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    if (language.contains(QLatin1Char('_')) && !locale.nativeTerritoryName().isEmpty())
        name = QStringLiteral("%1 (%2)").arg(name, locale.nativeTerritoryName());
    return name;
}

QString Translations::choose(const QString& requested)
{
    const QStringList languages = available();
    QStringList wanted;
    if (!requested.isEmpty())
        wanted.append(requested);
    else
        wanted = QLocale::system().uiLanguages();
    for (QString name : wanted) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (name == QLatin1String("en") || name.startsWith(QLatin1String("en_")))
            return {};
        if (languages.contains(name))
            return name;
        const QString base = name.section(QLatin1Char('_'), 0, 0);
        if (languages.contains(base))
            return base;
        for (const QString& language : languages) {
            if (language.section(QLatin1Char('_'), 0, 0) == base)
                return language; // "pt" or "pt_PT" falls back to the catalogue we have, "pt_BR"
        }
    }
    return {};
}

std::optional<QLocale> Translations::localeFor(const QString& requested)
{
    if (requested.isEmpty())
        return std::nullopt;
    const QString language = choose(requested);
    return QLocale(language.isEmpty() ? QStringLiteral("en") : language);
}

QString Translations::install(QCoreApplication& app, const QString& requested)
{
    if (const auto locale = localeFor(requested))
        QLocale::setDefault(*locale);
    const QString language = choose(requested);
    if (language.isEmpty())
        return {};
    auto* ours = new QTranslator(&app);
    if (!ours->load(catalogueFile(language))) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, file dialogs); missing catalogues just leave them in English.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace fb

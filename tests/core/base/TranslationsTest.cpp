// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/Translations.h"

#include <QDate>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("Translations lists the catalogues built into the program")
{
    CHECK(Translations::available() ==
          QStringList{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt_BR")});
}

TEST_CASE("Translations chooses the closest catalogue and falls back to English")
{
    CHECK(Translations::choose(QStringLiteral("de")) == QStringLiteral("de"));
    CHECK(Translations::choose(QStringLiteral("de_AT")) == QStringLiteral("de"));
    CHECK(Translations::choose(QStringLiteral("de-CH")) == QStringLiteral("de"));
    CHECK(Translations::choose(QStringLiteral("pt")) == QStringLiteral("pt_BR"));
    CHECK(Translations::choose(QStringLiteral("pt_PT")) == QStringLiteral("pt_BR"));
    CHECK(Translations::choose(QStringLiteral("pt_BR")) == QStringLiteral("pt_BR"));
    CHECK(Translations::choose(QStringLiteral("en_GB")).isEmpty());
    CHECK(Translations::choose(QStringLiteral("xx")).isEmpty());
}

TEST_CASE("The built-in catalogues translate the program's messages")
{
    const QStringList expected{QStringLiteral("Die Version anzeigen."), QStringLiteral("Muestra la versión."),
                               QStringLiteral("Afficher la version."), QStringLiteral("Mostra a versão.")};
    const QStringList languages = Translations::available();
    REQUIRE(languages.size() == expected.size());
    for (int i = 0; i < languages.size(); ++i) {
        INFO(languages[i].toStdString());
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral(":/i18n/firebreak_%1.qm").arg(languages[i])));
        CHECK(translator.translate("fb::Cli", "Show the version.") == expected[i]);
    }
}

TEST_CASE("Dates and numbers follow the language the user chose")
{
    CHECK_FALSE(Translations::localeFor(QString()));
    REQUIRE(Translations::localeFor(QStringLiteral("de")));
    CHECK(Translations::localeFor(QStringLiteral("de"))->language() == QLocale::German);
    CHECK(Translations::localeFor(QStringLiteral("pt_BR"))->territory() == QLocale::Brazil);
    CHECK(Translations::localeFor(QStringLiteral("en"))->language() == QLocale::English);
    const QLocale german = *Translations::localeFor(QStringLiteral("de"));
    CHECK(german.toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));
    CHECK(german.toString(QDate(2026, 3, 2), QLocale::ShortFormat) == QStringLiteral("02.03.26"));
}

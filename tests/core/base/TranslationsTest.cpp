// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/Translations.h"

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

// SPDX-License-Identifier: GPL-3.0-or-later
// Countries: ISO 3166-1 alpha-2 codes, checked against Qt's territory list, and the country of a ccTLD.
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fb {

class Countries
{
    Q_DECLARE_TR_FUNCTIONS(fb::Countries)

public:
    // "de", " DE " -> "DE". Refuses anything QLocale does not know as a territory. "EU" (exceptionally
    // reserved, used by CERT-EU and EU bodies) is accepted.
    static Result<QString> normalise(const QString& raw);
    static bool isValid(const QString& code); // already upper case
    // Every code isValid() accepts, sorted ("AD", "AE", ..., "EU", ..., "ZW"): the choices a form offers.
    static QStringList codes();
    // The country a top-level domain belongs to: "de" -> "DE", "uk" -> "GB", "eu" -> "EU"; empty for
    // generic TLDs ("com") and two-letter TLDs that are not countries.
    static QString ofTopLevelDomain(const QString& tld);
    // English name of the territory, for display ("Germany").
    static QString name(const QString& code);
};

} // namespace fb

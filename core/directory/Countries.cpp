// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/Countries.h"

#include <QLocale>

namespace fb {

bool Countries::isValid(const QString& code)
{
    if (code.size() != 2 || !code.at(0).isUpper() || !code.at(1).isUpper() || code.at(0).unicode() > 'Z' ||
        code.at(1).unicode() > 'Z')
        return false;
    if (code == QLatin1String("EU"))
        return true;
    return QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

QStringList Countries::codes()
{
    QStringList list{QStringLiteral("EU")};
    for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t) {
        const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(t));
        if (isValid(code) && !list.contains(code))
            list.append(code);
    }
    list.sort();
    return list;
}

Result<QString> Countries::normalise(const QString& raw)
{
    const QString code = raw.trimmed().toUpper();
    if (!isValid(code))
        return fail(ErrorCode::BadInput, tr("“%1” is not an ISO 3166-1 alpha-2 country code.").arg(raw.left(40)));
    return code;
}

QString Countries::ofTopLevelDomain(const QString& tld)
{
    if (tld.size() != 2)
        return {};
    QString code = tld.toUpper();
    if (code == QLatin1String("UK")) // the ccTLD of GB is .uk
        code = QStringLiteral("GB");
    return isValid(code) ? code : QString();
}

QString Countries::name(const QString& code)
{
    if (code == QLatin1String("EU"))
        return QStringLiteral("European Union");
    return QLocale::territoryToString(QLocale::codeToTerritory(code));
}

} // namespace fb

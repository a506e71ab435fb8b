// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/IodefTypes.h"

#include <QHash>

namespace fb {

QString IodefTypes::addressCategory(const Observable& observable)
{
    const bool v6 = observable.value.contains(QLatin1Char(':'));
    switch (observable.type) {
    case ObservableType::Ipv4:
        return QStringLiteral("ipv4-addr");
    case ObservableType::Ipv6:
        return QStringLiteral("ipv6-addr");
    case ObservableType::Cidr:
        return v6 ? QStringLiteral("ipv6-net") : QStringLiteral("ipv4-net");
    case ObservableType::Url:
        return QStringLiteral("site-uri");
    case ObservableType::Email:
        return QStringLiteral("e-mail");
    case ObservableType::Asn:
        return QStringLiteral("asn");
    case ObservableType::Domain:
    case ObservableType::Md5:
    case ObservableType::Sha1:
    case ObservableType::Sha256:
    case ObservableType::Cve:
        break;
    }
    return {};
}

std::optional<ObservableType> IodefTypes::fromCategory(const QString& category)
{
    static const QHash<QString, ObservableType> table = {
        {QStringLiteral("ipv4-addr"), ObservableType::Ipv4}, {QStringLiteral("ipv6-addr"), ObservableType::Ipv6},
        {QStringLiteral("ipv4-net"), ObservableType::Cidr},  {QStringLiteral("ipv6-net"), ObservableType::Cidr},
        {QStringLiteral("site-uri"), ObservableType::Url},   {QStringLiteral("e-mail"), ObservableType::Email},
        {QStringLiteral("asn"), ObservableType::Asn},        {QStringLiteral("domain-name"), ObservableType::Domain},
        {QStringLiteral("fqdn"), ObservableType::Domain},
    };
    const auto it = table.constFind(category);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

QString IodefTypes::restriction(TlpLevel level)
{
    switch (level) {
    case TlpLevel::Clear:
        return QStringLiteral("white");
    case TlpLevel::Green:
        return QStringLiteral("green");
    case TlpLevel::Amber:
        return QStringLiteral("amber");
    case TlpLevel::AmberStrict:
        return QStringLiteral("ext-value");
    case TlpLevel::Red:
        return QStringLiteral("red");
    }
    return QStringLiteral("red");
}

std::optional<TlpLevel> IodefTypes::tlpOf(const QString& restriction, const QString& extRestriction)
{
    static const QHash<QString, TlpLevel> table = {
        {QStringLiteral("white"), TlpLevel::Clear},         {QStringLiteral("public"), TlpLevel::Clear},
        {QStringLiteral("green"), TlpLevel::Green},         {QStringLiteral("amber"), TlpLevel::Amber},
        {QStringLiteral("partner"), TlpLevel::Amber},       {QStringLiteral("need-to-know"), TlpLevel::Amber},
        {QStringLiteral("private"), TlpLevel::AmberStrict}, {QStringLiteral("red"), TlpLevel::Red},
    };
    if (restriction == QLatin1String("ext-value")) {
        if (extRestriction.compare(QLatin1String(kAmberStrict), Qt::CaseInsensitive) == 0)
            return TlpLevel::AmberStrict;
        return Tlp::parse(extRestriction);
    }
    const auto it = table.constFind(restriction);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

QString IodefTypes::severity(int severity)
{
    if (severity <= 2)
        return QStringLiteral("high");
    return severity == 3 ? QStringLiteral("medium") : QStringLiteral("low");
}

std::optional<int> IodefTypes::severityOf(const QString& severity)
{
    if (severity == QLatin1String("high"))
        return 2;
    if (severity == QLatin1String("medium"))
        return 3;
    if (severity == QLatin1String("low"))
        return 4;
    return std::nullopt;
}

QString IodefTypes::digestAlgorithm(ObservableType type)
{
    switch (type) {
    case ObservableType::Md5:
        return QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#md5");
    case ObservableType::Sha1:
        return QStringLiteral("http://www.w3.org/2000/09/xmldsig#sha1");
    case ObservableType::Sha256:
        return QStringLiteral("http://www.w3.org/2001/04/xmlenc#sha256");
    default:
        return {};
    }
}

std::optional<ObservableType> IodefTypes::hashType(const QString& algorithm)
{
    for (ObservableType type : {ObservableType::Md5, ObservableType::Sha1, ObservableType::Sha256}) {
        if (digestAlgorithm(type) == algorithm)
            return type;
    }
    return std::nullopt;
}

} // namespace fb

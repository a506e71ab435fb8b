// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/MispTypes.h"

#include <QHash>

namespace fb {

namespace {

using Kind = MispValuePart::Kind;

MispValuePart observable(ObservableType type)
{
    return {Kind::Observable, type};
}

const MispValuePart kAddress{Kind::Address, ObservableType::Ipv4};
const MispValuePart kNone{Kind::None, ObservableType::Ipv4};

} // namespace

MispAttributeType MispTypes::forObservable(ObservableType type, MispAddressRole addresses)
{
    const QString network = QStringLiteral("Network activity");
    const QString delivery = QStringLiteral("Payload delivery");
    switch (type) {
    case ObservableType::Ipv4:
    case ObservableType::Ipv6:
    case ObservableType::Cidr:
        return {addresses == MispAddressRole::Source ? QStringLiteral("ip-src") : QStringLiteral("ip-dst"), network,
                true};
    case ObservableType::Domain:
        return {QStringLiteral("domain"), network, true};
    case ObservableType::Url:
        return {QStringLiteral("url"), network, true};
    case ObservableType::Email:
        return {QStringLiteral("email-src"), delivery, true};
    case ObservableType::Md5:
        return {QStringLiteral("md5"), delivery, true};
    case ObservableType::Sha1:
        return {QStringLiteral("sha1"), delivery, true};
    case ObservableType::Sha256:
        return {QStringLiteral("sha256"), delivery, true};
    case ObservableType::Cve:
        return {QStringLiteral("vulnerability"), QStringLiteral("External analysis"), false};
    case ObservableType::Asn:
        return {QStringLiteral("AS"), network, false};
    }
    return {QStringLiteral("text"), QStringLiteral("Other"), false};
}

QList<MispValuePart> MispTypes::partsOf(const QString& mispType)
{
    static const QHash<QString, QList<MispValuePart>> table = {
        {QStringLiteral("ip-src"), {kAddress}},
        {QStringLiteral("ip-dst"), {kAddress}},
        {QStringLiteral("ip-src|port"), {kAddress, kNone}},
        {QStringLiteral("ip-dst|port"), {kAddress, kNone}},
        {QStringLiteral("domain"), {observable(ObservableType::Domain)}},
        {QStringLiteral("hostname"), {observable(ObservableType::Domain)}},
        {QStringLiteral("domain|ip"), {observable(ObservableType::Domain), kAddress}},
        {QStringLiteral("hostname|port"), {observable(ObservableType::Domain), kNone}},
        {QStringLiteral("url"), {observable(ObservableType::Url)}},
        {QStringLiteral("email"), {observable(ObservableType::Email)}},
        {QStringLiteral("email-src"), {observable(ObservableType::Email)}},
        {QStringLiteral("email-dst"), {observable(ObservableType::Email)}},
        {QStringLiteral("md5"), {observable(ObservableType::Md5)}},
        {QStringLiteral("sha1"), {observable(ObservableType::Sha1)}},
        {QStringLiteral("sha256"), {observable(ObservableType::Sha256)}},
        {QStringLiteral("filename|md5"), {kNone, observable(ObservableType::Md5)}},
        {QStringLiteral("filename|sha1"), {kNone, observable(ObservableType::Sha1)}},
        {QStringLiteral("filename|sha256"), {kNone, observable(ObservableType::Sha256)}},
        {QStringLiteral("vulnerability"), {observable(ObservableType::Cve)}},
        {QStringLiteral("AS"), {observable(ObservableType::Asn)}},
    };
    return table.value(mispType);
}

ObservableType MispTypes::addressType(const QString& value)
{
    if (value.contains(QLatin1Char('/')))
        return ObservableType::Cidr;
    if (value.contains(QLatin1Char(':')))
        return ObservableType::Ipv6;
    return ObservableType::Ipv4;
}

} // namespace fb

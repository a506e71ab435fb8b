// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/Advisory.h"

namespace fb {

QString advisoryStatusKey(AdvisoryStatus status)
{
    switch (status) {
    case AdvisoryStatus::Draft:
        return QStringLiteral("draft");
    case AdvisoryStatus::Interim:
        return QStringLiteral("interim");
    case AdvisoryStatus::Final:
        return QStringLiteral("final");
    }
    return {};
}

std::optional<AdvisoryStatus> parseAdvisoryStatus(const QString& key)
{
    for (auto s : {AdvisoryStatus::Draft, AdvisoryStatus::Interim, AdvisoryStatus::Final}) {
        if (advisoryStatusKey(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

QString productStatusKey(ProductStatus status)
{
    switch (status) {
    case ProductStatus::KnownAffected:
        return QStringLiteral("known_affected");
    case ProductStatus::Fixed:
        return QStringLiteral("fixed");
    case ProductStatus::KnownNotAffected:
        return QStringLiteral("known_not_affected");
    case ProductStatus::UnderInvestigation:
        return QStringLiteral("under_investigation");
    }
    return {};
}

std::optional<ProductStatus> parseProductStatus(const QString& key)
{
    for (auto s : {ProductStatus::KnownAffected, ProductStatus::Fixed, ProductStatus::KnownNotAffected,
                   ProductStatus::UnderInvestigation}) {
        if (productStatusKey(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

QStringList Advisory::cves() const
{
    QStringList out;
    for (const auto& v : vulnerabilities) {
        if (!v.cve.isEmpty() && !out.contains(v.cve))
            out.append(v.cve);
    }
    return out;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/CvssJson.h"

#include <cmath>
#include <cstring>

namespace fb {

namespace {

struct MetricJson
{
    const char* property;
    const char* letters;
    std::array<const char*, 5> names;
};

// In the order of Cvss31::metricNames().
const std::array<MetricJson, Cvss31::kMetricCount> kMetrics = {{
    {"attackVector", "NALP", {"NETWORK", "ADJACENT_NETWORK", "LOCAL", "PHYSICAL"}},
    {"attackComplexity", "LH", {"LOW", "HIGH"}},
    {"privilegesRequired", "NLH", {"NONE", "LOW", "HIGH"}},
    {"userInteraction", "NR", {"NONE", "REQUIRED"}},
    {"scope", "UC", {"UNCHANGED", "CHANGED"}},
    {"confidentialityImpact", "NLH", {"NONE", "LOW", "HIGH"}},
    {"integrityImpact", "NLH", {"NONE", "LOW", "HIGH"}},
    {"availabilityImpact", "NLH", {"NONE", "LOW", "HIGH"}},
    {"exploitCodeMaturity", "UPFHX", {"UNPROVEN", "PROOF_OF_CONCEPT", "FUNCTIONAL", "HIGH", "NOT_DEFINED"}},
    {"remediationLevel", "OTWUX", {"OFFICIAL_FIX", "TEMPORARY_FIX", "WORKAROUND", "UNAVAILABLE", "NOT_DEFINED"}},
    {"reportConfidence", "URCX", {"UNKNOWN", "REASONABLE", "CONFIRMED", "NOT_DEFINED"}},
    {"confidentialityRequirement", "LMHX", {"LOW", "MEDIUM", "HIGH", "NOT_DEFINED"}},
    {"integrityRequirement", "LMHX", {"LOW", "MEDIUM", "HIGH", "NOT_DEFINED"}},
    {"availabilityRequirement", "LMHX", {"LOW", "MEDIUM", "HIGH", "NOT_DEFINED"}},
    {"modifiedAttackVector", "NALPX", {"NETWORK", "ADJACENT_NETWORK", "LOCAL", "PHYSICAL", "NOT_DEFINED"}},
    {"modifiedAttackComplexity", "LHX", {"LOW", "HIGH", "NOT_DEFINED"}},
    {"modifiedPrivilegesRequired", "NLHX", {"NONE", "LOW", "HIGH", "NOT_DEFINED"}},
    {"modifiedUserInteraction", "NRX", {"NONE", "REQUIRED", "NOT_DEFINED"}},
    {"modifiedScope", "UCX", {"UNCHANGED", "CHANGED", "NOT_DEFINED"}},
    {"modifiedConfidentialityImpact", "NLHX", {"NONE", "LOW", "HIGH", "NOT_DEFINED"}},
    {"modifiedIntegrityImpact", "NLHX", {"NONE", "LOW", "HIGH", "NOT_DEFINED"}},
    {"modifiedAvailabilityImpact", "NLHX", {"NONE", "LOW", "HIGH", "NOT_DEFINED"}},
}};

int indexOf(const QString& metric)
{
    return static_cast<int>(Cvss31::metricNames().indexOf(metric));
}

} // namespace

QString CvssJson::propertyName(const QString& metric)
{
    const int i = indexOf(metric);
    return i < 0 ? QString() : QString::fromLatin1(kMetrics[i].property);
}

QString CvssJson::valueName(const QString& metric, QChar letter)
{
    const int i = indexOf(metric);
    if (i < 0)
        return {};
    const char* at = std::strchr(kMetrics[i].letters, letter.toLatin1());
    return at && letter.unicode() ? QString::fromLatin1(kMetrics[i].names[at - kMetrics[i].letters]) : QString();
}

QStringList CvssJson::valueNames(const QString& metric)
{
    QStringList out;
    const int i = indexOf(metric);
    for (std::size_t k = 0; i >= 0 && k < std::strlen(kMetrics[i].letters); ++k)
        out.append(QString::fromLatin1(kMetrics[i].names[k]));
    return out;
}

QJsonObject CvssJson::toJson(const Cvss31& cvss)
{
    QJsonObject o;
    o[QStringLiteral("version")] = cvss.version();
    o[QStringLiteral("vectorString")] = cvss.vector();
    const int last = cvss.hasEnvironmental()
                         ? Cvss31::kMetricCount
                         : (cvss.hasTemporal() ? Cvss31::kBaseMetricCount + 3 : Cvss31::kBaseMetricCount);
    for (int i = 0; i < last; ++i) {
        const QString metric = Cvss31::metricNames().at(i);
        o[propertyName(metric)] = valueName(metric, cvss.value(metric).at(0));
    }
    o[QStringLiteral("baseScore")] = cvss.baseScore();
    o[QStringLiteral("baseSeverity")] = Cvss31::severityKey(Cvss31::severity(cvss.baseTenths()));
    if (cvss.hasTemporal()) {
        o[QStringLiteral("temporalScore")] = cvss.temporalScore();
        o[QStringLiteral("temporalSeverity")] = Cvss31::severityKey(Cvss31::severity(cvss.temporalTenths()));
    }
    if (cvss.hasEnvironmental()) {
        o[QStringLiteral("environmentalScore")] = cvss.environmentalScore();
        o[QStringLiteral("environmentalSeverity")] = Cvss31::severityKey(Cvss31::severity(cvss.environmentalTenths()));
    }
    return o;
}

QStringList CvssJson::check(const QJsonObject& v3)
{
    QStringList problems;
    auto cvss = Cvss31::parse(v3.value(QStringLiteral("vectorString")).toString(), Cvss31::Accept::V31AndV30Base);
    if (!cvss) {
        problems.append(QStringLiteral("6.1.9: ") + tr("The vector cannot be scored: %1").arg(cvss.error().toString()));
        return problems;
    }
    auto compareScore = [&](const char* scoreKey, const char* severityKey, int tenths) {
        const QJsonValue score = v3.value(QLatin1String(scoreKey));
        if (!score.isUndefined() && std::lround(score.toDouble() * 10) != tenths)
            problems.append(QStringLiteral("6.1.9: ") + tr("%1 is %2 but the vector gives %3.")
                                                            .arg(QLatin1String(scoreKey))
                                                            .arg(score.toDouble())
                                                            .arg(Cvss31::formatTenths(tenths)));
        const QJsonValue severity = v3.value(QLatin1String(severityKey));
        const QString expected = Cvss31::severityKey(Cvss31::severity(tenths));
        if (!severity.isUndefined() && severity.toString() != expected)
            problems.append(
                QStringLiteral("6.1.9: ") +
                tr("%1 is %2 but the vector gives %3.").arg(QLatin1String(severityKey), severity.toString(), expected));
    };
    compareScore("baseScore", "baseSeverity", cvss->baseTenths());
    compareScore("temporalScore", "temporalSeverity", cvss->temporalTenths());
    compareScore("environmentalScore", "environmentalSeverity", cvss->environmentalTenths());
    if (v3.value(QStringLiteral("version")).toString() != cvss->version())
        problems.append(
            QStringLiteral("6.1.10: ") +
            tr("version %1 does not match the vector's prefix.").arg(v3.value(QStringLiteral("version")).toString()));
    for (const QString& metric : Cvss31::metricNames()) {
        const QJsonValue given = v3.value(propertyName(metric));
        if (given.isUndefined())
            continue;
        const QString expected = valueName(metric, cvss->value(metric).at(0));
        if (given.toString() != expected)
            problems.append(QStringLiteral("6.1.10: ") +
                            tr("%1 is %2 but the vector says %3 (%4).")
                                .arg(propertyName(metric), given.toString(), expected, metric));
    }
    return problems;
}

} // namespace fb

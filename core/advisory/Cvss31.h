// SPDX-License-Identifier: GPL-3.0-or-later
// Cvss31: a CVSS v3.1 vector as the FIRST specification defines it: parsing with the metric at fault
// named on error, base/temporal/environmental scores with the v3.1 Roundup, severity and canonical form.
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>

namespace fb {

enum class CvssSeverity { None, Low, Medium, High, Critical };

class Cvss31
{
    Q_DECLARE_TR_FUNCTIONS(fb::Cvss31)

public:
    // Whether "CVSS:3.0/" vectors are read. 3.0 and 3.1 give the same base score for every base vector,
    // but temporal Roundup and the modified-impact formula changed in 3.1, so a 3.0 vector is accepted
    // for its base score only: with temporal or environmental metrics it is refused.
    enum class Accept { V31Only, V31AndV30Base };

    // The metrics in canonical order: 8 base, 3 temporal, 11 environmental.
    static const QStringList& metricNames();
    static constexpr int kMetricCount = 22;
    static constexpr int kBaseMetricCount = 8;

    // Parses "CVSS:3.1/AV:N/AC:L/...". Metric order is free; all base metrics are mandatory, the others
    // optional ("X" = not defined); names and values are case-sensitive; no duplicates, no empty
    // component (e.g. a trailing slash). On error Error::where names the metric at fault ("AV", "MPR"),
    // or "CVSS" for a wrong prefix and "vector" for an empty component or an empty vector.
    static Result<Cvss31> parse(const QString& vector, Accept accept = Accept::V31Only);

    // "3.1" or "3.0".
    QString version() const { return m_v30 ? QStringLiteral("3.0") : QStringLiteral("3.1"); }
    // Canonical form: prefix, base metrics in specification order, then every defined (non-X) temporal
    // and environmental metric in specification order.
    QString vector() const;
    // A metric's value letter ("N", "H", ...); "X" for an undefined temporal/environmental metric.
    QString value(const QString& metric) const;
    bool hasTemporal() const;      // any of E, RL, RC defined
    bool hasEnvironmental() const; // any of CR ... MA defined

    // Scores in tenths (98 = 9.8) and as doubles. The temporal score with no temporal metric equals the
    // base score; the environmental score is always computed (undefined metrics take base values).
    int baseTenths() const { return m_baseTenths; }
    int temporalTenths() const { return m_temporalTenths; }
    int environmentalTenths() const { return m_environmentalTenths; }
    double baseScore() const { return m_baseTenths / 10.0; }
    double temporalScore() const { return m_temporalTenths / 10.0; }
    double environmentalScore() const { return m_environmentalTenths / 10.0; }

    static CvssSeverity severity(int tenths);
    // "None", "Low", "Medium", "High", "Critical", as in the specification (not translated).
    static QString severityName(CvssSeverity severity);
    // "NONE", "LOW"...: the form of the FIRST JSON schema and CSAF.
    static QString severityKey(CvssSeverity severity);
    // One decimal, "9.8", "0.0".
    static QString formatTenths(int tenths);

    // The specification's Roundup (Appendix A, integer based), returned in tenths.
    static int roundUpTenths(double value);

    friend bool operator==(const Cvss31& a, const Cvss31& b) { return a.m_v30 == b.m_v30 && a.m_values == b.m_values; }

private:
    Cvss31() = default;
    void computeScores();

    std::array<char, kMetricCount> m_values{};
    bool m_v30 = false;
    int m_baseTenths = 0;
    int m_temporalTenths = 0;
    int m_environmentalTenths = 0;
};

} // namespace fb

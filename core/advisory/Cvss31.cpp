// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/Cvss31.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace fb {

namespace {

enum Metric { AV, AC, PR, UI, S, C, I, A, E, RL, RC, CR, IR, AR, MAV, MAC, MPR, MUI, MS, MC, MI, MA };

// Allowed value letters per metric, in canonical order of metricNames().
constexpr std::array<const char*, Cvss31::kMetricCount> kAllowed = {
    "NALP",  "LH",    "NLH",  "NR",    "UC",  "HLN",  "HLN", "HLN",                          // base
    "XUPFH", "XOTWU", "XURC",                                                                // temporal
    "XLMH",  "XLMH",  "XLMH", "XNALP", "XLH", "XNLH", "XNR", "XUC", "XNLH", "XNLH", "XNLH"}; // environmental

double attackVector(char v)
{
    switch (v) {
    case 'N':
        return 0.85;
    case 'A':
        return 0.62;
    case 'L':
        return 0.55;
    default:
        return 0.2; // P
    }
}

double attackComplexity(char v)
{
    return v == 'L' ? 0.77 : 0.44;
}

double privileges(char v, bool scopeChanged)
{
    switch (v) {
    case 'N':
        return 0.85;
    case 'L':
        return scopeChanged ? 0.68 : 0.62;
    default:
        return scopeChanged ? 0.5 : 0.27; // H
    }
}

double userInteraction(char v)
{
    return v == 'N' ? 0.85 : 0.62;
}

double cia(char v)
{
    switch (v) {
    case 'H':
        return 0.56;
    case 'L':
        return 0.22;
    default:
        return 0.0; // N
    }
}

double exploitMaturity(char v)
{
    switch (v) {
    case 'F':
        return 0.97;
    case 'P':
        return 0.94;
    case 'U':
        return 0.91;
    default:
        return 1.0; // X, H
    }
}

double remediationLevel(char v)
{
    switch (v) {
    case 'W':
        return 0.97;
    case 'T':
        return 0.96;
    case 'O':
        return 0.95;
    default:
        return 1.0; // X, U
    }
}

double reportConfidence(char v)
{
    switch (v) {
    case 'R':
        return 0.96;
    case 'U':
        return 0.92;
    default:
        return 1.0; // X, C
    }
}

double requirement(char v)
{
    switch (v) {
    case 'H':
        return 1.5;
    case 'L':
        return 0.5;
    default:
        return 1.0; // X, M
    }
}

} // namespace

const QStringList& Cvss31::metricNames()
{
    static const QStringList names = {
        QStringLiteral("AV"),  QStringLiteral("AC"),  QStringLiteral("PR"),  QStringLiteral("UI"),
        QStringLiteral("S"),   QStringLiteral("C"),   QStringLiteral("I"),   QStringLiteral("A"),
        QStringLiteral("E"),   QStringLiteral("RL"),  QStringLiteral("RC"),  QStringLiteral("CR"),
        QStringLiteral("IR"),  QStringLiteral("AR"),  QStringLiteral("MAV"), QStringLiteral("MAC"),
        QStringLiteral("MPR"), QStringLiteral("MUI"), QStringLiteral("MS"),  QStringLiteral("MC"),
        QStringLiteral("MI"),  QStringLiteral("MA")};
    return names;
}

Result<Cvss31> Cvss31::parse(const QString& vector, Accept accept)
{
    static const QString prefix31 = QStringLiteral("CVSS:3.1/");
    static const QString prefix30 = QStringLiteral("CVSS:3.0/");
    Cvss31 cvss;
    QString rest;
    if (vector.startsWith(prefix31)) {
        rest = vector.mid(prefix31.size());
    } else if (vector.startsWith(prefix30)) {
        if (accept != Accept::V31AndV30Base)
            return fail(ErrorCode::BadInput, tr("CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector."),
                        QStringLiteral("CVSS"));
        cvss.m_v30 = true;
        rest = vector.mid(prefix30.size());
    } else {
        return fail(ErrorCode::BadInput, tr("A CVSS v3.1 vector starts with \"CVSS:3.1/\"."), QStringLiteral("CVSS"));
    }
    if (rest.isEmpty())
        return fail(ErrorCode::BadInput, tr("The CVSS vector has no metrics."), QStringLiteral("vector"));

    cvss.m_values.fill(0);
    const QStringList parts = rest.split(QLatin1Char('/'));
    QString previous = QStringLiteral("CVSS");
    for (const QString& part : parts) {
        if (part.isEmpty())
            return fail(ErrorCode::BadInput,
                        tr("The CVSS vector has an empty component after %1 (a stray or trailing "
                           "slash).")
                            .arg(previous),
                        QStringLiteral("vector"));
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? part : part.left(colon);
        const int index = static_cast<int>(metricNames().indexOf(name));
        if (index < 0) {
            const bool lower = metricNames().contains(name.toUpper());
            return fail(ErrorCode::BadInput,
                        lower ? tr("CVSS metric names are upper case: %1.").arg(name)
                              : tr("%1 is not a CVSS v3.1 metric.").arg(name),
                        name);
        }
        if (colon < 0)
            return fail(ErrorCode::BadInput, tr("The CVSS metric %1 has no value.").arg(name), name);
        if (cvss.m_values[index] != 0)
            return fail(ErrorCode::BadInput, tr("The CVSS metric %1 is given twice.").arg(name), name);
        const QString value = part.mid(colon + 1);
        const char* allowed = kAllowed[index];
        if (value.size() != 1 || value.at(0).unicode() > 127 || !std::strchr(allowed, value.at(0).toLatin1()))
            return fail(
                ErrorCode::BadInput,
                tr("%1 is not a value of the CVSS metric %2 (allowed: %3).")
                    .arg(value, name,
                         QString::fromLatin1(allowed).split(QString(), Qt::SkipEmptyParts).join(QStringLiteral(", "))),
                name);
        cvss.m_values[index] = value.at(0).toLatin1();
        previous = name;
    }
    for (int i = 0; i < kBaseMetricCount; ++i) {
        if (cvss.m_values[i] == 0)
            return fail(ErrorCode::BadInput, tr("The CVSS base metric %1 is missing.").arg(metricNames().at(i)),
                        metricNames().at(i));
    }
    for (int i = kBaseMetricCount; i < kMetricCount; ++i) {
        if (cvss.m_values[i] == 0)
            cvss.m_values[i] = 'X';
        else if (cvss.m_v30 && cvss.m_values[i] != 'X')
            return fail(ErrorCode::BadInput,
                        tr("CVSS 3.0 vectors are read for their base score only; %1 is not accepted. Give a "
                           "CVSS:3.1/ vector.")
                            .arg(metricNames().at(i)),
                        metricNames().at(i));
    }
    cvss.computeScores();
    return cvss;
}

QString Cvss31::vector() const
{
    QString out = QStringLiteral("CVSS:") + version();
    for (int i = 0; i < kMetricCount; ++i) {
        if (i >= kBaseMetricCount && m_values[i] == 'X')
            continue;
        out += QLatin1Char('/') + metricNames().at(i) + QLatin1Char(':') + QLatin1Char(m_values[i]);
    }
    return out;
}

QString Cvss31::value(const QString& metric) const
{
    const qsizetype index = metricNames().indexOf(metric);
    return index < 0 ? QString() : QString(QLatin1Char(m_values[index]));
}

bool Cvss31::hasTemporal() const
{
    return m_values[E] != 'X' || m_values[RL] != 'X' || m_values[RC] != 'X';
}

bool Cvss31::hasEnvironmental() const
{
    return std::any_of(m_values.begin() + CR, m_values.end(), [](char v) { return v != 'X'; });
}

int Cvss31::roundUpTenths(double value)
{
    // Appendix A: work on an integer of 1/100000 to avoid floating-point surprises.
    const long long intInput = std::llround(value * 100000.0);
    if (intInput % 10000 == 0)
        return static_cast<int>(intInput / 10000);
    return static_cast<int>(intInput / 10000 + 1);
}

void Cvss31::computeScores()
{
    const auto& v = m_values;
    const bool changed = v[S] == 'C';
    const double iss = 1.0 - (1.0 - cia(v[C])) * (1.0 - cia(v[I])) * (1.0 - cia(v[A]));
    const double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15) : 6.42 * iss;
    const double exploitability =
        8.22 * attackVector(v[AV]) * attackComplexity(v[AC]) * privileges(v[PR], changed) * userInteraction(v[UI]);
    if (impact <= 0)
        m_baseTenths = 0;
    else if (changed)
        m_baseTenths = roundUpTenths(std::min(1.08 * (impact + exploitability), 10.0));
    else
        m_baseTenths = roundUpTenths(std::min(impact + exploitability, 10.0));

    const double temporalFactor = exploitMaturity(v[E]) * remediationLevel(v[RL]) * reportConfidence(v[RC]);
    m_temporalTenths = roundUpTenths(m_baseTenths / 10.0 * temporalFactor);

    auto modified = [&v](int modifiedMetric, int baseMetric) {
        return v[modifiedMetric] == 'X' ? v[baseMetric] : v[modifiedMetric];
    };
    const bool mChanged = modified(MS, S) == 'C';
    const double miss = std::min(1.0 - (1.0 - requirement(v[CR]) * cia(modified(MC, C))) *
                                           (1.0 - requirement(v[IR]) * cia(modified(MI, I))) *
                                           (1.0 - requirement(v[AR]) * cia(modified(MA, A))),
                                 0.915);
    const double mImpact = mChanged ? 7.52 * (miss - 0.029) - 3.25 * std::pow(miss * 0.9731 - 0.02, 13) : 6.42 * miss;
    const double mExploitability = 8.22 * attackVector(modified(MAV, AV)) * attackComplexity(modified(MAC, AC)) *
                                   privileges(modified(MPR, PR), mChanged) * userInteraction(modified(MUI, UI));
    if (mImpact <= 0) {
        m_environmentalTenths = 0;
    } else {
        const double sum = mChanged ? 1.08 * (mImpact + mExploitability) : mImpact + mExploitability;
        m_environmentalTenths = roundUpTenths(roundUpTenths(std::min(sum, 10.0)) / 10.0 * temporalFactor);
    }
}

CvssSeverity Cvss31::severity(int tenths)
{
    if (tenths <= 0)
        return CvssSeverity::None;
    if (tenths < 40)
        return CvssSeverity::Low;
    if (tenths < 70)
        return CvssSeverity::Medium;
    if (tenths < 90)
        return CvssSeverity::High;
    return CvssSeverity::Critical;
}

QString Cvss31::severityName(CvssSeverity severity)
{
    switch (severity) {
    case CvssSeverity::None:
        return QStringLiteral("None");
    case CvssSeverity::Low:
        return QStringLiteral("Low");
    case CvssSeverity::Medium:
        return QStringLiteral("Medium");
    case CvssSeverity::High:
        return QStringLiteral("High");
    case CvssSeverity::Critical:
        return QStringLiteral("Critical");
    }
    return {};
}

QString Cvss31::severityKey(CvssSeverity severity)
{
    return severityName(severity).toUpper();
}

QString Cvss31::formatTenths(int tenths)
{
    return QString::number(tenths / 10) + QLatin1Char('.') + QString::number(tenths % 10);
}

} // namespace fb

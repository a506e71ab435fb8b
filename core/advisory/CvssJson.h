// SPDX-License-Identifier: GPL-3.0-or-later
// CvssJson: a Cvss31 as the FIRST CVSS v3.x JSON object (the cvss_v3 of CSAF), and the CSAF mandatory
// checks 6.1.9 (scores and severities match the vector) and 6.1.10 (properties agree with the vector).
#pragma once

#include "core/advisory/Cvss31.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace fb {

class CvssJson
{
    Q_DECLARE_TR_FUNCTIONS(fb::CvssJson)

public:
    CvssJson() = delete;

    // version, vectorString, every base metric property, baseScore/baseSeverity; temporal and environmental
    // properties and scores only when the vector defines such metrics.
    static QJsonObject toJson(const Cvss31& cvss);
    // The JSON property of a metric ("AV" -> "attackVector") and the JSON name of a value letter
    // ("AV", "A" -> "ADJACENT_NETWORK"; "X" -> "NOT_DEFINED").
    static QString propertyName(const QString& metric);
    static QString valueName(const QString& metric, QChar letter);
    // Every JSON name a metric's property may take ("AV" -> NETWORK, ADJACENT_NETWORK, LOCAL, PHYSICAL).
    static QStringList valueNames(const QString& metric);

    // Problems of one cvss_v3 object, each "6.1.9: ..." or "6.1.10: ..."; empty when consistent.
    static QStringList check(const QJsonObject& cvssV3);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// AbuseReport: the structured fields of an ARF (RFC 5965) or X-ARF abuse report, and the RSIT class
// its report type maps to where the mapping is clear.
#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

enum class AbuseFormat { Arf, XarfJsonV3, XarfJsonV4, XarfYaml };

struct RsitClassification
{
    QString rsitClass;
    QString rsitType;
};

struct AbuseReport
{
    AbuseFormat format = AbuseFormat::Arf;
    QString reportType; // ARF Feedback-Type, X-ARF ReportType / type / Report-Type, as sent
    QString category;   // X-ARF ReportClass / category / Category; empty for ARF
    QString version;
    QString userAgent;
    QString sourceIp;
    QString arrivalDate; // as sent
    QString reportedDomain;
    QStringList reportedUris;
    QString originalMailFrom;
    QString reporter;  // reporting organisation or address
    QString rsitClass; // empty when the type does not map clearly
    QString rsitType;
    QJsonObject fields;         // every field as sent (JSON reports: the whole object)
    QByteArray originalMessage; // ARF: the reported message or its headers, as attached (not in toJson())

    static QString formatKey(AbuseFormat format); // "arf", "xarf-json-v3", "xarf-json-v4", "xarf-yaml"
    QJsonObject toJson() const;
};

class AbuseReports
{
    Q_DECLARE_TR_FUNCTIONS(fb::AbuseReports)

public:
    // ARF: the fields of a message/feedback-report part, unfolded (name, value), in order.
    static Result<AbuseReport> fromArfFields(const QList<QPair<QString, QString>>& fields);
    // X-ARF JSON, v3 ("Version": "3", ReporterInfo, Report) or v4 ("xarf_version": "4.x"). Validated:
    // required members, class/type pairs, date-time, IP and e-mail formats. Errors name the field.
    static Result<AbuseReport> fromXarfJson(const QByteArray& json);
    // X-ARF 0.1/0.2: the YAML report part of an "X-ARF: YES" message.
    static Result<AbuseReport> fromXarfYaml(const QByteArray& yaml);
    // Sets rsitClass/rsitType from the format, category and type (v4 reputation reports: refined by their
    // threat_type); leaves them empty for a type that is unknown or deliberately unclassified (ARF not-spam).
    static void mapToRsit(AbuseReport& report);
    // The RSIT class and type of one report type: X-ARF v4 and v3 by category and type as the schemas spell
    // them, ARF by Feedback-Type (case-insensitive, category ignored), X-ARF 0.2 YAML by its free-text
    // Report-Type. nullopt for an unknown type and for ARF "not-spam" and "xarf".
    static std::optional<RsitClassification> rsitFor(AbuseFormat format, const QString& category, const QString& type);
    // Whether a format defines a category (X-ARF v3 ReportClass, v4 category) or a category/type pair; for ARF
    // the category is empty and the Feedback-Type is one of IANA's values or "xarf".
    static bool isKnownCategory(AbuseFormat format, const QString& category);
    static bool isKnownType(AbuseFormat format, const QString& category, const QString& type);
    // Every (category, type) pair a format defines, in table order; empty for X-ARF YAML (free text).
    static QList<QPair<QString, QString>> knownTypes(AbuseFormat format);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// The four RTIR ticket kinds and the enumerations a ticket's fields take, with their storage keys.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

enum class TicketKind { Report, Incident, Investigation, Countermeasure };
enum class HowReported { Email, Phone, WebForm, Api, Other };
enum class ReporterType { Constituent, OtherCsirt, Isp, LawEnforcement, Individual, Other };

class TicketEnums
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketEnums)

public:
    static QString key(TicketKind kind);   // "report", "incident", "investigation", "countermeasure"
    static QString key(HowReported how);   // "email", "phone", "web-form", "api", "other"
    static QString key(ReporterType type); // "constituent", "other-csirt", "isp", "law-enforcement", ...
    static std::optional<TicketKind> parseKind(const QString& key);
    static std::optional<HowReported> parseHowReported(const QString& key);
    static std::optional<ReporterType> parseReporterType(const QString& key);
    static QStringList kindKeys();
    static QStringList howReportedKeys();
    static QStringList reporterTypeKeys();

    static QString displayName(TicketKind kind);
    static QString displayName(HowReported how);
    static QString displayName(ReporterType type);
    // 1 critical, 2 high, 3 medium, 4 low.
    static QString severityName(int severity);
    // "1".."4" or "critical", "high", "medium", "low" (case-insensitive, trimmed); std::nullopt otherwise.
    static std::optional<int> parseSeverity(const QString& text);
};

} // namespace fb

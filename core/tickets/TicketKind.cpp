// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketKind.h"

#include <array>

namespace fb {

namespace {

template <typename E, std::size_t N>
std::optional<E> parseKey(const std::array<E, N>& values, const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (E value : values) {
        if (TicketEnums::key(value) == wanted)
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList keys(const std::array<E, N>& values)
{
    QStringList list;
    for (E value : values)
        list.append(TicketEnums::key(value));
    return list;
}

constexpr std::array kKinds{TicketKind::Report, TicketKind::Incident, TicketKind::Investigation,
                            TicketKind::Countermeasure};
constexpr std::array kHows{HowReported::Email, HowReported::Phone, HowReported::WebForm, HowReported::Api,
                           HowReported::Other};
constexpr std::array kReporterTypes{ReporterType::Constituent,    ReporterType::OtherCsirt, ReporterType::Isp,
                                    ReporterType::LawEnforcement, ReporterType::Individual, ReporterType::Other};

} // namespace

QString TicketEnums::key(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Report:
        return QStringLiteral("report");
    case TicketKind::Incident:
        return QStringLiteral("incident");
    case TicketKind::Investigation:
        return QStringLiteral("investigation");
    case TicketKind::Countermeasure:
        return QStringLiteral("countermeasure");
    }
    return {};
}

QString TicketEnums::key(HowReported how)
{
    switch (how) {
    case HowReported::Email:
        return QStringLiteral("email");
    case HowReported::Phone:
        return QStringLiteral("phone");
    case HowReported::WebForm:
        return QStringLiteral("web-form");
    case HowReported::Api:
        return QStringLiteral("api");
    case HowReported::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString TicketEnums::key(ReporterType type)
{
    switch (type) {
    case ReporterType::Constituent:
        return QStringLiteral("constituent");
    case ReporterType::OtherCsirt:
        return QStringLiteral("other-csirt");
    case ReporterType::Isp:
        return QStringLiteral("isp");
    case ReporterType::LawEnforcement:
        return QStringLiteral("law-enforcement");
    case ReporterType::Individual:
        return QStringLiteral("individual");
    case ReporterType::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<TicketKind> TicketEnums::parseKind(const QString& key)
{
    return parseKey(kKinds, key);
}

std::optional<HowReported> TicketEnums::parseHowReported(const QString& key)
{
    return parseKey(kHows, key);
}

std::optional<ReporterType> TicketEnums::parseReporterType(const QString& key)
{
    return parseKey(kReporterTypes, key);
}

QStringList TicketEnums::kindKeys()
{
    return keys(kKinds);
}

QStringList TicketEnums::howReportedKeys()
{
    return keys(kHows);
}

QStringList TicketEnums::reporterTypeKeys()
{
    return keys(kReporterTypes);
}

QString TicketEnums::displayName(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Report:
        return tr("Incident Report");
    case TicketKind::Incident:
        return tr("Incident");
    case TicketKind::Investigation:
        return tr("Investigation");
    case TicketKind::Countermeasure:
        return tr("Countermeasure");
    }
    return {};
}

QString TicketEnums::displayName(HowReported how)
{
    switch (how) {
    case HowReported::Email:
        return tr("E-mail");
    case HowReported::Phone:
        return tr("Phone");
    case HowReported::WebForm:
        return tr("Web form");
    case HowReported::Api:
        return tr("API");
    case HowReported::Other:
        //: How an incident was reported
        return tr("Other", "how reported");
    }
    return {};
}

QString TicketEnums::displayName(ReporterType type)
{
    switch (type) {
    case ReporterType::Constituent:
        return tr("Constituent");
    case ReporterType::OtherCsirt:
        return tr("Other CSIRT");
    case ReporterType::Isp:
        return tr("ISP");
    case ReporterType::LawEnforcement:
        return tr("Law enforcement");
    case ReporterType::Individual:
        return tr("Individual");
    case ReporterType::Other:
        return tr("Other", "reporter type");
    }
    return {};
}

QString TicketEnums::severityName(int severity)
{
    switch (severity) {
    case 1:
        return tr("Critical");
    case 2:
        return tr("High");
    case 3:
        return tr("Medium");
    case 4:
        return tr("Low");
    default:
        return tr("Unknown");
    }
}

std::optional<int> TicketEnums::parseSeverity(const QString& text)
{
    const QString v = text.trimmed().toLower();
    bool ok = false;
    const int number = v.toInt(&ok);
    if (ok)
        return number >= 1 && number <= 4 ? std::optional<int>(number) : std::nullopt;
    const QStringList names{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                            QStringLiteral("low")};
    const qsizetype index = names.indexOf(v);
    return index >= 0 ? std::optional<int>(int(index) + 1) : std::nullopt;
}

} // namespace fb

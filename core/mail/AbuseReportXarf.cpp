// SPDX-License-Identifier: GPL-3.0-or-later
// The X-ARF half of AbuseReports: JSON reports (v3 and v4, validated against the schemas' rules) and the YAML
// reports of X-ARF 0.1/0.2. ARF, the type tables and the RSIT mapping are in AbuseReport.cpp.
#include "core/mail/AbuseReport.h"

#include "core/observables/Observable.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <yaml.h>

#include <memory>

namespace fb {

namespace {

bool isIp(const QString& value)
{
    return Observables::normalise(ObservableType::Ipv4, value).has_value() ||
           Observables::normalise(ObservableType::Ipv6, value).has_value();
}

// JSON Schema's "email" format: a mailbox, local@domain; syntax only (reserved names like .example pass).
bool isEmail(const QString& value)
{
    static const QRegularExpression mailbox(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return value.size() <= 254 && mailbox.match(value).hasMatch();
}

// RFC 3339 date-time: date, 'T', time, and a zone (Z or ±hh:mm).
bool isDateTime(const QString& value)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    return shape.match(value).hasMatch() && QDateTime::fromString(value, Qt::ISODateWithMs).isValid();
}

std::unexpected<Error> invalid(const QString& message, const QString& field)
{
    return fail(ErrorCode::BadInput, message, field);
}

Result<QString> requiredString(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return invalid(AbuseReports::tr("The X-ARF report lacks the required field %1.").arg(path), path);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return invalid(AbuseReports::tr("The X-ARF field %1 must be a non-empty text.").arg(path), path);
    return value.toString();
}

Status checkIp(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !(value.isString() && isIp(value.toString())))
        return invalid(AbuseReports::tr("The X-ARF field %1 is not an IP address.").arg(path), path);
    return {};
}

Status checkEmail(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !(value.isString() && isEmail(value.toString())))
        return invalid(AbuseReports::tr("The X-ARF field %1 is not an e-mail address.").arg(path), path);
    return {};
}

Status checkDate(const QJsonObject& object, const QString& key, const QString& path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!(value.isString() && isDateTime(value.toString())))
        return invalid(AbuseReports::tr("The X-ARF field %1 is not an RFC 3339 date and time.").arg(path), path);
    return {};
}

Status checkPort(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    const double port = value.toDouble(-1);
    if (!value.isDouble() || port < 0 || port > 65535 || port != static_cast<double>(static_cast<int>(port)))
        return invalid(AbuseReports::tr("The X-ARF field %1 is not a port number (0 to 65535).").arg(path), path);
    return {};
}

Result<AbuseReport> fromV3(const QJsonObject& root)
{
    if (root.value(QStringLiteral("Version")).toString() != QLatin1String("3"))
        return invalid(AbuseReports::tr("The X-ARF report's Version must be \"3\"."), QStringLiteral("Version"));
    const QJsonValue reporterValue = root.value(QStringLiteral("ReporterInfo"));
    if (!reporterValue.isObject())
        return invalid(AbuseReports::tr("The X-ARF report lacks the required field ReporterInfo."),
                       QStringLiteral("ReporterInfo"));
    const QJsonObject reporter = reporterValue.toObject();
    if (!root.value(QStringLiteral("Disclosure")).isBool())
        return invalid(AbuseReports::tr("The X-ARF report lacks the required field Disclosure (true or false)."),
                       QStringLiteral("Disclosure"));
    FB_TRY_ASSIGN(auto org,
                  requiredString(reporter, QStringLiteral("ReporterOrg"), QStringLiteral("ReporterInfo.ReporterOrg")));
    FB_TRY(requiredString(reporter, QStringLiteral("ReporterOrgDomain"),
                          QStringLiteral("ReporterInfo.ReporterOrgDomain")));
    FB_TRY(
        requiredString(reporter, QStringLiteral("ReporterOrgEmail"), QStringLiteral("ReporterInfo.ReporterOrgEmail")));
    FB_TRY(checkEmail(reporter, QStringLiteral("ReporterOrgEmail"), QStringLiteral("ReporterInfo.ReporterOrgEmail")));
    FB_TRY(checkEmail(reporter, QStringLiteral("ReporterContactEmail"),
                      QStringLiteral("ReporterInfo.ReporterContactEmail")));

    const QJsonValue reportValue = root.value(QStringLiteral("Report"));
    if (!reportValue.isObject())
        return invalid(AbuseReports::tr("The X-ARF report lacks the required field Report."), QStringLiteral("Report"));
    const QJsonObject report = reportValue.toObject();
    FB_TRY_ASSIGN(auto cls,
                  requiredString(report, QStringLiteral("ReportClass"), QStringLiteral("Report.ReportClass")));
    FB_TRY_ASSIGN(auto type, requiredString(report, QStringLiteral("ReportType"), QStringLiteral("Report.ReportType")));
    if (!AbuseReports::isKnownCategory(AbuseFormat::XarfJsonV3, cls))
        return invalid(AbuseReports::tr("'%1' is not an X-ARF v3 report class.").arg(cls),
                       QStringLiteral("Report.ReportClass"));
    if (!AbuseReports::isKnownType(AbuseFormat::XarfJsonV3, cls, type))
        return invalid(AbuseReports::tr("'%1' is not an X-ARF v3 report type of class %2.").arg(type, cls),
                       QStringLiteral("Report.ReportType"));
    FB_TRY(checkDate(report, QStringLiteral("Date"), QStringLiteral("Report.Date"), true));
    FB_TRY(checkIp(report, QStringLiteral("SourceIp"), QStringLiteral("Report.SourceIp")));
    FB_TRY(checkIp(report, QStringLiteral("DestinationIp"), QStringLiteral("Report.DestinationIp")));
    FB_TRY(checkPort(report, QStringLiteral("SourcePort"), QStringLiteral("Report.SourcePort")));
    FB_TRY(checkPort(report, QStringLiteral("DestinationPort"), QStringLiteral("Report.DestinationPort")));
    FB_TRY(checkEmail(report, QStringLiteral("SmtpMailFromAddress"), QStringLiteral("Report.SmtpMailFromAddress")));
    FB_TRY(checkEmail(report, QStringLiteral("SmtpRcptToAddress"), QStringLiteral("Report.SmtpRcptToAddress")));
    const bool needsIp = type != QLatin1String("Phishing") && type != QLatin1String("Copyright") &&
                         type != QLatin1String("Trademark") && type != QLatin1String("PotentiallyCompromisedAccount");
    if (needsIp && !report.contains(QStringLiteral("SourceIp")))
        return invalid(
            AbuseReports::tr("The X-ARF report lacks the required field %1.").arg(QStringLiteral("Report.SourceIp")),
            QStringLiteral("Report.SourceIp"));

    AbuseReport result;
    result.format = AbuseFormat::XarfJsonV3;
    result.version = QStringLiteral("3");
    result.category = cls;
    result.reportType = type;
    result.reporter = org;
    result.sourceIp = report.value(QStringLiteral("SourceIp")).toString();
    result.arrivalDate = report.value(QStringLiteral("Date")).toString();
    if (report.contains(QStringLiteral("SourceUrl")))
        result.reportedUris.append(report.value(QStringLiteral("SourceUrl")).toString());
    if (report.contains(QStringLiteral("SourceDomain")))
        result.reportedDomain = report.value(QStringLiteral("SourceDomain")).toString();
    result.fields = root;
    return result;
}

Result<AbuseReport> fromV4(const QJsonObject& root)
{
    FB_TRY_ASSIGN(auto version, requiredString(root, QStringLiteral("xarf_version"), QStringLiteral("xarf_version")));
    if (!version.startsWith(QLatin1String("4.")))
        return invalid(AbuseReports::tr("The X-ARF version '%1' is not 4.x.").arg(version),
                       QStringLiteral("xarf_version"));
    FB_TRY(requiredString(root, QStringLiteral("report_id"), QStringLiteral("report_id")));
    FB_TRY(checkDate(root, QStringLiteral("timestamp"), QStringLiteral("timestamp"), true));
    QString reporterOrg;
    for (const QString& party : {QStringLiteral("reporter"), QStringLiteral("sender")}) {
        const QJsonValue value = root.value(party);
        if (!value.isObject())
            return invalid(AbuseReports::tr("The X-ARF report lacks the required field %1.").arg(party), party);
        const QJsonObject contact = value.toObject();
        FB_TRY_ASSIGN(auto org, requiredString(contact, QStringLiteral("org"), party + QStringLiteral(".org")));
        FB_TRY(requiredString(contact, QStringLiteral("contact"), party + QStringLiteral(".contact")));
        FB_TRY(checkEmail(contact, QStringLiteral("contact"), party + QStringLiteral(".contact")));
        FB_TRY(requiredString(contact, QStringLiteral("domain"), party + QStringLiteral(".domain")));
        if (reporterOrg.isEmpty())
            reporterOrg = org;
    }
    FB_TRY_ASSIGN(auto source,
                  requiredString(root, QStringLiteral("source_identifier"), QStringLiteral("source_identifier")));
    FB_TRY_ASSIGN(auto category, requiredString(root, QStringLiteral("category"), QStringLiteral("category")));
    FB_TRY_ASSIGN(auto type, requiredString(root, QStringLiteral("type"), QStringLiteral("type")));
    if (!AbuseReports::isKnownCategory(AbuseFormat::XarfJsonV4, category))
        return invalid(AbuseReports::tr("'%1' is not an X-ARF v4 category.").arg(category), QStringLiteral("category"));
    if (!AbuseReports::isKnownType(AbuseFormat::XarfJsonV4, category, type))
        return invalid(AbuseReports::tr("'%1' is not an X-ARF v4 type of category %2.").arg(type, category),
                       QStringLiteral("type"));
    FB_TRY(checkPort(root, QStringLiteral("source_port"), QStringLiteral("source_port")));
    FB_TRY(checkPort(root, QStringLiteral("destination_port"), QStringLiteral("destination_port")));
    FB_TRY(checkIp(root, QStringLiteral("destination_ip"), QStringLiteral("destination_ip")));

    AbuseReport result;
    result.format = AbuseFormat::XarfJsonV4;
    result.version = version;
    result.category = category;
    result.reportType = type;
    result.reporter = reporterOrg;
    if (isIp(source))
        result.sourceIp = source;
    else if (source.contains(QLatin1String("://")))
        result.reportedUris.append(source);
    else
        result.reportedDomain = source;
    if (root.value(QStringLiteral("url")).isString())
        result.reportedUris.append(root.value(QStringLiteral("url")).toString());
    result.arrivalDate = root.value(QStringLiteral("timestamp")).toString();
    result.fields = root;
    return result;
}

// The top-level mapping of a YAML document as text pairs; nested values are refused.
Result<QList<QPair<QString, QString>>> yamlMapping(const QByteArray& text)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return fail(ErrorCode::Internal, AbuseReports::tr("The YAML parser could not be started."));
    std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> guard(&parser, yaml_parser_delete);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.constData()),
                                 static_cast<size_t>(text.size()));
    QList<QPair<QString, QString>> pairs;
    int depth = 0;
    QString key;
    bool haveKey = false;
    while (true) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event))
            return invalid(AbuseReports::tr("The X-ARF report is not valid YAML (line %1: %2).")
                               .arg(parser.problem_mark.line + 1)
                               .arg(QString::fromUtf8(parser.problem ? parser.problem : "error")),
                           QStringLiteral("line %1").arg(parser.problem_mark.line + 1));
        std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> eventGuard(&event, yaml_event_delete);
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            return pairs;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            if (++depth > 1)
                return invalid(AbuseReports::tr("The X-ARF report must be a flat list of fields."), {});
            if (event.type == YAML_SEQUENCE_START_EVENT)
                return invalid(AbuseReports::tr("The X-ARF report must be a list of fields, not a sequence."), {});
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            --depth;
            break;
        case YAML_SCALAR_EVENT: {
            const QString value = QString::fromUtf8(reinterpret_cast<const char*>(event.data.scalar.value),
                                                    static_cast<qsizetype>(event.data.scalar.length));
            if (depth == 0)
                return invalid(AbuseReports::tr("The X-ARF report must be a list of fields."), {});
            if (!haveKey) {
                key = value;
                haveKey = true;
            } else {
                pairs.append({key, value});
                haveKey = false;
            }
            break;
        }
        case YAML_ALIAS_EVENT:
            return invalid(AbuseReports::tr("The X-ARF report uses YAML aliases, which are not accepted."), {});
        default:
            break;
        }
    }
}

} // namespace

Result<AbuseReport> AbuseReports::fromXarfJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            ErrorCode::BadInput,
            tr("The X-ARF report is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset),
            QStringLiteral("byte %1").arg(error.offset));
    if (!document.isObject())
        return fail(ErrorCode::BadInput, tr("The X-ARF report is not a JSON object."));
    const QJsonObject root = document.object();
    Result<AbuseReport> report = root.contains(QStringLiteral("xarf_version")) ? fromV4(root)
                                 : root.contains(QStringLiteral("Version"))
                                     ? fromV3(root)
                                     : Result<AbuseReport>(fail(ErrorCode::BadInput,
                                                                tr("The JSON is not an X-ARF report (no Version "
                                                                   "or xarf_version)."),
                                                                QStringLiteral("Version")));
    if (report)
        mapToRsit(*report);
    return report;
}

Result<AbuseReport> AbuseReports::fromXarfYaml(const QByteArray& yaml)
{
    FB_TRY_ASSIGN(auto pairs, yamlMapping(yaml));
    AbuseReport report;
    report.format = AbuseFormat::XarfYaml;
    QHash<QString, QString> byName;
    for (const auto& [name, value] : pairs) {
        byName.insert(name.toLower(), value);
        report.fields.insert(name, value);
    }
    for (const char* required : {"reported-from", "category", "report-type", "source", "source-type", "date"}) {
        if (byName.value(QLatin1String(required)).trimmed().isEmpty())
            return fail(ErrorCode::BadInput,
                        tr("The X-ARF report lacks the required field %1.").arg(QLatin1String(required)),
                        QLatin1String(required));
    }
    report.version = byName.value(QStringLiteral("version"));
    if (!report.version.isEmpty() && report.version != QLatin1String("0.1") && report.version != QLatin1String("0.2"))
        return fail(ErrorCode::BadInput, tr("The X-ARF version '%1' is not 0.1 or 0.2.").arg(report.version),
                    QStringLiteral("Version"));
    report.category = byName.value(QStringLiteral("category"));
    report.reportType = byName.value(QStringLiteral("report-type"));
    report.reporter = byName.value(QStringLiteral("reported-from"));
    report.userAgent = byName.value(QStringLiteral("user-agent"));
    report.arrivalDate = byName.value(QStringLiteral("date"));
    const QString source = byName.value(QStringLiteral("source")).trimmed();
    const QString sourceType = byName.value(QStringLiteral("source-type")).trimmed().toLower();
    if (sourceType == QLatin1String("ipv4") || sourceType == QLatin1String("ipv6") ||
        sourceType == QLatin1String("ip-address")) {
        if (!isIp(source))
            return fail(ErrorCode::BadInput, tr("The X-ARF field Source is not an IP address."),
                        QStringLiteral("Source"));
        report.sourceIp = source;
    } else if (sourceType == QLatin1String("uri") || sourceType == QLatin1String("url")) {
        report.reportedUris.append(source);
    } else {
        report.reportedDomain = source;
    }
    mapToRsit(report);
    return report;
}
} // namespace fb

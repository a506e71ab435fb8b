// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/AbuseReport.h"

#include "core/observables/Observable.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <yaml.h>

#include <algorithm>
#include <iterator>
#include <memory>

namespace fb {

namespace {

// One table for every report type a format defines, and the RSIT class and type it maps to. X-ARF v4 and v3
// pairs are the schemas' category/type enums (shared/conformance/mail/xarf; a test walks them, so a new type
// without a row fails); ARF types are IANA's Feedback Report Type Values plus "xarf", which only announces an
// X-ARF part. A row without RSIT is known but deliberately left unclassified. The parsers accept exactly the
// X-ARF pairs listed here.
struct TypeRow
{
    AbuseFormat format;
    const char* category; // empty for ARF
    const char* type;
    const char* rsitClass; // nullptr: no class
    const char* rsitType;
};

constexpr TypeRow kTypeRows[] = {
    // X-ARF v4 (xarf-v4-master.json)
    {AbuseFormat::XarfJsonV4, "messaging", "spam", "abusive-content", "spam"},
    {AbuseFormat::XarfJsonV4, "messaging", "bulk_messaging", "abusive-content", "spam"},
    {AbuseFormat::XarfJsonV4, "connection", "login_attack", "intrusion-attempts", "brute-force"},
    {AbuseFormat::XarfJsonV4, "connection", "port_scan", "information-gathering", "scanner"},
    {AbuseFormat::XarfJsonV4, "connection", "ddos", "availability", "ddos"},
    {AbuseFormat::XarfJsonV4, "connection", "infected_host", "malicious-code", "infected-system"},
    {AbuseFormat::XarfJsonV4, "connection", "reconnaissance", "information-gathering", "scanner"},
    {AbuseFormat::XarfJsonV4, "connection", "scraping", "information-gathering", "scanner"},
    {AbuseFormat::XarfJsonV4, "connection", "sql_injection", "intrusion-attempts", "exploit"},
    {AbuseFormat::XarfJsonV4, "connection", "vulnerability_scan", "information-gathering", "scanner"},
    {AbuseFormat::XarfJsonV4, "vulnerability", "cve", "vulnerable", "vulnerable-system"},
    {AbuseFormat::XarfJsonV4, "vulnerability", "open_service", "vulnerable", "potentially-unwanted-accessible"},
    // Security misconfiguration and hardening: RSIT's vulnerable-system names misconfiguration; RSIT's
    // availability/misconfiguration is about outages.
    {AbuseFormat::XarfJsonV4, "vulnerability", "misconfiguration", "vulnerable", "vulnerable-system"},
    // Reputation reports say what kind of threat in threat_type; refined from it when it names one (mapToRsit).
    {AbuseFormat::XarfJsonV4, "reputation", "blocklist", "other", "undetermined"},
    {AbuseFormat::XarfJsonV4, "reputation", "threat_intelligence", "other", "undetermined"},
    // The reported source of a v4 botnet report is an infected host talking to its C2 (c2_server is a field).
    {AbuseFormat::XarfJsonV4, "infrastructure", "botnet", "malicious-code", "infected-system"},
    {AbuseFormat::XarfJsonV4, "infrastructure", "compromised_server", "intrusions", "system-compromise"},
    {AbuseFormat::XarfJsonV4, "content", "phishing", "fraud", "phishing"},
    {AbuseFormat::XarfJsonV4, "content", "malware", "malicious-code", "malware-distribution"},
    {AbuseFormat::XarfJsonV4, "content", "csam", "abusive-content", "violence"},
    {AbuseFormat::XarfJsonV4, "content", "csem", "abusive-content", "violence"},
    {AbuseFormat::XarfJsonV4, "content", "exposed_data", "information-content-security", "data-leak"},
    {AbuseFormat::XarfJsonV4, "content", "brand_infringement", "fraud", "masquerade"},
    // Scam sites (fake shops, tech support, investment, government impersonation) pose as someone they are not.
    {AbuseFormat::XarfJsonV4, "content", "fraud", "fraud", "masquerade"},
    {AbuseFormat::XarfJsonV4, "content", "remote_compromise", "intrusions", "application-compromise"},
    // Look-alike registrations (typosquatting, homographs, brand keywords) made to impersonate.
    {AbuseFormat::XarfJsonV4, "content", "suspicious_registration", "fraud", "masquerade"},
    {AbuseFormat::XarfJsonV4, "copyright", "copyright", "fraud", "copyright"},
    {AbuseFormat::XarfJsonV4, "copyright", "p2p", "fraud", "copyright"},
    {AbuseFormat::XarfJsonV4, "copyright", "cyberlocker", "fraud", "copyright"},
    {AbuseFormat::XarfJsonV4, "copyright", "ugc_platform", "fraud", "copyright"},
    {AbuseFormat::XarfJsonV4, "copyright", "link_site", "fraud", "copyright"},
    {AbuseFormat::XarfJsonV4, "copyright", "usenet", "fraud", "copyright"},
    // X-ARF v3 (schemas/3/*.schema.json)
    {AbuseFormat::XarfJsonV3, "Activity", "DOS", "availability", "ddos"},
    {AbuseFormat::XarfJsonV3, "Activity", "Exploit", "intrusion-attempts", "exploit"},
    {AbuseFormat::XarfJsonV3, "Activity", "Harassment", "abusive-content", "harmful-speech"},
    {AbuseFormat::XarfJsonV3, "Activity", "LoginAttack", "intrusion-attempts", "brute-force"},
    {AbuseFormat::XarfJsonV3, "Activity", "PortScan", "information-gathering", "scanner"},
    // Leaked credentials seen in login attempts: the leak is what the victim is told about.
    {AbuseFormat::XarfJsonV3, "Activity", "PotentiallyCompromisedAccount", "information-content-security", "data-leak"},
    // Activity/Malware is the RPZ report: a host that looked up a malware domain, i.e. an infected one.
    {AbuseFormat::XarfJsonV3, "Activity", "Malware", "malicious-code", "infected-system"},
    {AbuseFormat::XarfJsonV3, "Activity", "Spam", "abusive-content", "spam"},
    {AbuseFormat::XarfJsonV3, "Activity", "WebCrawler", "information-gathering", "scanner"},
    {AbuseFormat::XarfJsonV3, "Content", "Botnet", "malicious-code", "c2-server"},
    {AbuseFormat::XarfJsonV3, "Content", "ChildAbuse", "abusive-content", "violence"},
    {AbuseFormat::XarfJsonV3, "Content", "Copyright", "fraud", "copyright"},
    {AbuseFormat::XarfJsonV3, "Content", "Malware", "malicious-code", "malware-distribution"},
    {AbuseFormat::XarfJsonV3, "Content", "Phishing", "fraud", "phishing"},
    {AbuseFormat::XarfJsonV3, "Content", "Trademark", "fraud", "masquerade"},
    {AbuseFormat::XarfJsonV3, "Vulnerability", "OpenService", "vulnerable", "potentially-unwanted-accessible"},
    // ARF Feedback-Type (RFC 5965, RFC 6591, RFC 6650)
    {AbuseFormat::Arf, "", "abuse", "abusive-content", "spam"},
    {AbuseFormat::Arf, "", "fraud", "fraud", "phishing"}, // "some kind of fraud or phishing activity"
    {AbuseFormat::Arf, "", "virus", "malicious-code", "malware-distribution"},
    {AbuseFormat::Arf, "", "auth-failure", "fraud", "masquerade"}, // mail failing SPF/DKIM for its sender domain
    {AbuseFormat::Arf, "", "other", "other", "other"},
    {AbuseFormat::Arf, "", "not-spam", nullptr, nullptr}, // a correction, not an incident
    {AbuseFormat::Arf, "", "xarf", nullptr, nullptr},     // the X-ARF JSON part that follows classifies
};

const TypeRow* typeRow(AbuseFormat format, const QString& category, const QString& type)
{
    for (const TypeRow& row : kTypeRows) {
        if (row.format != format)
            continue;
        // X-ARF names are case-sensitive in the schemas; ARF's are not (RFC 5965 3.1 uses lower case).
        const Qt::CaseSensitivity cs = format == AbuseFormat::Arf ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (category.compare(QLatin1String(row.category), cs) == 0 && type.compare(QLatin1String(row.type), cs) == 0)
            return &row;
    }
    return nullptr;
}

// Free-text words for kinds of abuse, as X-ARF 0.2 Report-Type and v4 threat_type use them. Keys are lower case
// with '-', '_' and spaces removed, so "LoginAttack", "login_attack" and "login-attack" meet.
std::optional<RsitClassification> rsitForWord(const QString& word)
{
    static const QHash<QString, std::pair<const char*, const char*>> map{
        {QStringLiteral("spam"), {"abusive-content", "spam"}},
        {QStringLiteral("spamvertized"), {"abusive-content", "spam"}},
        {QStringLiteral("abuse"), {"abusive-content", "spam"}},
        {QStringLiteral("phishing"), {"fraud", "phishing"}},
        {QStringLiteral("phishingwebsite"), {"fraud", "phishing"}},
        {QStringLiteral("fraud"), {"fraud", "phishing"}},
        {QStringLiteral("loginattack"), {"intrusion-attempts", "brute-force"}},
        {QStringLiteral("bruteforce"), {"intrusion-attempts", "brute-force"}},
        {QStringLiteral("malware"), {"malicious-code", "malware-distribution"}},
        {QStringLiteral("malwareattack"), {"malicious-code", "infected-system"}},
        {QStringLiteral("virus"), {"malicious-code", "malware-distribution"}},
        {QStringLiteral("infectedhost"), {"malicious-code", "infected-system"}},
        {QStringLiteral("bot"), {"malicious-code", "infected-system"}},
        {QStringLiteral("botnet"), {"malicious-code", "infected-system"}},
        {QStringLiteral("c2"), {"malicious-code", "c2-server"}},
        {QStringLiteral("c2server"), {"malicious-code", "c2-server"}},
        {QStringLiteral("ddos"), {"availability", "ddos"}},
        {QStringLiteral("dos"), {"availability", "dos"}},
        {QStringLiteral("portscan"), {"information-gathering", "scanner"}},
        {QStringLiteral("scan"), {"information-gathering", "scanner"}},
        {QStringLiteral("scanner"), {"information-gathering", "scanner"}},
        {QStringLiteral("exploit"), {"intrusion-attempts", "exploit"}},
        {QStringLiteral("sqlinjection"), {"intrusion-attempts", "exploit"}},
        {QStringLiteral("copyright"), {"fraud", "copyright"}},
        {QStringLiteral("harassment"), {"abusive-content", "harmful-speech"}},
        {QStringLiteral("openservice"), {"vulnerable", "potentially-unwanted-accessible"}},
        {QStringLiteral("compromisedserver"), {"intrusions", "system-compromise"}},
    };
    QString key = word.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    const auto it = map.constFind(key);
    if (it == map.constEnd())
        return std::nullopt;
    return RsitClassification{QLatin1String(it->first), QLatin1String(it->second)};
}

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

QString AbuseReport::formatKey(AbuseFormat format)
{
    switch (format) {
    case AbuseFormat::Arf:
        return QStringLiteral("arf");
    case AbuseFormat::XarfJsonV3:
        return QStringLiteral("xarf-json-v3");
    case AbuseFormat::XarfJsonV4:
        return QStringLiteral("xarf-json-v4");
    case AbuseFormat::XarfYaml:
        return QStringLiteral("xarf-yaml");
    }
    return QStringLiteral("arf");
}

QJsonObject AbuseReport::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), formatKey(format)}, {QStringLiteral("type"), reportType}};
    auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("category", category);
    put("version", version);
    put("user_agent", userAgent);
    put("source_ip", sourceIp);
    put("arrival_date", arrivalDate);
    put("reported_domain", reportedDomain);
    put("original_mail_from", originalMailFrom);
    put("reporter", reporter);
    put("rsit_class", rsitClass);
    put("rsit_type", rsitType);
    if (!reportedUris.isEmpty())
        o.insert(QStringLiteral("reported_uris"), QJsonArray::fromStringList(reportedUris));
    o.insert(QStringLiteral("fields"), fields);
    return o;
}

Result<AbuseReport> AbuseReports::fromArfFields(const QList<QPair<QString, QString>>& fields)
{
    AbuseReport report;
    report.format = AbuseFormat::Arf;
    for (const auto& [name, rawValue] : fields) {
        const QString lower = name.toLower();
        const QString value = rawValue.simplified();
        if (lower == QLatin1String("feedback-type"))
            report.reportType = value.toLower();
        else if (lower == QLatin1String("user-agent"))
            report.userAgent = value;
        else if (lower == QLatin1String("version"))
            report.version = value;
        else if (lower == QLatin1String("source-ip"))
            report.sourceIp = value;
        else if (lower == QLatin1String("arrival-date") || lower == QLatin1String("received-date"))
            report.arrivalDate = value;
        else if (lower == QLatin1String("reported-domain"))
            report.reportedDomain = value;
        else if (lower == QLatin1String("reported-uri"))
            report.reportedUris.append(value);
        else if (lower == QLatin1String("original-mail-from"))
            report.originalMailFrom = value;
        else if (lower == QLatin1String("reporting-mta"))
            report.reporter = value;
        // Repeated fields (Reported-URI, Original-Rcpt-To...) are kept as arrays.
        const QJsonValue existing = report.fields.value(name);
        if (existing.isUndefined())
            report.fields.insert(name, value);
        else if (existing.isArray()) {
            QJsonArray array = existing.toArray();
            array.append(value);
            report.fields.insert(name, array);
        } else
            report.fields.insert(name, QJsonArray{existing, value});
    }
    // RFC 5965 3.1: Feedback-Type, User-Agent and Version are required.
    if (report.reportType.isEmpty())
        return fail(ErrorCode::BadInput, tr("The ARF report lacks the required field Feedback-Type."),
                    QStringLiteral("Feedback-Type"));
    mapToRsit(report);
    return report;
}

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

bool AbuseReports::isKnownCategory(AbuseFormat format, const QString& category)
{
    return std::any_of(std::begin(kTypeRows), std::end(kTypeRows), [&](const TypeRow& row) {
        return row.format == format && category == QLatin1String(row.category);
    });
}

bool AbuseReports::isKnownType(AbuseFormat format, const QString& category, const QString& type)
{
    return typeRow(format, category, type) != nullptr;
}

QList<QPair<QString, QString>> AbuseReports::knownTypes(AbuseFormat format)
{
    QList<QPair<QString, QString>> out;
    for (const TypeRow& row : kTypeRows)
        if (row.format == format)
            out.append({QLatin1String(row.category), QLatin1String(row.type)});
    return out;
}

std::optional<RsitClassification> AbuseReports::rsitFor(AbuseFormat format, const QString& category,
                                                        const QString& type)
{
    if (format == AbuseFormat::XarfYaml)
        return rsitForWord(type);
    const TypeRow* row = typeRow(format, format == AbuseFormat::Arf ? QString() : category, type);
    if (!row || !row->rsitClass)
        return std::nullopt;
    return RsitClassification{QLatin1String(row->rsitClass), QLatin1String(row->rsitType)};
}

void AbuseReports::mapToRsit(AbuseReport& report)
{
    std::optional<RsitClassification> rsit = rsitFor(report.format, report.category, report.reportType);
    if (report.format == AbuseFormat::XarfJsonV4 && report.category == QLatin1String("reputation")) {
        // "threat_type" is free text; when it is a word we know, it says more than "reputation" does.
        if (auto refined = rsitForWord(report.fields.value(QStringLiteral("threat_type")).toString()))
            rsit = refined;
    }
    report.rsitClass = rsit ? rsit->rsitClass : QString();
    report.rsitType = rsit ? rsit->rsitType : QString();
}

} // namespace fb

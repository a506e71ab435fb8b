// SPDX-License-Identifier: GPL-3.0-or-later
// The type tables, the RSIT mapping and ARF; X-ARF is in AbuseReportXarf.cpp.
#include "core/mail/AbuseReport.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <iterator>

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

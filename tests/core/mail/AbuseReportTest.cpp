// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/AbuseReport.h"
#include "core/taxonomy/Rsit.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace fb;
using fb::test::conformancePath;
using fb::test::readAll;

namespace {
QStringList jsonFiles(const QString& dir)
{
    QStringList out;
    const QDir d(conformancePath(dir));
    for (const QString& name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out.append(d.filePath(name));
    return out;
}
// Every {category, type} pair a schema allows: X-ARF v4's master schema lists them as {"properties":
// {"category": {"const": C}, "type": {"enum": [...]}}}; v3's schemas as ReportClass and ReportType enums.
void collectPairs(const QJsonValue& value, const QString& categoryKey, const QString& typeKey,
                  QSet<QPair<QString, QString>>& out)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectPairs(item, categoryKey, typeKey, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
    const QJsonObject category = properties.value(categoryKey).toObject();
    const QJsonObject type = properties.value(typeKey).toObject();
    QStringList categories;
    if (category.contains(QStringLiteral("const")))
        categories.append(category.value(QStringLiteral("const")).toString());
    for (const QJsonValue& c : category.value(QStringLiteral("enum")).toArray())
        categories.append(c.toString());
    QStringList types;
    if (type.contains(QStringLiteral("const")))
        types.append(type.value(QStringLiteral("const")).toString());
    for (const QJsonValue& t : type.value(QStringLiteral("enum")).toArray())
        types.append(t.toString());
    if (categories.size() == 1)
        for (const QString& t : types)
            out.insert({categories.first(), t});
    for (auto it = object.begin(); it != object.end(); ++it)
        collectPairs(it.value(), categoryKey, typeKey, out);
}

QJsonValue schema(const QString& path)
{
    const QJsonDocument document = QJsonDocument::fromJson(readAll(conformancePath(path)));
    REQUIRE(document.isObject());
    return document.object();
}

// Each pair of the schema is known and maps to a valid RSIT class and type, but those listed as deliberately
// unclassified; the table holds nothing else.
void checkMapped(AbuseFormat format, const QSet<QPair<QString, QString>>& pairs,
                 const QSet<QPair<QString, QString>>& unclassified = {})
{
    for (const auto& [category, type] : pairs + unclassified) {
        INFO(AbuseReport::formatKey(format).toStdString()
             << " " << category.toStdString() << "/" << type.toStdString());
        CHECK(AbuseReports::isKnownCategory(format, category));
        CHECK(AbuseReports::isKnownType(format, category, type));
        const auto rsit = AbuseReports::rsitFor(format, category, type);
        if (unclassified.contains({category, type})) {
            CHECK_FALSE(rsit);
            continue;
        }
        REQUIRE(rsit);
        CHECK(Rsit::builtin().isValid(rsit->rsitClass, rsit->rsitType));
    }
    for (const auto& pair : AbuseReports::knownTypes(format)) {
        INFO(pair.first.toStdString() << "/" << pair.second.toStdString());
        CHECK((pairs.contains(pair) || unclassified.contains(pair)));
    }
}

} // namespace

TEST_CASE("Every X-ARF v4 category and type of the schema maps to RSIT", "[mail][xarf][rsit]")
{
    QSet<QPair<QString, QString>> pairs;
    collectPairs(schema(QStringLiteral("mail/xarf/v4/schemas/v4/xarf-v4-master.json")), QStringLiteral("category"),
                 QStringLiteral("type"), pairs);
    REQUIRE(pairs.size() == 32);
    checkMapped(AbuseFormat::XarfJsonV4, pairs);
    // The per-type schemas agree with the master schema.
    const QDir types(conformancePath(QStringLiteral("mail/xarf/v4/schemas/v4/types")));
    for (const QString& name : types.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QSet<QPair<QString, QString>> one;
        collectPairs(schema(QStringLiteral("mail/xarf/v4/schemas/v4/types/") + name), QStringLiteral("category"),
                     QStringLiteral("type"), one);
        for (const auto& pair : one)
            CHECK(pairs.contains(pair));
    }
}

TEST_CASE("Every X-ARF v3 report class and type of the schemas maps to RSIT", "[mail][xarf][rsit]")
{
    QSet<QPair<QString, QString>> pairs;
    const QDir dir(conformancePath(QStringLiteral("mail/xarf/v3/schemas/3")));
    for (const QString& name : dir.entryList({QStringLiteral("*.schema.json")}, QDir::Files))
        collectPairs(schema(QStringLiteral("mail/xarf/v3/schemas/3/") + name), QStringLiteral("ReportClass"),
                     QStringLiteral("ReportType"), pairs);
    REQUIRE(pairs.size() == 16);
    checkMapped(AbuseFormat::XarfJsonV3, pairs);
}

TEST_CASE("Every ARF feedback type maps to RSIT, except the ones that report no incident", "[mail][arf][rsit]")
{
    // IANA "Feedback Report Type Values" (RFC 5965, 6591, 6650), and "xarf", which announces an X-ARF part.
    QSet<QPair<QString, QString>> pairs;
    for (const char* type : {"abuse", "auth-failure", "fraud", "other", "virus"})
        pairs.insert({QString(), QString::fromLatin1(type)});
    checkMapped(AbuseFormat::Arf, pairs,
                {{QString(), QStringLiteral("not-spam")}, {QString(), QStringLiteral("xarf")}});
}

TEST_CASE("RSIT classification, case by case", "[mail][xarf][arf][rsit]")
{
    auto [format, category, type, expected] = GENERATE(table<AbuseFormat, const char*, const char*, const char*>({
        {AbuseFormat::XarfJsonV4, "connection", "login_attack", "intrusion-attempts/brute-force"},
        {AbuseFormat::XarfJsonV4, "connection", "scraping", "information-gathering/scanner"},
        {AbuseFormat::XarfJsonV4, "content", "exposed_data", "information-content-security/data-leak"},
        {AbuseFormat::XarfJsonV4, "content", "remote_compromise", "intrusions/application-compromise"},
        {AbuseFormat::XarfJsonV4, "copyright", "p2p", "fraud/copyright"},
        {AbuseFormat::XarfJsonV4, "vulnerability", "misconfiguration", "vulnerable/vulnerable-system"},
        {AbuseFormat::XarfJsonV4, "reputation", "blocklist", "other/undetermined"},
        {AbuseFormat::XarfJsonV3, "Activity", "Malware", "malicious-code/infected-system"},
        {AbuseFormat::XarfJsonV3, "Content", "Malware", "malicious-code/malware-distribution"},
        {AbuseFormat::XarfJsonV3, "Content", "Trademark", "fraud/masquerade"},
        {AbuseFormat::Arf, "", "Abuse", "abusive-content/spam"},
        {AbuseFormat::Arf, "", "auth-failure", "fraud/masquerade"},
        {AbuseFormat::XarfYaml, "abuse", "login-attack", "intrusion-attempts/brute-force"},
        {AbuseFormat::XarfYaml, "fraud", "phishing-website", "fraud/phishing"},
        // Unknown, wrong case for X-ARF, a type of another category, or deliberately unclassified.
        {AbuseFormat::XarfJsonV4, "connection", "Login_Attack", ""},
        {AbuseFormat::XarfJsonV4, "messaging", "login_attack", ""},
        {AbuseFormat::XarfJsonV3, "Activity", "Phishing", ""},
        {AbuseFormat::Arf, "", "not-spam", ""},
        {AbuseFormat::Arf, "", "xarf", ""},
        {AbuseFormat::Arf, "", "made-up", ""},
        {AbuseFormat::XarfYaml, "info", "something-else", ""},
    }));
    INFO(category << " " << type);
    const auto rsit = AbuseReports::rsitFor(format, QString::fromLatin1(category), QString::fromLatin1(type));
    CHECK((rsit ? rsit->rsitClass + u'/' + rsit->rsitType : QString()) == QString::fromLatin1(expected));
}

TEST_CASE("X-ARF v4 reputation reports are refined by their threat type", "[mail][xarf][rsit]")
{
    QJsonObject report =
        QJsonDocument::fromJson(
            readAll(conformancePath(QStringLiteral("mail/xarf/v4/samples/v4/connection-login-attack.json"))))
            .object();
    report.insert(QStringLiteral("category"), QStringLiteral("reputation"));
    report.insert(QStringLiteral("type"), QStringLiteral("blocklist"));
    report.insert(QStringLiteral("threat_type"), QStringLiteral("botnet"));
    auto refined = AbuseReports::fromXarfJson(QJsonDocument(report).toJson());
    REQUIRE(refined);
    CHECK(refined->rsitClass == QLatin1String("malicious-code"));
    CHECK(refined->rsitType == QLatin1String("infected-system"));
    report.insert(QStringLiteral("threat_type"), QStringLiteral("something new"));
    auto plain = AbuseReports::fromXarfJson(QJsonDocument(report).toJson());
    REQUIRE(plain);
    CHECK(plain->rsitClass == QLatin1String("other"));
    CHECK(plain->rsitType == QLatin1String("undetermined"));
}

TEST_CASE("Official X-ARF v4 samples are accepted and mapped to RSIT", "[mail][xarf]")
{
    const QStringList files = jsonFiles(QStringLiteral("mail/xarf/v4/samples/v4"));
    REQUIRE(files.size() == 8);
    QHash<QString, QString> expected{
        {QStringLiteral("connection-ddos"), QStringLiteral("availability/ddos")},
        {QStringLiteral("connection-login-attack"), QStringLiteral("intrusion-attempts/brute-force")},
        {QStringLiteral("connection-port-scan"), QStringLiteral("information-gathering/scanner")},
        {QStringLiteral("content-malware"), QStringLiteral("malicious-code/malware-distribution")},
        {QStringLiteral("content-phishing"), QStringLiteral("fraud/phishing")},
        {QStringLiteral("messaging-spam"), QStringLiteral("abusive-content/spam")},
        {QStringLiteral("infrastructure-botnet"), QStringLiteral("malicious-code/infected-system")},
        {QStringLiteral("vulnerability-open-service"), QStringLiteral("vulnerable/potentially-unwanted-accessible")}};
    for (const QString& file : files) {
        INFO(file.toStdString());
        auto report = AbuseReports::fromXarfJson(readAll(file));
        if (!report)
            FAIL(report.error().toString().toStdString());
        CHECK(report->format == AbuseFormat::XarfJsonV4);
        CHECK_FALSE(report->sourceIp.isEmpty());
        const QString name = QFileInfo(file).completeBaseName();
        CHECK(report->rsitClass + QLatin1Char('/') + report->rsitType == expected.value(name));
    }
}

TEST_CASE("Official X-ARF v3 positive samples are accepted", "[mail][xarf]")
{
    const QStringList files = jsonFiles(QStringLiteral("mail/xarf/v3/samples/positive/3"));
    REQUIRE(files.size() == 6);
    for (const QString& file : files) {
        INFO(file.toStdString());
        auto report = AbuseReports::fromXarfJson(readAll(file));
        REQUIRE(report);
        CHECK(report->format == AbuseFormat::XarfJsonV3);
        CHECK(report->sourceIp == QLatin1String("192.0.2.55"));
        CHECK_FALSE(report->rsitClass.isEmpty());
    }
    auto login = AbuseReports::fromXarfJson(
        readAll(conformancePath(QStringLiteral("mail/xarf/v3/samples/positive/3/loginattack_sample.json"))));
    REQUIRE(login);
    CHECK(login->rsitClass == QLatin1String("intrusion-attempts"));
    CHECK(login->rsitType == QLatin1String("brute-force"));
}

TEST_CASE("Official X-ARF v3 negative samples are refused with the field named", "[mail][xarf]")
{
    const QHash<QString, QString> field{
        {QStringLiteral("invalid_date"), QStringLiteral("Report.Date")},
        {QStringLiteral("invalid_emails"), QStringLiteral("Report.SmtpMailFromAddress")},
        {QStringLiteral("invalid_ip"), QStringLiteral("Report.SourceIp")},
        {QStringLiteral("invalid_missing_reporter"), QStringLiteral("ReporterInfo")},
        {QStringLiteral("invalid_report_class_report_type"), QStringLiteral("Report.ReportClass")},
        {QStringLiteral("invalid_type"), QStringLiteral("Report.ReportClass")}};
    const QStringList files = jsonFiles(QStringLiteral("mail/xarf/v3/samples/negative/3"));
    REQUIRE(files.size() == 6);
    for (const QString& file : files) {
        INFO(file.toStdString());
        auto report = AbuseReports::fromXarfJson(readAll(file));
        REQUIRE_FALSE(report);
        CHECK(report.error().code == ErrorCode::BadInput);
        CHECK(report.error().where == field.value(QFileInfo(file).completeBaseName()));
        CHECK_FALSE(report.error().message.isEmpty());
    }
}

TEST_CASE("Broken X-ARF JSON is refused", "[mail][xarf]")
{
    CHECK_FALSE(AbuseReports::fromXarfJson("{\"xarf_version\": "));
    CHECK_FALSE(AbuseReports::fromXarfJson("[1, 2]"));
    CHECK_FALSE(AbuseReports::fromXarfJson("{\"hello\": 1}"));
}

TEST_CASE("X-ARF 0.2 YAML reports are read and validated", "[mail][xarf]")
{
    const QByteArray good = "---\nReported-From: abuse@reporter.example\nCategory: abuse\nReport-Type: login-attack\n"
                            "Service: ssh\nVersion: 0.2\nUser-Agent: fail2ban\nDate: Tue, 01 Feb 2011 12:00:00 +0100\n"
                            "Source: 198.51.100.23\nSource-Type: ipv4\nPort: 22\n";
    auto report = AbuseReports::fromXarfYaml(good);
    REQUIRE(report);
    CHECK(report->format == AbuseFormat::XarfYaml);
    CHECK(report->sourceIp == QLatin1String("198.51.100.23"));
    CHECK(report->rsitClass == QLatin1String("intrusion-attempts"));
    CHECK(report->rsitType == QLatin1String("brute-force"));

    QByteArray noSource = good;
    noSource.replace("Source: 198.51.100.23\n", "");
    auto missing = AbuseReports::fromXarfYaml(noSource);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().where == QLatin1String("source"));

    QByteArray badIp = good;
    badIp.replace("198.51.100.23", "not-an-ip");
    CHECK_FALSE(AbuseReports::fromXarfYaml(badIp));
    CHECK_FALSE(AbuseReports::fromXarfYaml("key: [unclosed"));
    CHECK_FALSE(AbuseReports::fromXarfYaml("- a\n- b\n"));
    CHECK_FALSE(AbuseReports::fromXarfYaml("a: &x 1\nb: *x\n"));
}

TEST_CASE("ARF fields are read and mapped", "[mail][arf]")
{
    auto report = AbuseReports::fromArfFields({{QStringLiteral("Feedback-Type"), QStringLiteral("fraud")},
                                               {QStringLiteral("User-Agent"), QStringLiteral("X/1")},
                                               {QStringLiteral("Version"), QStringLiteral("1")},
                                               {QStringLiteral("Reported-URI"), QStringLiteral("http://a.example/")},
                                               {QStringLiteral("Reported-URI"), QStringLiteral("http://b.example/")}});
    REQUIRE(report);
    CHECK(report->rsitClass == QLatin1String("fraud"));
    CHECK(report->reportedUris.size() == 2);
    CHECK(report->fields.value(QStringLiteral("Reported-URI")).isArray());
    CHECK_FALSE(AbuseReports::fromArfFields({{QStringLiteral("Version"), QStringLiteral("1")}}));
}

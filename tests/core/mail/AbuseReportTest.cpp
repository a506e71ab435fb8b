// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/AbuseReport.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>

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
} // namespace

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
        {QStringLiteral("infrastructure-botnet"), QStringLiteral("malicious-code/c2-server")},
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

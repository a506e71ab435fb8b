// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryLint.h"
#include "tests/core/advisory/AdvisoryFixture.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

QStringList errorFields(const Advisory& a)
{
    QStringList out;
    for (const auto& f : AdvisoryLint::check(a)) {
        if (f.severity == LintFinding::Severity::Error)
            out.append(f.field);
    }
    return out;
}

} // namespace

TEST_CASE("AdvisoryLint: a complete advisory has no errors")
{
    const auto findings = AdvisoryLint::check(test::sampleAdvisory());
    CHECK_FALSE(AdvisoryLint::hasErrors(findings));
    CHECK(findings.isEmpty());
}

TEST_CASE("AdvisoryLint: errors name the field at fault and warnings do not block")
{
    Advisory a = test::sampleAdvisory();
    a.title.clear();
    a.summary = QStringLiteral("  ");
    a.products.clear();
    a.vulnerabilities[0].cvssVector.clear();
    a.vulnerabilities[1].cwe = QStringLiteral("CWE-x");
    a.references[1].url = QStringLiteral("www.example.com/no-scheme");
    a.references.append({QStringLiteral("javascript:alert(1)"), {}});
    const QStringList fields = errorFields(a);
    CHECK(fields.contains(QStringLiteral("title")));
    CHECK(fields.contains(QStringLiteral("summary")));
    CHECK(fields.contains(QStringLiteral("products")));
    CHECK(fields.contains(QStringLiteral("vulnerabilities[0].cvss_vector"))); // CVE without CVSS
    CHECK(fields.contains(QStringLiteral("vulnerabilities[1].cwe")));
    CHECK(fields.contains(QStringLiteral("references[1].url")));
    CHECK(fields.contains(QStringLiteral("references[2].url")));

    Advisory warn = test::sampleAdvisory();
    warn.solution.clear();
    warn.workarounds.clear();
    warn.references.clear();
    const auto findings = AdvisoryLint::check(warn);
    CHECK_FALSE(AdvisoryLint::hasErrors(findings));
    CHECK(findings.size() == 2);
}

TEST_CASE("AdvisoryLint: the CSAF document must pass the mandatory tests")
{
    Advisory a = test::sampleAdvisory();
    a.vulnerabilities[1].cve = a.vulnerabilities[0].cve; // 6.1.23: one CVE, two vulnerabilities
    const QStringList fields = errorFields(a);
    CHECK(fields.contains(QStringLiteral("csaf:/vulnerabilities/1/cve")));
    bool named = false;
    for (const auto& f : AdvisoryLint::check(a))
        named = named || f.message.contains(QStringLiteral("6.1.23"));
    CHECK(named);
}

TEST_CASE("AdvisoryLint: URL and CWE shapes")
{
    CHECK(AdvisoryLint::isWebUrl(QStringLiteral("https://example.com/a?b=c")));
    CHECK(AdvisoryLint::isWebUrl(QStringLiteral("http://192.0.2.1/")));
    CHECK_FALSE(AdvisoryLint::isWebUrl(QStringLiteral("ftp://example.com/")));
    CHECK_FALSE(AdvisoryLint::isWebUrl(QStringLiteral("https:///path")));
    CHECK_FALSE(AdvisoryLint::isWebUrl(QStringLiteral("https://exa mple.com/")));
    CHECK(AdvisoryLint::isCwe(QStringLiteral("CWE-79")));
    CHECK_FALSE(AdvisoryLint::isCwe(QStringLiteral("CWE-079")));
    CHECK_FALSE(AdvisoryLint::isCwe(QStringLiteral("cwe-79")));
}

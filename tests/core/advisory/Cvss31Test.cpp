// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/Cvss31.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace fb;

namespace {

QList<QStringList> readTsv(const QString& relative)
{
    QFile file(test::conformancePath(relative));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

QString where(const QString& vector)
{
    auto parsed = Cvss31::parse(vector);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::BadInput);
    CHECK_FALSE(parsed.error().message.isEmpty());
    return parsed.error().where;
}

} // namespace

TEST_CASE("Cvss31: every base vector of the conformance set gives the published score and severity")
{
    const auto rows = readTsv(QStringLiteral("cvss/cvss31_base_vectors.tsv"));
    REQUIRE(rows.size() == 2592);
    int matched = 0;
    for (const auto& row : rows) {
        REQUIRE(row.size() == 3);
        auto cvss = Cvss31::parse(row[0]);
        INFO(row[0].toStdString());
        REQUIRE(cvss);
        CHECK(Cvss31::formatTenths(cvss->baseTenths()) == row[1]);
        CHECK(Cvss31::severityName(Cvss31::severity(cvss->baseTenths())) == row[2]);
        CHECK(cvss->vector() == row[0]); // already canonical
        if (Cvss31::formatTenths(cvss->baseTenths()) == row[1])
            ++matched;
    }
    CHECK(matched == 2592);
}

TEST_CASE("Cvss31: every full vector gives the published base temporal and environmental scores")
{
    const auto rows = readTsv(QStringLiteral("cvss/cvss31_full_vectors.tsv"));
    REQUIRE(rows.size() == 500);
    for (const auto& row : rows) {
        REQUIRE(row.size() == 7);
        INFO(row[0].toStdString());
        auto cvss = Cvss31::parse(row[0]);
        REQUIRE(cvss);
        CHECK(Cvss31::formatTenths(cvss->baseTenths()) == row[1]);
        CHECK(Cvss31::severityName(Cvss31::severity(cvss->baseTenths())) == row[2]);
        CHECK(Cvss31::formatTenths(cvss->temporalTenths()) == row[3]);
        CHECK(Cvss31::severityName(Cvss31::severity(cvss->temporalTenths())) == row[4]);
        CHECK(Cvss31::formatTenths(cvss->environmentalTenths()) == row[5]);
        CHECK(Cvss31::severityName(Cvss31::severity(cvss->environmentalTenths())) == row[6]);
        // The canonical form drops explicit X and parses to the same metrics and scores.
        auto again = Cvss31::parse(cvss->vector());
        REQUIRE(again);
        CHECK(*again == *cvss);
        CHECK_FALSE(cvss->vector().contains(QStringLiteral(":X")));
    }
}

TEST_CASE("Cvss31: metric order is free when parsing and canonical when written")
{
    auto cvss = Cvss31::parse(QStringLiteral("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N/RC:C/E:P"));
    REQUIRE(cvss);
    CHECK(cvss->vector() == QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RC:C"));
    CHECK(cvss->baseScore() == 9.8);
    CHECK(Cvss31::formatTenths(cvss->temporalTenths()) == QStringLiteral("9.3")); // Roundup(9.8 * 0.94 = 9.212)
    CHECK(cvss->hasTemporal());
    CHECK_FALSE(cvss->hasEnvironmental());
    CHECK(cvss->value(QStringLiteral("E")) == QStringLiteral("P"));
    CHECK(cvss->value(QStringLiteral("MAV")) == QStringLiteral("X"));
}

TEST_CASE("Cvss31: Roundup is the integer-based one of the specification")
{
    CHECK(Cvss31::roundUpTenths(4.0) == 40);
    CHECK(Cvss31::roundUpTenths(4.02) == 41);
    CHECK(Cvss31::roundUpTenths(4.000001) == 40); // floating-point noise does not round up
    CHECK(Cvss31::roundUpTenths(0.0) == 0);
    CHECK(Cvss31::formatTenths(0) == QStringLiteral("0.0"));
    CHECK(Cvss31::formatTenths(100) == QStringLiteral("10.0"));
}

TEST_CASE("Cvss31: severity bands")
{
    CHECK(Cvss31::severity(0) == CvssSeverity::None);
    CHECK(Cvss31::severity(1) == CvssSeverity::Low);
    CHECK(Cvss31::severity(39) == CvssSeverity::Low);
    CHECK(Cvss31::severity(40) == CvssSeverity::Medium);
    CHECK(Cvss31::severity(69) == CvssSeverity::Medium);
    CHECK(Cvss31::severity(70) == CvssSeverity::High);
    CHECK(Cvss31::severity(89) == CvssSeverity::High);
    CHECK(Cvss31::severity(90) == CvssSeverity::Critical);
    CHECK(Cvss31::severityKey(CvssSeverity::Critical) == QStringLiteral("CRITICAL"));
}

TEST_CASE("Cvss31: malformed vectors are refused with the metric at fault")
{
    const QString good = QStringLiteral("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    SECTION("wrong or missing prefix")
    {
        CHECK(where(QStringLiteral("CVSS:3.2/") + good) == QStringLiteral("CVSS"));
        CHECK(where(good) == QStringLiteral("CVSS"));
        CHECK(where(QStringLiteral("cvss:3.1/") + good) == QStringLiteral("CVSS"));
        CHECK(where(QStringLiteral("CVSS:3.1")) == QStringLiteral("CVSS"));
        CHECK(where(QStringLiteral("CVSS:3.1/")) == QStringLiteral("vector"));
        CHECK(where(QString()) == QStringLiteral("CVSS"));
    }
    SECTION("missing base metric")
    {
        CHECK(where(QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H")) == QStringLiteral("A"));
        CHECK(where(QStringLiteral("CVSS:3.1/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")) == QStringLiteral("AV"));
        CHECK(where(QStringLiteral("CVSS:3.1/AV:N/AC:L/UI:N/S:U/C:H/I:H/A:H/E:P")) == QStringLiteral("PR"));
    }
    SECTION("duplicated metric")
    {
        CHECK(where(QStringLiteral("CVSS:3.1/") + good + QStringLiteral("/AV:L")) == QStringLiteral("AV"));
        CHECK(where(QStringLiteral("CVSS:3.1/") + good + QStringLiteral("/E:P/E:P")) == QStringLiteral("E"));
    }
    SECTION("unknown metric or value")
    {
        CHECK(where(QStringLiteral("CVSS:3.1/") + good + QStringLiteral("/ZZ:N")) == QStringLiteral("ZZ"));
        CHECK(where(QStringLiteral("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")) == QStringLiteral("AV"));
        CHECK(where(QStringLiteral("CVSS:3.1/AV:N/AC:M/PR:N/UI:N/S:U/C:H/I:H/A:H")) == QStringLiteral("AC"));
        CHECK(where(QStringLiteral("CVSS:3.1/") + good + QStringLiteral("/E:Q")) == QStringLiteral("E"));
        CHECK(where(QStringLiteral("CVSS:3.1/") + good + QStringLiteral("/MAV:NN")) == QStringLiteral("MAV"));
        CHECK(where(QStringLiteral("CVSS:3.1/") + good + QStringLiteral("/CR:")) == QStringLiteral("CR"));
        CHECK(where(QStringLiteral("CVSS:3.1/") + good + QStringLiteral("/RL")) == QStringLiteral("RL"));
    }
    SECTION("lower case")
    {
        CHECK(where(QStringLiteral("CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")) == QStringLiteral("av"));
        CHECK(where(QStringLiteral("CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")) == QStringLiteral("AV"));
    }
    SECTION("trailing or doubled slash")
    {
        CHECK(where(QStringLiteral("CVSS:3.1/") + good + QStringLiteral("/")) == QStringLiteral("vector"));
        CHECK(where(QStringLiteral("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")) == QStringLiteral("vector"));
    }
    SECTION("spaces")
    {
        CHECK_FALSE(Cvss31::parse(QStringLiteral(" CVSS:3.1/") + good));
        CHECK_FALSE(Cvss31::parse(QStringLiteral("CVSS:3.1/") + good + QStringLiteral(" ")));
    }
}

TEST_CASE("Cvss31: CVSS 3.0 vectors are read for their base score only and only when asked")
{
    const QString v30 = QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
    CHECK(where(v30) == QStringLiteral("CVSS"));
    auto cvss = Cvss31::parse(v30, Cvss31::Accept::V31AndV30Base);
    REQUIRE(cvss);
    CHECK(cvss->version() == QStringLiteral("3.0"));
    CHECK(cvss->baseTenths() == 100);
    CHECK(cvss->vector() == v30);
    auto temporal = Cvss31::parse(v30 + QStringLiteral("/E:P"), Cvss31::Accept::V31AndV30Base);
    REQUIRE_FALSE(temporal);
    CHECK(temporal.error().where == QStringLiteral("E"));
    // Explicit "not defined" changes no score, so it is harmless in 3.0 too.
    CHECK(Cvss31::parse(v30 + QStringLiteral("/MAV:X"), Cvss31::Accept::V31AndV30Base));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/CsafReader.h"
#include "core/advisory/CsafWriter.h"
#include "core/advisory/CvssJson.h"
#include "tests/core/advisory/AdvisoryFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace fb;

namespace {

const QDateTime kGenerated(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);

// Runs the official CSAF 2.0 schema through python3-jsonschema; true per file that validates.
QMap<QString, bool> schemaValid(const QStringList& files)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{test::sourcePath(QStringLiteral("tests/tools/csaf_validate.py")),
                             test::conformancePath(QStringLiteral("csaf"))} +
                     files);
    REQUIRE(python.waitForFinished(120000));
    const QString err = QString::fromUtf8(python.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(python.exitCode() == 0);
    QMap<QString, bool> out;
    for (const QString& line : QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            continue;
        if (!line.mid(tab + 1).startsWith(QStringLiteral("valid")))
            WARN(line.toStdString());
        out.insert(line.left(tab), line.mid(tab + 1) == QStringLiteral("valid"));
    }
    REQUIRE(out.size() == files.size());
    return out;
}

QStringList examples()
{
    QStringList out;
    const QDir dir(test::conformancePath(QStringLiteral("csaf/examples")));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    REQUIRE(out.size() == 5);
    return out;
}

Advisory otherSample()
{
    Advisory a;
    a.identifier = QStringLiteral("CERT-XX/2026:0042 (draft)");
    a.title = QStringLiteral("Default credentials in Acme routers");
    a.tlp = TlpLevel::AmberStrict;
    a.status = AdvisoryStatus::Draft;
    a.version = QStringLiteral("0");
    a.summary = QStringLiteral("Routers ship with a shared admin password.");
    a.products = {
        {QStringLiteral("Acme"), QStringLiteral("R100"), QStringLiteral("1.0"), false, ProductStatus::KnownAffected},
        {QStringLiteral("Acme"), QStringLiteral("R200"), QStringLiteral("2.1"), false,
         ProductStatus::KnownNotAffected}};
    a.vulnerabilities = {{QString(), QStringLiteral("CWE-1392"), QString(),
                          QStringLiteral("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/CR:H/MAV:N"), QString()}};
    return a;
}

void compareModelled(const Advisory& a, const Advisory& b)
{
    CHECK(b.identifier == a.identifier);
    CHECK(b.title == a.title);
    CHECK(b.tlp == a.tlp);
    CHECK(b.status == a.status);
    CHECK(b.version == a.version);
    CHECK(b.revisions == a.revisions);
    CHECK(b.initialReleaseDate == a.initialReleaseDate);
    CHECK(b.currentReleaseDate == a.currentReleaseDate);
    CHECK(b.vulnerabilities == a.vulnerabilities);
    auto sorted = [](QList<AffectedProduct> list) {
        std::sort(list.begin(), list.end(), [](const AffectedProduct& x, const AffectedProduct& y) {
            return std::tie(x.vendor, x.product, x.version) < std::tie(y.vendor, y.product, y.version);
        });
        return list;
    };
    CHECK(sorted(b.products) == sorted(a.products));
    CHECK(b.summary == a.summary);
    CHECK(b.description == a.description);
    CHECK(b.impact == a.impact);
    CHECK(b.solution == a.solution);
    CHECK(b.workarounds == a.workarounds);
    CHECK(b.references == a.references);
    CHECK(b.acknowledgments == a.acknowledgments);
}

} // namespace

TEST_CASE("CsafWriter: file name by the CSAF rule")
{
    CHECK(CsafWriter::fileName(QStringLiteral("FIREBREAK-2026-0001")) == QStringLiteral("firebreak-2026-0001.json"));
    CHECK(CsafWriter::fileName(QStringLiteral("RHSA-2019:1862")) == QStringLiteral("rhsa-2019_1862.json"));
    CHECK(CsafWriter::fileName(QStringLiteral("CERT-XX/2026:0042 (draft)")) ==
          QStringLiteral("cert-xx_2026_0042_draft_.json"));
    CHECK(CsafWriter::fileName(QStringLiteral("a+b__Ä")) == QStringLiteral("a+b_.json"));
}

TEST_CASE("CsafWriter: TLP 2.0 labels map to CSAF 2.0 labels")
{
    CHECK(CsafWriter::tlpLabel(TlpLevel::Clear) == QStringLiteral("WHITE"));
    CHECK(CsafWriter::tlpLabel(TlpLevel::Green) == QStringLiteral("GREEN"));
    CHECK(CsafWriter::tlpLabel(TlpLevel::Amber) == QStringLiteral("AMBER"));
    CHECK(CsafWriter::tlpLabel(TlpLevel::AmberStrict) == QStringLiteral("AMBER"));
    CHECK(CsafWriter::tlpLabel(TlpLevel::Red) == QStringLiteral("RED"));
    for (TlpLevel level : Tlp::all()) {
        Advisory a = test::sampleAdvisory();
        a.tlp = level;
        const QJsonObject doc = CsafWriter::toJson(a, {}, kGenerated);
        const QJsonObject distribution = doc[QStringLiteral("document")][QStringLiteral("distribution")].toObject();
        CHECK(CsafReader::tlpFromDistribution(distribution) == level);
        if (level == TlpLevel::AmberStrict)
            CHECK(distribution[QStringLiteral("text")].toString().contains(QStringLiteral("TLP:AMBER+STRICT")));
    }
}

TEST_CASE("CsafWriter: exported advisories validate against the official CSAF 2.0 schema")
{
    test::TempDir dir;
    QList<Advisory> advisories{test::sampleAdvisory(), otherSample()};
    Advisory minimal;
    minimal.identifier = QStringLiteral("FIREBREAK-2026-0003");
    minimal.title = QStringLiteral("Minimal");
    advisories.append(minimal);
    Advisory noVulnerability = test::sampleAdvisory();
    noVulnerability.vulnerabilities.clear();
    noVulnerability.tlp = TlpLevel::Clear;
    noVulnerability.identifier = QStringLiteral("FIREBREAK-2026-0004");
    advisories.append(noVulnerability);
    QStringList files;
    for (const auto& a : advisories) {
        const QString path = dir.file(CsafWriter::fileName(a.identifier));
        test::writeAll(path, CsafWriter::write(a, {}, kGenerated));
        files.append(path);
    }
    const auto valid = schemaValid(files);
    for (const QString& f : files) {
        INFO(f.toStdString());
        CHECK(valid.value(f));
    }
}

TEST_CASE("CsafWriter: scores carry the computed CVSS object")
{
    const QJsonObject doc = CsafWriter::toJson(test::sampleAdvisory(), {}, kGenerated);
    const QJsonObject v3 =
        doc[QStringLiteral("vulnerabilities")][0][QStringLiteral("scores")][0][QStringLiteral("cvss_v3")].toObject();
    CHECK(v3[QStringLiteral("baseScore")].toDouble() == 9.8);
    CHECK(v3[QStringLiteral("baseSeverity")].toString() == QStringLiteral("CRITICAL"));
    CHECK(v3[QStringLiteral("temporalScore")].toDouble() == 8.8);
    CHECK(v3[QStringLiteral("attackVector")].toString() == QStringLiteral("NETWORK"));
    CHECK(v3[QStringLiteral("exploitCodeMaturity")].toString() == QStringLiteral("PROOF_OF_CONCEPT"));
    CHECK_FALSE(v3.contains(QStringLiteral("environmentalScore")));
    CHECK(CvssJson::check(v3).isEmpty());
    CHECK(doc[QStringLiteral("document")][QStringLiteral("tracking")][QStringLiteral("id")].toString() ==
          QStringLiteral("FIREBREAK-2026-0001"));
}

TEST_CASE("CsafReader: the official examples validate import and round-trip through export")
{
    test::TempDir dir;
    QStringList files = examples();
    QList<std::pair<Advisory, QString>> imported;
    for (const QString& path : examples()) {
        INFO(path.toStdString());
        const QByteArray bytes = test::readAll(path);
        auto first = CsafReader::read(bytes);
        REQUIRE(first);
        CHECK(first->advisory.provenance.sha256.size() == 64);
        CHECK_FALSE(first->advisory.provenance.publisher.isEmpty());
        CHECK(first->advisory.provenance.trackingId == first->advisory.identifier);
        CHECK_FALSE(first->advisory.products.isEmpty());
        const QString out = dir.file(QStringLiteral("rt-") + CsafWriter::fileName(first->advisory.identifier));
        const QByteArray exported = CsafWriter::write(first->advisory, {}, kGenerated);
        test::writeAll(out, exported);
        files.append(out);
        auto second = CsafReader::read(exported);
        REQUIRE(second);
        compareModelled(first->advisory, second->advisory);
        CHECK(second->advisory.provenance.publisher == CsafPublisher{}.name);
        CHECK(second->advisory.provenance.trackingId == first->advisory.identifier);
        // Export of the re-import equals the first export except the note naming the source.
        Advisory again = second->advisory;
        again.provenance = first->advisory.provenance;
        CHECK(CsafWriter::write(again, {}, kGenerated) == exported);
    }
    const auto valid = schemaValid(files);
    for (const QString& f : files) {
        INFO(f.toStdString());
        CHECK(valid.value(f));
    }
}

TEST_CASE("CsafReader: known examples give the expected fields")
{
    auto bsi =
        CsafReader::read(test::readAll(test::conformancePath(QStringLiteral("csaf/examples/bsi-2022-0001.json"))));
    REQUIRE(bsi);
    const Advisory& a = bsi->advisory;
    CHECK(a.identifier == QStringLiteral("BSI-2022-0001"));
    CHECK(a.tlp == TlpLevel::Clear);
    CHECK(a.status == AdvisoryStatus::Final);
    REQUIRE(a.vulnerabilities.size() == 1);
    CHECK(a.vulnerabilities[0].cve == QStringLiteral("CVE-2022-27193"));
    CHECK(a.vulnerabilities[0].cwe == QStringLiteral("CWE-611"));
    CHECK(a.vulnerabilities[0].cvssVector ==
          QStringLiteral("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:N/A:L/E:F/RL:O/RC:C"));
    CHECK(a.provenance.publisher.startsWith(QStringLiteral("Bundesamt f")));
    CHECK_FALSE(CsafReader::read(QByteArrayLiteral("{\"document\": {\"csaf_version\": \"1.2\"}}")));
    CHECK(CsafReader::read(QByteArrayLiteral("not json")).error().code == ErrorCode::BadInput);
}

TEST_CASE("CsafTests: official CVSS negative cases 6.1.8 are schema-invalid")
{
    QStringList files;
    for (const char* n : {"01", "02", "03"})
        files.append(test::conformancePath(
            QStringLiteral("csaf/tests/oasis_csaf_tc-csaf_2_0-2021-6-1-08-%1.json").arg(QLatin1String(n))));
    QStringList positive;
    for (const char* n : {"11", "12", "13", "14"})
        positive.append(test::conformancePath(
            QStringLiteral("csaf/tests/oasis_csaf_tc-csaf_2_0-2021-6-1-08-%1.json").arg(QLatin1String(n))));
    const auto valid = schemaValid(files + positive);
    for (const QString& f : files)
        CHECK_FALSE(valid.value(f));
    for (const QString& f : positive)
        CHECK(valid.value(f));
}

TEST_CASE("CsafTests: mandatory tests 6.1.9 and 6.1.10 recompute CVSS v3 from the vector")
{
    auto problems = [](const char* name) {
        const auto doc = QJsonDocument::fromJson(test::readAll(test::conformancePath(
            QStringLiteral("csaf/tests/oasis_csaf_tc-csaf_2_0-2021-%1.json").arg(QLatin1String(name)))));
        QStringList out;
        for (const auto& v : doc[QStringLiteral("vulnerabilities")].toArray()) {
            for (const auto& s : v[QStringLiteral("scores")].toArray()) {
                if (s.toObject().contains(QStringLiteral("cvss_v3")))
                    out += CvssJson::check(s[QStringLiteral("cvss_v3")].toObject());
            }
        }
        return out;
    };
    CHECK_FALSE(problems("6-1-09-01").isEmpty()); // v3.1 score and severity wrong
    CHECK_FALSE(problems("6-1-09-02").isEmpty()); // v3.0 score and severity wrong
    CHECK(problems("6-1-09-11").isEmpty());
    CHECK(problems("6-1-09-12").isEmpty());
    const QStringList inconsistent = problems("6-1-10-01");
    CHECK_FALSE(inconsistent.isEmpty());
    CHECK(inconsistent.join(QLatin1Char(' ')).contains(QStringLiteral("attackVector")));
    CHECK(inconsistent.join(QLatin1Char(' ')).contains(QStringLiteral("6.1.10")));
    // Our own exports and the official examples pass both checks.
    for (const QString& path : examples()) {
        const auto doc = QJsonDocument::fromJson(test::readAll(path));
        for (const auto& v : doc[QStringLiteral("vulnerabilities")].toArray())
            for (const auto& s : v[QStringLiteral("scores")].toArray())
                if (s.toObject().contains(QStringLiteral("cvss_v3")))
                    CHECK(CvssJson::check(s[QStringLiteral("cvss_v3")].toObject()).isEmpty());
    }
}

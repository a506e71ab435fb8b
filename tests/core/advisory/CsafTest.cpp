// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/CsafMandatoryTests.h"
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
    CHECK(b.legalDisclaimer == a.legalDisclaimer);
}

QStringList failureTexts(const QJsonObject& csaf)
{
    QStringList out;
    for (const auto& f : CsafMandatoryTests::run(csaf))
        out.append(f.toString());
    return out;
}

bool hasWarning(const CsafImport& import, const QString& text)
{
    for (const QString& w : import.warnings) {
        if (w.startsWith(text))
            return true;
    }
    return false;
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

TEST_CASE("CsafWriter: our documents pass the CSAF mandatory tests")
{
    Advisory noVulnerability = test::sampleAdvisory();
    noVulnerability.vulnerabilities.clear();
    for (const Advisory& a : {test::sampleAdvisory(), otherSample(), noVulnerability}) {
        INFO(a.identifier.toStdString());
        const QStringList failures = failureTexts(CsafWriter::toJson(a, {}, kGenerated));
        INFO(failures.join(QLatin1Char('\n')).toStdString());
        CHECK(failures.isEmpty());
        CHECK(CsafWriter::writeChecked(a, {}, kGenerated));
    }
}

TEST_CASE("CsafWriter: a published advisory's history holds only published versions (6.1.18)")
{
    test::AdvisoryFixture f;
    auto created = f.store->create(test::sampleAdvisory());
    REQUIRE(created);
    REQUIRE(created->revisions.size() == 1); // the draft's "0"
    auto interim = f.store->publish(created->id, AdvisoryStatus::Interim, QString());
    REQUIRE(interim);
    f.clock.advanceSecs(60);
    auto final = f.store->publish(created->id, AdvisoryStatus::Final, QString());
    REQUIRE(final);
    for (const Advisory& a : {*interim, *final}) {
        const QJsonObject json = CsafWriter::toJson(a, {}, f.clock.nowUtc());
        const QStringList failures = failureTexts(json);
        INFO(failures.join(QLatin1Char('\n')).toStdString());
        CHECK(failures.isEmpty());
        for (const auto& r :
             json[QStringLiteral("document")][QStringLiteral("tracking")][QStringLiteral("revision_history")].toArray())
            CHECK(r[QStringLiteral("number")].toString() != QStringLiteral("0"));
    }
    // An advisory published before the store dropped the draft revision still exports without it.
    Advisory older = *final;
    older.revisions.prepend({QStringLiteral("0"), created->revisions.first().date, QStringLiteral("Draft created.")});
    const QJsonObject json = CsafWriter::toJson(older, {}, f.clock.nowUtc());
    CHECK(failureTexts(json).isEmpty());
    CHECK(json[QStringLiteral("document")][QStringLiteral("tracking")][QStringLiteral("revision_history")]
              .toArray()
              .size() == 2);
    // The draft itself keeps its "0".
    const QJsonObject draft = CsafWriter::toJson(*created, {}, f.clock.nowUtc());
    CHECK(failureTexts(draft).isEmpty());
    CHECK(draft[QStringLiteral("document")][QStringLiteral("tracking")][QStringLiteral("revision_history")][0]
               [QStringLiteral("number")]
                   .toString() == QStringLiteral("0"));
}

TEST_CASE("CsafWriter: an unfinished draft is refused whole, never written without its vulnerabilities")
{
    Advisory draft = test::sampleAdvisory();
    draft.status = AdvisoryStatus::Draft;
    draft.version = QStringLiteral("0");
    draft.revisions = {{QStringLiteral("0"), kGenerated, QStringLiteral("Draft created.")}};
    draft.products.clear();
    const QJsonObject json = CsafWriter::toJson(draft, {}, kGenerated);
    // The vulnerabilities are there; what is missing is named by the mandatory tests.
    CHECK(json[QStringLiteral("vulnerabilities")].toArray().size() == 2);
    const auto failures = CsafMandatoryTests::run(json);
    CHECK_FALSE(CsafMandatoryTests::failuresOf(failures, QStringLiteral("6.1.27.4")).isEmpty());
    CHECK_FALSE(CsafMandatoryTests::failuresOf(failures, QStringLiteral("6.1.27.6")).isEmpty());
    auto refused = CsafWriter::writeChecked(draft, {}, kGenerated);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().where == QStringLiteral("products"));

    // A lint error refuses the export as it refuses "final": here a CVE without a vector.
    Advisory noVector = test::sampleAdvisory();
    noVector.vulnerabilities[1].cvssVector.clear();
    auto noVectorRefused = CsafWriter::writeChecked(noVector, {}, kGenerated);
    REQUIRE_FALSE(noVectorRefused);
    CHECK(noVectorRefused.error().where == QStringLiteral("vulnerabilities[1].cvss_vector"));
}

TEST_CASE("CsafReader: the description, legal disclaimer, vulnerability notes and references and every self "
          "reference are kept - what is not is named by its JSON path")
{
    const QByteArray bytes = test::readAll(test::conformancePath(QStringLiteral("csaf/examples/rhsa-2021_5217.json")));
    auto read = CsafReader::read(bytes);
    REQUIRE(read);
    const Advisory& a = read->advisory;
    INFO(read->warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(a.description.startsWith(QStringLiteral("Red Hat Single Sign-On")));
    CHECK(a.legalDisclaimer.contains(QStringLiteral("Creative Commons")));
    CHECK(a.provenance.selfUrls == QStringList{QStringLiteral("https://access.redhat.com/errata/RHSA-2021:5217"),
                                               QStringLiteral("https://access.redhat.com/security/data/csaf/beta/"
                                                              "2021/rhsa-2021_5217.json")});
    CHECK(a.provenance.sourceUrl == a.provenance.selfUrls.first());
    REQUIRE(a.vulnerabilities.size() == 1);
    CHECK(a.vulnerabilities[0].references.size() == 4);
    CHECK(a.vulnerabilities[0].references[0].url == QStringLiteral("https://github.com/keycloak/keycloak/issues/9247"));
    CHECK_FALSE(a.vulnerabilities[0].description.isEmpty());
    // Not modelled: said with the JSON path of each item.
    for (const char* path : {"/vulnerabilities/0/threats: ", "/vulnerabilities/0/ids: ",
                             "/vulnerabilities/0/discovery_date: ", "/vulnerabilities/0/acknowledgments: "})
        CHECK(hasWarning(*read, QString::fromLatin1(path)));

    // Import -> export -> import keeps them.
    const QByteArray exported = CsafWriter::write(a, {}, kGenerated);
    CHECK(exported.contains("https://access.redhat.com/security/data/csaf/beta/2021/rhsa-2021_5217.json"));
    auto again = CsafReader::read(exported);
    REQUIRE(again);
    compareModelled(a, again->advisory);
}

TEST_CASE("CsafReader: wrong scores are corrected from the vector and each correction is reported")
{
    QJsonObject root = QJsonDocument::fromJson(
                           test::readAll(test::conformancePath(QStringLiteral("csaf/examples/bsi-2022-0001.json"))))
                           .object();
    QJsonArray vulnerabilities = root[QStringLiteral("vulnerabilities")].toArray();
    QJsonObject v = vulnerabilities[0].toObject();
    QJsonArray scores = v[QStringLiteral("scores")].toArray();
    QJsonObject score = scores[0].toObject();
    QJsonObject v3 = score[QStringLiteral("cvss_v3")].toObject();
    REQUIRE(v3[QStringLiteral("baseScore")].toDouble() == 6.1);
    v3[QStringLiteral("baseScore")] = 9.1;
    v3[QStringLiteral("baseSeverity")] = QStringLiteral("CRITICAL");
    v3[QStringLiteral("attackVector")] = QStringLiteral("NETWORK");
    score[QStringLiteral("cvss_v3")] = v3;
    scores[0] = score;
    scores.append(
        QJsonObject{{QStringLiteral("products"), score[QStringLiteral("products")]},
                    {QStringLiteral("cvss_v2"),
                     QJsonObject{{QStringLiteral("version"), QStringLiteral("2.0")},
                                 {QStringLiteral("vectorString"), QStringLiteral("AV:L/AC:L/Au:N/C:C/I:N/A:P")},
                                 {QStringLiteral("baseScore"), 5.6}}}});
    v[QStringLiteral("scores")] = scores;
    vulnerabilities[0] = v;
    root[QStringLiteral("vulnerabilities")] = vulnerabilities;

    auto read = CsafReader::read(QJsonDocument(root).toJson());
    REQUIRE(read);
    INFO(read->warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(read->warnings.contains(
        QStringLiteral("/vulnerabilities/0/scores/0/cvss_v3/baseScore: 9.1 given, 6.1 computed from the vector; "
                       "corrected")));
    CHECK(read->warnings.contains(
        QStringLiteral("/vulnerabilities/0/scores/0/cvss_v3/baseSeverity: CRITICAL given, MEDIUM computed from the "
                       "vector; corrected")));
    CHECK(read->warnings.contains(
        QStringLiteral("/vulnerabilities/0/scores/0/cvss_v3/attackVector: NETWORK given, LOCAL in the vector; "
                       "corrected")));
    CHECK(hasWarning(*read, QStringLiteral("/vulnerabilities/0/scores/1/cvss_v2: ")));
    // The export carries the computed score.
    const QJsonObject out = CsafWriter::toJson(read->advisory, {}, kGenerated);
    CHECK(out[QStringLiteral("vulnerabilities")][0][QStringLiteral("scores")][0][QStringLiteral("cvss_v3")]
             [QStringLiteral("baseScore")]
                 .toDouble() == 6.1);
    // The unchanged example gives no score warning.
    auto clean =
        CsafReader::read(test::readAll(test::conformancePath(QStringLiteral("csaf/examples/bsi-2022-0001.json"))));
    REQUIRE(clean);
    for (const QString& w : clean->warnings)
        CHECK_FALSE(w.contains(QStringLiteral("/scores/")));
}

TEST_CASE("CsafReader: a CVSS 3.0 vector of the source is kept as given, with a warning")
{
    QJsonObject root = QJsonDocument::fromJson(test::readAll(test::conformancePath(QStringLiteral(
                                                   "csaf/tests/oasis_csaf_tc-csaf_2_0-2021-6-1-09-12.json"))))
                           .object();
    auto read = CsafReader::read(QJsonDocument(root).toJson());
    REQUIRE(read);
    REQUIRE_FALSE(read->advisory.vulnerabilities.isEmpty());
    CHECK(read->advisory.vulnerabilities[0].cvssVector.startsWith(QStringLiteral("CVSS:3.0/")));
    CHECK(hasWarning(*read, QStringLiteral("/vulnerabilities/0/scores/0/cvss_v3/vectorString: ")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileParser.h"
#include "core/profile/ProfileRenderer.h"
#include "tests/core/profile/ProfileFixture.h"
#include "tests/core/profile/ProfileLayouts.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

TeamProfile parseFile(const char* name)
{
    const QByteArray data =
        test::readAll(test::sourcePath(QStringLiteral("tests/data/profile/") + QLatin1String(name)));
    REQUIRE_FALSE(data.isEmpty());
    auto parsed = ProfileParser::parse(QString::fromUtf8(data));
    INFO(name);
    REQUIRE(parsed);
    return *parsed;
}

} // namespace

TEST_CASE("ProfileParser: a numbered document with indented bodies")
{
    const TeamProfile p = parseFile("numbered.txt");
    CHECK(p.title.startsWith(QStringLiteral("RFC 2350 Description for CERT-EX")));
    CHECK(p.lastUpdate == QDate(2024, 3, 15));
    CHECK(p.locations == QStringList{QStringLiteral("https://cert-ex.example.org/rfc2350/rfc2350-en.txt")});
    CHECK(p.keyFingerprint == QStringLiteral("3A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D"));
    CHECK(p.sectionText(QStringLiteral("2.1")) ==
          QStringLiteral("CERT-EX - Example National Computer Emergency Response Team"));
    CHECK(p.sectionText(QStringLiteral("2.2")).split(u'\n').size() == 5); // address lines stay lines
    CHECK(p.sectionText(QStringLiteral("2.3")).startsWith(QStringLiteral("Europe/Amsterdam")));
    CHECK(p.sectionText(QStringLiteral("3.1")).contains(QStringLiteral("prevent and handle")));
    CHECK(p.sectionText(QStringLiteral("5.1.3")).contains(QStringLiteral("recovering")));
    CHECK(p.sectionText(QStringLiteral("7")).contains(QStringLiteral("no")));
    // A section RFC 2350 does not have stays attached, with its heading.
    REQUIRE(p.unmapped.size() == 1);
    CHECK(p.unmapped.first().heading == QStringLiteral("8. Annex: Abuse Handling"));
    CHECK(p.unmapped.first().text.contains(QStringLiteral("abuse contact")));
}

TEST_CASE("ProfileParser: unnumbered headings, inline values, CRLF and tabs")
{
    const TeamProfile p = parseFile("unnumbered-crlf.txt");
    CHECK(p.title == QStringLiteral("University Computer Security Incident Response Team (UNI-CSIRT)"));
    CHECK(p.lastUpdate == QDate(2025, 1, 12));
    CHECK(p.locations == QStringList{QStringLiteral("https://csirt.uni.example.edu/rfc2350.txt"),
                                     QStringLiteral("http://csirt.uni.example.edu/rfc2350.txt")});
    CHECK(p.sectionText(QStringLiteral("2.1")) == QStringLiteral("UNI-CSIRT, Example University Security Team"));
    CHECK(p.sectionText(QStringLiteral("2.2")).startsWith(QStringLiteral("Example University\nIT Services")));
    CHECK(p.sectionText(QStringLiteral("2.3")) == QStringLiteral("Europe/Berlin"));
    CHECK(p.sectionText(QStringLiteral("2.4")) == QStringLiteral("+49 30 5550 1234"));
    CHECK(p.sectionText(QStringLiteral("2.5")) == QStringLiteral("+49 30 5550 1299"));
    CHECK(p.sectionText(QStringLiteral("2.7")) == QStringLiteral("csirt@uni.example.edu"));
    CHECK(p.keyFingerprint == QStringLiteral("7F8E9D0C1B2A394857668596A4B3C2D1E0F98A7B"));
    CHECK(p.sectionText(QStringLiteral("2.11")).contains(QStringLiteral("Monday to")));
    CHECK(p.sectionText(QStringLiteral("3.2")).contains(QStringLiteral("198.51.100.0/24")));
    CHECK(p.sectionText(QStringLiteral("5.2")).contains(QStringLiteral("scanning")));
    CHECK(p.sectionText(QStringLiteral("7")).contains(QStringLiteral("no responsibility")));
    CHECK(p.unmapped.isEmpty());
}

TEST_CASE("ProfileParser: Markdown-style upper-case headings with odd spacing")
{
    const TeamProfile p = parseFile("odd-spacing.txt");
    CHECK(p.title == QStringLiteral("-- ISP Security Team --"));
    CHECK(p.lastUpdate == QDate(2025, 3, 3));
    CHECK(p.locations == QStringList{QStringLiteral("https://www.isp.example.net/security/rfc2350.txt")});
    CHECK(p.sectionText(QStringLiteral("2.1")) == QStringLiteral("ISP-SEC (ExampleNet ISP Security Team)"));
    CHECK(p.sectionText(QStringLiteral("2.3")) == QStringLiteral("Europe/London (GMT/BST)"));
    CHECK(p.keyFingerprint == QStringLiteral("111122223333444455556666777788889999AAAA"));
    CHECK(p.sectionText(QStringLiteral("2.7")).contains(QStringLiteral("security@isp.example.net")));
    CHECK(p.sectionText(QStringLiteral("3.2")).contains(QStringLiteral("AS64496")));
    REQUIRE(p.unmapped.size() == 1);
    CHECK(p.unmapped.first().heading == QStringLiteral("2.12 ABUSE API"));
    CHECK_FALSE(p.sectionText(QStringLiteral("7")).contains(QStringLiteral("API")));
}

TEST_CASE("ProfileParser: text without any RFC 2350 heading is refused")
{
    auto parsed = ProfileParser::parse(QStringLiteral("Dear colleagues,\n\nplease find our contacts below.\n"));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::BadInput);
    CHECK(parsed.error().where == QStringLiteral("line 1"));
}

TEST_CASE("ProfileParser: dates, fingerprints and URLs in the forms teams write them")
{
    CHECK(ProfileParser::findDate(QStringLiteral("Version 3, 2024-05-01")) == QDate(2024, 5, 1));
    CHECK(ProfileParser::findDate(QStringLiteral("01.05.2024")) == QDate(2024, 5, 1));
    CHECK(ProfileParser::findDate(QStringLiteral("1st May 2024")) == QDate(2024, 5, 1));
    CHECK(ProfileParser::findDate(QStringLiteral("May 1, 2024")) == QDate(2024, 5, 1));
    CHECK_FALSE(ProfileParser::findDate(QStringLiteral("no date here")).has_value());
    CHECK(ProfileParser::findFingerprint(QStringLiteral("Key fingerprint = 3A1B 2C3D 4E5F 6071 8293  A4B5 C6D7 E8F9 "
                                                        "0A1B 2C3D")) ==
          QStringLiteral("3A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D"));
    CHECK(ProfileParser::findFingerprint(QStringLiteral("no key")).isEmpty());
    CHECK(ProfileParser::findUrls(QStringLiteral("see https://a.example/x.txt, or (https://b.example/).")) ==
          QStringList{QStringLiteral("https://a.example/x.txt"), QStringLiteral("https://b.example/")});
}

TEST_CASE("ProfileParser: render then parse gives back the same profile")
{
    TeamProfile original = test::sampleProfile();
    auto parsed = ProfileParser::parse(ProfileRenderer::toText(original));
    REQUIRE(parsed);
    CHECK(parsed->title == original.title);
    for (auto it = original.text.cbegin(); it != original.text.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(parsed->text.value(it.key()) == it.value());
    }
    CHECK(parsed->text.keys() == original.text.keys());
    CHECK(parsed->priorities == original.priorities);
    CHECK(parsed->hoursOfService == original.hoursOfService);
    CHECK(*parsed == original);

    SECTION("a translation keeps its pointer to the binding original")
    {
        TeamProfile de = original;
        de.language = QStringLiteral("de");
        de.originalLanguage = QStringLiteral("en");
        de.originalUrl = QStringLiteral("https://cert-xx.example.org/rfc2350.txt");
        de.text[QStringLiteral("3.1")] = QStringLiteral("CERT-XX hilft der öffentlichen Verwaltung.");
        const QString text = ProfileRenderer::toText(de);
        CHECK(text.contains(ProfileRenderer::translationNotice().left(30)));
        auto back = ProfileParser::parse(text);
        REQUIRE(back);
        CHECK(*back == de);
    }
}

TEST_CASE("ProfileParser: Markdown and plain layouts map to the same sections, without emphasis or code marks")
{
    const QString fpr = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    const test::ProfileLayout layout = GENERATE(from_range(test::allLayouts()));
    INFO(test::layoutName(layout).toStdString());
    const QString text = test::profileDocument(layout, fpr, test::teamNameBody(0));
    auto parsed = ProfileParser::parse(text);
    INFO(text.toStdString());
    REQUIRE(parsed);
    const TeamProfile& p = *parsed;
    CHECK(p.unmapped.isEmpty());
    CHECK(p.lastUpdate == QDate(2025, 5, 1));
    CHECK(p.locations == QStringList{QStringLiteral("https://excert.exampleland.de/rfc2350.md")});
    CHECK(p.sectionText(QStringLiteral("2.1")) == QStringLiteral("Example Computer Emergency Response Team (EXCERT)"));
    CHECK(p.sectionText(QStringLiteral("2.3")) == QStringLiteral("Europe/Berlin (CET/CEST)"));
    CHECK(p.sectionText(QStringLiteral("2.7")) == QStringLiteral("cert@excert.exampleland.de"));
    CHECK(p.keyFingerprint == fpr);
    CHECK(p.sectionText(QStringLiteral("2.10")) == QStringLiteral("Our web site: https://excert.exampleland.de/"));
    CHECK(p.sectionText(QStringLiteral("2.11")).contains(QStringLiteral("Emergency line (24/7): +49 30 5550 0999")));
    CHECK(p.sectionText(QStringLiteral("3.1")) == QStringLiteral("We help the public sector of Example Land."));
    CHECK(p.sectionText(QStringLiteral("3.2")).contains(QStringLiteral("- AS64496 and AS 64497")));
    CHECK(p.sectionText(QStringLiteral("3.2")).contains(QStringLiteral("- *.exampleland.de")));
    for (auto it = p.text.cbegin(); it != p.text.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK_FALSE(it.value().contains(QStringLiteral("**")));
        CHECK_FALSE(it.value().contains(QLatin1Char('`')));
    }
}

TEST_CASE("ProfileParser: Markdown marks inside URLs and words are kept")
{
    auto parsed = ProfileParser::parse(QStringLiteral(
        "## 2.10 Other Information\n\nSee https://exampleland.de/_files_/rfc_2350_en.txt and snake_case_names, "
        "2 * 3 * 4, \\*literal stars\\*, *.exampleland.de and *.exampleland.nl\n"));
    REQUIRE(parsed);
    CHECK(parsed->sectionText(QStringLiteral("2.10")) ==
          QStringLiteral("See https://exampleland.de/_files_/rfc_2350_en.txt and snake_case_names, 2 * 3 * 4, "
                         "*literal stars*, *.exampleland.de and *.exampleland.nl"));
}

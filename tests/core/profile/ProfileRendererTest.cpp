// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileRenderer.h"
#include "core/profile/ProfileSection.h"
#include "tests/core/profile/ProfileFixture.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("ProfileRenderer: numbered headings for every section, 72 columns, UTF-8")
{
    const QString text = ProfileRenderer::toText(test::sampleProfile());
    for (const ProfileSection& s : ProfileSections::all())
        CHECK(text.contains(QLatin1Char('\n') + ProfileRenderer::headingLine(s.number) + QLatin1Char('\n')));
    CHECK(text.contains(QStringLiteral("\n1. Document Information\n")));
    CHECK(text.contains(QStringLiteral("\n2.8 Public Keys and Encryption Information\n")));
    CHECK(text.contains(QStringLiteral("\n5.1.1 Incident Triage\n")));
    CHECK(text.contains(QStringLiteral("    2026-03-01\n")));
    CHECK(text.contains(QStringLiteral("    Fingerprint: 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567\n")));
    CHECK(text.contains(QStringLiteral("    - P1 (critical): reaction within 1 hour; handling within 1 day\n")));
    CHECK(text.toUtf8().contains("Musterstra\xc3\x9f"
                                 "e 1"));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        INFO(line.toStdString());
        CHECK(line.size() <= ProfileRenderer::kTextWidth);
        CHECK_FALSE(line.endsWith(QLatin1Char(' ')));
    }
}

TEST_CASE("ProfileRenderer: HTML escapes every field and links the document's locations")
{
    TeamProfile p = test::sampleProfile();
    p.text[QStringLiteral("3.1")] = QStringLiteral("<script>alert(1)</script> & co");
    const QString html = ProfileRenderer::toHtml(p);
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
    CHECK(html.contains(QStringLiteral("<a href=\"https://cert-xx.example.org/rfc2350.txt\">")));
    CHECK(html.contains(QStringLiteral("<h3 id=\"s2.8\">2.8 Public Keys and Encryption Information</h3>")));
}

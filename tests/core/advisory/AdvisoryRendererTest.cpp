// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryRenderer.h"
#include "tests/core/advisory/AdvisoryFixture.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("AdvisoryRenderer: plain text has the TLP label first and no line over 72 columns")
{
    Advisory a = test::sampleAdvisory();
    a.description += QStringLiteral(" ") + QString(150, QLatin1Char('x')); // a word longer than a line
    const QString text = AdvisoryRenderer::toText(a);
    const QStringList lines = text.split(QLatin1Char('\n'));
    CHECK(lines.first() == QStringLiteral("TLP:GREEN"));
    CHECK(lines.at(lines.size() - 2) == QStringLiteral("TLP:GREEN"));
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK(line.size() <= 72);
        CHECK_FALSE(line.endsWith(QLatin1Char(' ')));
    }
    CHECK(text.contains(QStringLiteral("CVE-2026-1234")));
    CHECK(text.contains(QStringLiteral("base score 9.8 (Critical), temporal 8.8")));
    CHECK(text.contains(QStringLiteral("Jörg Müller")));
    CHECK(text.contains(QStringLiteral("Example Corp HTTP Server 2.4.7: fixed")));
    CHECK(text.toUtf8().contains("J\xc3\xb6rg"));
}

TEST_CASE("AdvisoryRenderer: HTML escapes every field and links only web URLs")
{
    Advisory a = test::sampleAdvisory();
    a.title = QStringLiteral("<script>alert(1)</script> & co");
    a.references.append({QStringLiteral("javascript:alert(1)"), QStringLiteral("\"evil\"")});
    a.tlp = TlpLevel::AmberStrict;
    const QString html = AdvisoryRenderer::toHtml(a);
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
    CHECK(html.contains(QStringLiteral("<b>")) == false);
    CHECK(html.contains(QStringLiteral("&lt;b&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("href=\"javascript")));
    CHECK(html.contains(QStringLiteral("&quot;evil&quot;")));
    CHECK(html.contains(QStringLiteral("href=\"https://www.cve.org/CVERecord?id=CVE-2026-1234\"")));
    CHECK(html.contains(QStringLiteral("TLP:AMBER+STRICT")));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
}

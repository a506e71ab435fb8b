// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PdfRenderer.h"

#include "tests/TestSupport.h"

#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

// The text poppler's pdftotext reads back from a PDF: proof the file is a real, readable document.
QString pdfText(const QByteArray& pdf)
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("out.pdf"));
    writeAll(path, pdf);
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("PdfRenderer writes a PDF whose text pdftotext reads back", "[ui][pdf]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    const QString html = QStringLiteral("<h1>CERT-XX-2026-0042</h1><p>TLP:AMBER</p>"
                                        "<p>Schwachstelle in Übersetzungsdienst &mdash; 攻撃</p>");
    const auto pdf = PdfRenderer::fromHtml(html, {QStringLiteral("Advisory title"), QStringLiteral("CERT-XX")});
    REQUIRE(pdf.has_value());
    REQUIRE(pdf->startsWith("%PDF-"));
    const QString text = pdfText(*pdf);
    CHECK(text.contains(QStringLiteral("CERT-XX-2026-0042")));
    CHECK(text.contains(QStringLiteral("TLP:AMBER")));
    CHECK(text.contains(QStringLiteral("Übersetzungsdienst")));
    CHECK(pdf->contains("Advisory title"));
}

TEST_CASE("PdfRenderer writes searchable text: no ligatures", "[ui][pdf]")
{
    // Latin ligatures (U+FB01 "fi", U+FB02 "fl", U+FB00 "ff") make pdftotext give "ﬁnal", which no search finds.
    const QString html = QStringLiteral("<h1>Final advisory</h1><p>The final fix is official; workflow affected: "
                                        "<b>final</b> <i>office</i> <span style=\"font-family: serif\">final "
                                        "flow</span>.</p>");
    const auto pdf = PdfRenderer::fromHtml(html, {QStringLiteral("Ligatures"), {}});
    REQUIRE(pdf.has_value());
    const QString text = pdfText(*pdf);
    INFO(text.toStdString());
    CHECK(text.count(QStringLiteral("final")) == 3);
    CHECK(text.contains(QStringLiteral("Final advisory")));
    CHECK(text.contains(QStringLiteral("official")));
    CHECK(text.contains(QStringLiteral("office")));
    CHECK(text.contains(QStringLiteral("workflow")));
    CHECK(text.contains(QStringLiteral("flow")));
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        CHECK_FALSE(text.contains(QChar(ligature)));
}

TEST_CASE("PdfRenderer renders long documents onto several pages", "[ui][pdf]")
{
    QString html;
    for (int i = 0; i < 400; ++i)
        html += QStringLiteral("<p>Paragraph %1 of a long advisory.</p>").arg(i);
    const auto pdf = PdfRenderer::fromHtml(html, {QStringLiteral("Long"), {}});
    REQUIRE(pdf.has_value());
    const QString text = pdfText(*pdf);
    CHECK(text.contains(QStringLiteral("Paragraph 0 of")));
    CHECK(text.contains(QStringLiteral("Paragraph 399 of")));
    CHECK(text.count(QChar(u'\f')) >= 2); // pdftotext separates pages with form feeds
}

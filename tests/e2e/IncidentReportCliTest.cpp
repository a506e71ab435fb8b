// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: ticket report: an incident written as HTML, Markdown and PDF with the TLP label on every page, a choice
// of sections, hostile ticket text kept escaped, and TLP:RED written only when confirmed.
#include "tests/e2e/CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace fb;
using namespace fb::test;

namespace {

QString n(qint64 id)
{
    return QString::number(id);
}

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

const char* const kHostileTitle = "<script>alert(1)</script> Botnet";
const char* const kHostileText = "<img src=x onerror=alert(2)> [click](javascript:alert(3)) | # heading";

} // namespace

TEST_CASE("ticket report writes HTML, Markdown and PDF with the TLP label on every page and hostile text escaped")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    QString longText;
    for (int i = 0; i < 120; ++i)
        longText += QStringLiteral("Paragraph %1 of what happened on the mail server.\n\n").arg(i);
    const qint64 incident = cli.create({QStringLiteral("--kind"), QStringLiteral("incident"), QStringLiteral("--title"),
                                        QString::fromLatin1(kHostileTitle), QStringLiteral("--description"),
                                        QString::fromLatin1(kHostileText) + QStringLiteral("\n\n") + longText,
                                        QStringLiteral("--rsit"), QStringLiteral("malicious-code/c2-server"),
                                        QStringLiteral("--observable"), QStringLiteral("192.0.2.66")});
    const qint64 report = cli.create({QStringLiteral("--kind"), QStringLiteral("report"), QStringLiteral("--title"),
                                      QString::fromLatin1(kHostileText), QStringLiteral("--incident"), n(incident)});
    cli.ok({QStringLiteral("task"), QStringLiteral("add"), n(incident), QStringLiteral("Block the <b>C2</b>")});
    writeAll(dir.file(QStringLiteral("pcap.bin")), "capture");
    cli.ok({QStringLiteral("evidence"), QStringLiteral("add"), n(incident), dir.file(QStringLiteral("pcap.bin"))});

    auto reportTo = [&](const char* format, const QString& file, QStringList extra = {}) {
        return cli.run(QStringList{QStringLiteral("ticket"), QStringLiteral("report"), n(incident),
                                   QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("--out"),
                                   dir.file(file)} +
                       extra);
    };

    // HTML: escaped, the label at the top and the bottom, the chosen sections.
    REQUIRE(reportTo("html", QStringLiteral("r.html")).exitCode == 0);
    const QString html = QString::fromUtf8(readAll(dir.file(QStringLiteral("r.html"))));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>C2")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; Botnet")));
    CHECK(html.contains(QStringLiteral("&lt;img src=x onerror=alert(2)&gt;")));
    CHECK(html.count(QStringLiteral(">TLP:AMBER</span>")) == 2);
    CHECK(html.contains(QStringLiteral("@media print")));
    for (const char* heading : {"Summary", "Reports", "Tasks", "Observables", "Evidence", "Correspondence"})
        CHECK(html.contains(QStringLiteral("<h2>%1</h2>").arg(QString::fromLatin1(heading))));
    CHECK_FALSE(html.contains(QStringLiteral("<h2>History</h2>")));
    CHECK(html.contains(QStringLiteral("#%1").arg(report)));
    CHECK(html.contains(QStringLiteral("192.0.2.66")));
    CHECK(html.contains(QStringLiteral("No correspondence.")));

    // Markdown: the TLP line first and last, every ticket text escaped.
    REQUIRE(reportTo("md", QStringLiteral("r.md")).exitCode == 0);
    const QString md = QString::fromUtf8(readAll(dir.file(QStringLiteral("r.md"))));
    const QStringList lines = md.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.first() == QStringLiteral("**TLP:AMBER**"));
    CHECK(lines.last() == QStringLiteral("**TLP:AMBER**"));
    // Every "<" of ticket text is backslash-escaped: CommonMark shows it as text, never as a tag.
    CHECK_FALSE(md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<"))));
    CHECK_FALSE(md.contains(QStringLiteral("](javascript")));
    CHECK(md.contains(QStringLiteral("\\<script\\>alert\\(1\\)\\<\\/script\\>")));
    CHECK(md.contains(QStringLiteral("## Evidence")));

    // A choice of sections.
    REQUIRE(reportTo("html", QStringLiteral("some.html"),
                     {QStringLiteral("--sections"), QStringLiteral("evidence,summary,history")})
                .exitCode == 0);
    const QString some = QString::fromUtf8(readAll(dir.file(QStringLiteral("some.html"))));
    CHECK(some.contains(QStringLiteral("<h2>Evidence</h2>")));
    CHECK(some.contains(QStringLiteral("<h2>History</h2>")));
    CHECK(some.contains(QStringLiteral("Evidence added: pcap.bin")));
    CHECK(some.indexOf(QStringLiteral("<h2>Summary</h2>")) < some.indexOf(QStringLiteral("<h2>Evidence</h2>")));
    CHECK_FALSE(some.contains(QStringLiteral("<h2>Tasks</h2>")));
    CHECK(
        reportTo("html", QStringLiteral("x.html"), {QStringLiteral("--sections"), QStringLiteral("bogus")}).exitCode ==
        2);
    REQUIRE(reportTo("html", QStringLiteral("timeline.html"),
                     {QStringLiteral("--sections"), QStringLiteral("summary,timeline")})
                .exitCode == 0);
    const QString timeline = QString::fromUtf8(readAll(dir.file(QStringLiteral("timeline.html"))));
    CHECK(timeline.contains(QStringLiteral("<h2>Timeline</h2>")));
    CHECK(timeline.contains(QStringLiteral("No timeline events.")));
    CHECK(reportTo("docx", QStringLiteral("x.docx")).exitCode == 1);
    CHECK(reportTo("html", QStringLiteral("r.html")).exitCode == 4); // never over a file without --force
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("x.html"))));
    CHECK(cli.run({QStringLiteral("ticket"), QStringLiteral("report"), n(report), QStringLiteral("--format"),
                   QStringLiteral("md"), QStringLiteral("--out"), dir.file(QStringLiteral("child.md"))})
              .exitCode == 2);

    // PDF: several pages, each with the label in its header and footer.
    REQUIRE(reportTo("pdf", QStringLiteral("r.pdf")).exitCode == 0);
    const QByteArray pdf = readAll(dir.file(QStringLiteral("r.pdf")));
    CHECK(pdf.startsWith("%PDF-"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdfinfo.isEmpty());
    REQUIRE_FALSE(pdftotext.isEmpty());
    const auto pagesMatch = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                .match(QString::fromUtf8(run(pdfinfo, {dir.file(QStringLiteral("r.pdf"))})));
    REQUIRE(pagesMatch.hasMatch());
    const int pages = pagesMatch.captured(1).toInt();
    CHECK(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString text =
            QString::fromUtf8(run(pdftotext, {QStringLiteral("-f"), n(page), QStringLiteral("-l"), n(page),
                                              dir.file(QStringLiteral("r.pdf")), QStringLiteral("-")}));
        CHECK(text.count(QStringLiteral("TLP:AMBER")) >= 2);
        CHECK(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(pages)));
    }
    const QString all = QString::fromUtf8(run(pdftotext, {dir.file(QStringLiteral("r.pdf")), QStringLiteral("-")}));
    CHECK(all.contains(QStringLiteral("<script>alert(1)</script> Botnet"))); // shown as text, not run

    // The label covers every ticket the report names: a linked report more restrictive than the incident raises it.
    cli.ok({QStringLiteral("ticket"), QStringLiteral("set"), n(report), QStringLiteral("tlp"),
            QStringLiteral("amber+strict")});
    REQUIRE(reportTo("html", QStringLiteral("strict.html")).exitCode == 0);
    const QString strict = QString::fromUtf8(readAll(dir.file(QStringLiteral("strict.html"))));
    CHECK(strict.count(QStringLiteral(">TLP:AMBER+STRICT</span>")) == 2);
    REQUIRE(reportTo("md", QStringLiteral("summary.md"), {QStringLiteral("--sections"), QStringLiteral("summary")})
                .exitCode == 0); // the linked report is not named: the incident's label
    CHECK(readAll(dir.file(QStringLiteral("summary.md"))).startsWith("**TLP:AMBER**\n"));
    cli.ok({QStringLiteral("ticket"), QStringLiteral("set"), n(report), QStringLiteral("tlp"), QStringLiteral("red")});
    CHECK(reportTo("html", QStringLiteral("red-child.html")).exitCode == 4);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("red-child.html"))));
    REQUIRE(reportTo("html", QStringLiteral("red-child.html"), {QStringLiteral("--confirm-red")}).exitCode == 0);

    // TLP:RED: refused unless confirmed, and nothing written.
    cli.ok(
        {QStringLiteral("ticket"), QStringLiteral("set"), n(incident), QStringLiteral("tlp"), QStringLiteral("red")});
    const CliResult refused = reportTo("html", QStringLiteral("red.html"));
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains("TLP:RED"));
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("red.html"))));
    REQUIRE(reportTo("html", QStringLiteral("red.html"), {QStringLiteral("--confirm-red")}).exitCode == 0);
    CHECK(QString::fromUtf8(readAll(dir.file(QStringLiteral("red.html")))).count(QStringLiteral(">TLP:RED</span>")) ==
          2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: prints what the reader makes of every conformance sample (run with "[.dump]").
#include "core/mail/MailReader.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QJsonDocument>

#include <cstdio>

using namespace fb;

TEST_CASE("Dump conformance mail", "[.dump]")
{
    QDirIterator it(fb::test::conformancePath(QStringLiteral("mail")),
                    {QStringLiteral("*.txt"), QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString& f : files) {
        if (f.endsWith(QLatin1String("LICENSE.txt")) || f.endsWith(QLatin1String("MIT.txt")))
            continue;
        auto sources = MailReader::collect({f});
        REQUIRE(sources);
        for (const auto& s : *sources) {
            (void)MailReader::read(s, [&](ReadMessage&& m) {
                const auto& p = m.outcome.message;
                std::printf("== %s [%s] q=%s\n  subj=%s\n  from=%s <%s> date=%s mid=%s irt=%s\n  body=%s\n",
                            qPrintable(f.section(QLatin1Char('/'), -2)), qPrintable(m.position),
                            qPrintable(m.outcome.quarantineReason), qPrintable(p.subject), qPrintable(p.from),
                            qPrintable(p.fromAddress), qPrintable(p.date.toString(Qt::ISODate)),
                            qPrintable(p.messageId), qPrintable(p.inReplyTo),
                            qPrintable(p.body.left(120).replace(QLatin1Char('\n'), QLatin1Char('|'))));
                for (const auto& a : p.attachments)
                    std::printf("  att %s %s %lld\n", qPrintable(a.name), qPrintable(a.mimeType), a.size());
                for (const auto& w : p.warnings)
                    std::printf("  warn %s\n", qPrintable(w.text()));
                if (p.abuseReport)
                    std::printf(
                        "  abuse %s\n",
                        QJsonDocument(p.abuseReport->toJson()).toJson(QJsonDocument::Compact).left(300).constData());
                std::printf("  signed=%d enc=%d raw=%lld\n", p.isSigned, p.isEncrypted, (long long)p.raw.size());
                return true;
            });
        }
    }
}

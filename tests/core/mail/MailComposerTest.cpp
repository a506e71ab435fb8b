// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailComposer.h"
#include "core/mail/MailImporter.h"
#include "tests/core/mail/MailTestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

ImportCase importOne(MailWorkspace& ws, const QByteArray& raw)
{
    MailImporter importer(*ws.vault, ws.clock, QStringLiteral("tester"));
    auto c = importer.importBytes(raw, QStringLiteral("test"));
    if (!c)
        FAIL(c.error().toString().toStdString());
    return *c;
}

} // namespace

TEST_CASE("A reply carries tag, TLP label, threading headers and attachments", "[mail][compose]")
{
    MailWorkspace ws;
    const ImportCase report = importOne(
        ws, plainMessage("orig@isp.example.net", "Scanning from 198.51.100.7", "Please look at 198.51.100.7."));
    MailStore store(*ws.vault);
    auto stored = store.messagesOf(report.ticketId, false);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);

    MailComposer composer(*ws.vault, ws.clock, QStringLiteral("handler"));
    OutgoingMail mail;
    mail.ticketId = report.ticketId;
    mail.from = QStringLiteral("CERT Team <cert@team.example.org>");
    mail.to = {QStringLiteral("Reporter <reporter@isp.example.net>")};
    mail.body = QStringLiteral("Danke für die Meldung – we are looking into it.");
    mail.tlp = TlpLevel::Amber;
    mail.inReplyTo = stored->at(0).id;
    mail.attachments.append(
        {QStringLiteral("évidence.txt"), QStringLiteral("text/plain"), "log line 1\nlog line 2\n", {}});
    auto sent = composer.composeAndStore(mail);
    if (!sent)
        FAIL(sent.error().toString().toStdString());
    const QString expectedSubject =
        QStringLiteral("[FIREBREAK #%1] TLP:AMBER Re: Scanning from 198.51.100.7").arg(report.ticketId);
    CHECK(sent->subject == expectedSubject);
    CHECK(sent->body.startsWith(QLatin1String("TLP:AMBER\n\n")));
    CHECK(sent->body.contains(QStringLiteral("Danke für die Meldung – we")));
    CHECK(sent->inReplyTo == QLatin1String("orig@isp.example.net"));
    CHECK(sent->references == QStringList{QStringLiteral("orig@isp.example.net")});
    CHECK_FALSE(sent->messageId.isEmpty());
    CHECK((sent->raw.startsWith("Date: ") || sent->raw.contains("\nDate: ")));
    CHECK(sent->raw.contains("charset=utf-8"));
    REQUIRE(sent->attachments.size() == 1);
    CHECK(sent->attachments[0].name == QStringLiteral("évidence.txt"));

    auto all = store.messagesOf(report.ticketId, true);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(1).direction == MailDirection::Out);

    SECTION("Round trip: the exported mailbox re-imports to the same ticket with the same text")
    {
        auto box = composer.ticketMbox(report.ticketId);
        REQUIRE(box);
        TempDir dir;
        writeAll(dir.file(QStringLiteral("ticket.mbox")), *box);
        MailImporter importer(*ws.vault, ws.clock, QStringLiteral("tester"));
        DirectJobControl job;
        auto result = importer.importPaths({dir.file(QStringLiteral("ticket.mbox"))}, job);
        REQUIRE(result);
        CHECK(result->duplicates == 1); // the original report
        CHECK(result->threaded == 1);   // our reply, back in by its tag
        REQUIRE(result->cases.size() == 2);
        CHECK(result->cases[1].ticketId == report.ticketId);
        auto after = store.messagesOf(report.ticketId, true);
        REQUIRE(after);
        REQUIRE(after->size() == 3);
        const ParsedMessage& back = after->at(2).message;
        CHECK(back.raw == sent->raw);
        CHECK(back.body == sent->body);
        CHECK(back.subject == sent->subject);
        REQUIRE(back.attachments.size() == 1);
        CHECK(back.attachments[0].content == sent->attachments[0].content);
        CHECK(back.attachments[0].sha256 == sent->attachments[0].sha256);
    }
}

TEST_CASE("TLP RED and AMBER+STRICT are never sent in the clear", "[mail][compose]")
{
    MailWorkspace ws;
    const ImportCase report = importOne(ws, plainMessage("x@isp.example.net", "Secret", "Sensitive."));
    MailComposer composer(*ws.vault, ws.clock, QStringLiteral("handler"));
    OutgoingMail mail;
    mail.ticketId = report.ticketId;
    mail.to = {QStringLiteral("peer@cert.example.org")};
    mail.body = QStringLiteral("details");
    for (TlpLevel level : {TlpLevel::Red, TlpLevel::AmberStrict}) {
        mail.tlp = level;
        auto refused = composer.compose(mail);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::BadInput);
        CHECK(refused.error().message.contains(Tlp::label(level)));
    }
    mail.tlp = TlpLevel::Green;
    auto green = composer.compose(mail);
    REQUIRE(green);
    CHECK(green->subject.contains(QLatin1String("TLP:GREEN")));
    mail.to.clear();
    CHECK_FALSE(composer.compose(mail));
    mail.to = {QStringLiteral("not an address")};
    CHECK_FALSE(composer.compose(mail));
}

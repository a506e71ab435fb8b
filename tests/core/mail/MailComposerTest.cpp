// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailComposer.h"
#include "core/mail/MailImporter.h"
#include "core/mail/MailCrypto.h"
#include "core/mail/MailReply.h"
#include "core/mail/MailStore.h"
#include "core/mail/MessageParser.h"
#include "core/mail/PgpMime.h"
#include "core/tickets/TicketStores.h"
#include "core/tickets/TicketTime.h"
#include "tests/core/mail/PgpMailTestSupport.h"

#include <QRegularExpression>

using namespace fb;
using namespace fb::test;

namespace {

struct SignedParts
{
    QByteArray data;      // the first part of multipart/signed, as sent (LF)
    QByteArray signature; // the armored signature
};

// Takes a multipart/signed message apart by its boundary, as RFC 3156 defines the parts: no MIME library.
SignedParts signedParts(const QByteArray& raw)
{
    const QRegularExpression type(QStringLiteral("Content-Type: multipart/signed;[^\\n]*(?:\\n[ \\t][^\\n]*)*"),
                                  QRegularExpression::CaseInsensitiveOption);
    const QString header = type.match(QString::fromLatin1(raw)).captured(0);
    const QRegularExpression boundaryParameter(QStringLiteral("boundary=\"?([^\";\\s]+)"));
    const QByteArray boundary = boundaryParameter.match(header).captured(1).toLatin1();
    REQUIRE_FALSE(boundary.isEmpty());
    const QByteArray open = "--" + boundary + "\n";
    const QByteArray between = "\n--" + boundary + "\n";
    const qsizetype start = raw.indexOf(open);
    REQUIRE(start >= 0);
    const qsizetype end = raw.indexOf(between, start + open.size());
    REQUIRE(end > start);
    SignedParts parts;
    parts.data = raw.mid(start + open.size(), end - start - open.size());
    const qsizetype signatureStart = end + between.size();
    const qsizetype signatureEnd = raw.indexOf(QByteArray("\n--" + boundary + "--"), signatureStart);
    REQUIRE(signatureEnd > signatureStart);
    const QByteArray part = raw.mid(signatureStart, signatureEnd - signatureStart);
    parts.signature = part.mid(part.indexOf("\n\n") + 2);
    return parts;
}

// The stock gpg, in a throwaway home that knows only publicKey, on a detached signature over data.
GpgRun stockVerify(const QByteArray& publicKey, const QByteArray& data, const QByteArray& signature)
{
    GnupgHome home = makeHome();
    REQUIRE(gpg(home, {QStringLiteral("--import")}, publicKey).exitCode == 0);
    TempDir dir;
    writeAll(dir.file(QStringLiteral("part")), data);
    writeAll(dir.file(QStringLiteral("part.asc")), signature);
    return gpg(home,
               {QStringLiteral("--verify"), dir.file(QStringLiteral("part.asc")), dir.file(QStringLiteral("part"))});
}

OutgoingMail pgpMail(qint64 ticketId)
{
    OutgoingMail mail;
    mail.ticketId = ticketId;
    mail.from = kTeamUid;
    mail.to = {kPeerUid};
    mail.body = QStringLiteral("Grüße – the host 198.51.100.7 is cleaned.\nFrom now on we watch it.\n");
    mail.tlp = TlpLevel::Amber;
    mail.attachments.append({QStringLiteral("report.txt"), QStringLiteral("text/plain"), "line 1\nFrom line 2\n", {}});
    mail.attachments.append({QStringLiteral("dump.bin"),
                             QStringLiteral("application/octet-stream"),
                             QByteArray("\x00\x01\xff\r\n", 5),
                             {}});
    return mail;
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

    MailComposer composer(ws.change(QStringLiteral("handler")));
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
        auto box = store.messagesOf(report.ticketId, true);
        REQUIRE(box);
        TempDir dir;
        writeAll(dir.file(QStringLiteral("ticket.mbox")), MailComposer::toMbox(*box));
        MailImporter importer(ChangeContext{*ws.vault, ws.clock, QStringLiteral("tester")});
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
    MailComposer composer(ws.change(QStringLiteral("handler")));
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

TEST_CASE("A signed message verifies with the stock gpg and a tampered copy fails", "[mail][compose][pgp]")
{
    PgpPeers peers;
    const ImportCase report = importOne(peers.ws, plainMessage("sig@isp.example.net", "Compromised host", "See logs."));
    const QByteArray teamPublic = publicKey(peers.teamHome, peers.teamKey);
    auto keys = peers.keys();
    MailComposer composer(peers.ws.change(QStringLiteral("handler")));
    composer.setKeys(keys.get());
    OutgoingMail mail = pgpMail(report.ticketId);
    mail.signKey = peers.teamKey;
    auto sent = composer.compose(mail);
    if (!sent)
        FAIL(sent.error().toString().toStdString());
    CHECK(sent->raw.contains("Content-Type: multipart/signed"));
    CHECK(sent->raw.contains("protocol=\"application/pgp-signature\""));
    CHECK(sent->raw.contains("micalg=pgp-sha"));
    CHECK(sent->isSigned);
    CHECK(sent->signatureStatus == QLatin1String("good"));
    CHECK(sent->signerFingerprint == peers.teamKey);
    for (const QByteArray& line : sent->raw.split('\n'))
        for (char c : line)
            REQUIRE(static_cast<unsigned char>(c) < 0x80); // 7-bit: survives any transport

    const SignedParts parts = signedParts(sent->raw);
    CHECK(parts.signature.startsWith("-----BEGIN PGP SIGNATURE-----"));
    const GpgRun good = stockVerify(teamPublic, crlf(parts.data), parts.signature);
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.err.contains("Good signature"));

    QByteArray tampered = parts.data;
    REQUIRE(tampered.contains("198.51.100.7"));
    tampered.replace("198.51.100.7", "198.51.100.8");
    const GpgRun bad = stockVerify(teamPublic, crlf(tampered), parts.signature);
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains("BAD signature"));
    // Without CRLF canonicalisation the same bytes do not verify: the signature is over the RFC 3156 form.
    CHECK(stockVerify(teamPublic, parts.data, parts.signature).exitCode != 0);
}

TEST_CASE("Round trip: a signed message we send re-imports to its ticket with the same text and attachments",
          "[mail][compose][pgp]")
{
    PgpPeers peers;
    const ImportCase report = importOne(peers.ws, plainMessage("rt@isp.example.net", "Phishing site", "See URL."));
    REQUIRE(KeyringStore(*peers.ws.vault, peers.ws.clock)
                .addKeys(publicKey(peers.teamHome, peers.teamKey), QStringLiteral("our own key")));
    auto keys = peers.keys();
    MailComposer composer(peers.ws.change(QStringLiteral("handler")));
    composer.setKeys(keys.get());
    OutgoingMail mail = pgpMail(report.ticketId);
    mail.signKey = peers.teamKey;
    auto sent = composer.composeAndStore(mail);
    if (!sent)
        FAIL(sent.error().toString().toStdString());

    auto box = MailStore(*peers.ws.vault).messagesOf(report.ticketId, true);
    REQUIRE(box);
    TempDir dir;
    writeAll(dir.file(QStringLiteral("ticket.mbox")), MailComposer::toMbox(*box));
    MailCrypto crypto(*keys);
    MailImporter importer(peers.ws.change());
    importer.setCrypto(&crypto);
    DirectJobControl job;
    auto result = importer.importPaths({dir.file(QStringLiteral("ticket.mbox"))}, job);
    REQUIRE(result);
    CHECK(result->duplicates == 1);
    CHECK(result->threaded == 1);
    REQUIRE(result->cases.size() == 2);
    CHECK(result->cases[1].ticketId == report.ticketId);

    auto stored = MailStore(*peers.ws.vault).messagesOf(report.ticketId, true);
    REQUIRE(stored);
    REQUIRE(stored->size() == 3);
    const ParsedMessage& back = stored->at(2).message;
    CHECK(stored->at(2).direction == MailDirection::In);
    CHECK(back.raw == sent->raw);
    CHECK(back.body == sent->body);
    CHECK(back.body.contains(QStringLiteral("Grüße – the host 198.51.100.7 is cleaned.\nFrom now on")));
    CHECK(back.signatureStatus == QLatin1String("good"));
    CHECK(back.signerFingerprint == peers.teamKey);
    REQUIRE(back.attachments.size() == sent->attachments.size());
    for (qsizetype i = 0; i < back.attachments.size(); ++i) {
        CHECK(back.attachments[i].name == sent->attachments[i].name);
        CHECK(back.attachments[i].content == sent->attachments[i].content);
    }
    CHECK(back.attachments[0].content == "line 1\nFrom line 2\n");
    CHECK(back.attachments[1].content == QByteArray("\x00\x01\xff\r\n", 5));
}

TEST_CASE("Encrypted mail goes only to recipients with a trusted key", "[mail][compose][pgp]")
{
    PgpPeers peers;
    const ImportCase report = importOne(peers.ws, plainMessage("enc@isp.example.net", "APT case", "Details."));
    auto keys = peers.keys();
    MailComposer composer(peers.ws.change(QStringLiteral("handler")));
    OutgoingMail mail = pgpMail(report.ticketId);
    mail.tlp = TlpLevel::Red;
    mail.encrypt = true;
    mail.signKey = peers.teamKey;

    auto noKeys = composer.compose(mail);
    REQUIRE_FALSE(noKeys);
    CHECK(noKeys.error().code == ErrorCode::Usage);

    composer.setKeys(keys.get());
    SECTION("TLP:RED signed and encrypted to the peer: only the peer and we can read it")
    {
        auto sent = composer.composeAndStore(mail);
        if (!sent)
            FAIL(sent.error().toString().toStdString());
        CHECK(sent->raw.contains("Content-Type: multipart/encrypted"));
        CHECK(sent->raw.contains("protocol=\"application/pgp-encrypted\""));
        CHECK_FALSE(sent->raw.contains("198.51.100.7"));
        CHECK(sent->subject.contains(QLatin1String("TLP:RED")));
        // Header protection: outside only the tag and the label; the title travels encrypted.
        const QByteArray outerSubject = test::headerField(sent->raw, "Subject");
        CHECK(outerSubject == "[FIREBREAK #" + QByteArray::number(report.ticketId) + "] TLP:RED [...]");
        CHECK_FALSE(sent->raw.contains("APT case"));
        CHECK(sent->subject.endsWith(QLatin1String("TLP:RED APT case"))); // the stored view has the real one
        CHECK(sent->isEncrypted);
        CHECK(sent->body.startsWith(QLatin1String("TLP:RED\n\n")));
        CHECK(sent->body.contains(QLatin1String("198.51.100.7")));

        // The peer decrypts with the stock gpg and finds a signed MIME entity with our text.
        const PgpMime::Block block = PgpMime::findBlock(sent->raw, QByteArray("-----BEGIN PGP MESSAGE-----"),
                                                        QByteArray("-----END PGP MESSAGE-----"));
        REQUIRE(block.found());
        const GpgRun decrypted =
            gpg(peers.peerHome, {QStringLiteral("--decrypt")}, sent->raw.mid(block.start, block.length));
        INFO(decrypted.err.toStdString());
        REQUIRE(decrypted.exitCode == 0);
        CHECK(decrypted.out.contains("multipart/signed"));
        CHECK(decrypted.out.contains("198.51.100.7"));
        CHECK(decrypted.out.contains("hp=cipher"));
        CHECK(decrypted.out.contains("protected-headers=v1"));
        CHECK(decrypted.out.contains("TLP:RED APT case"));
        CHECK(decrypted.out.contains("HP-Outer: Subject: [FIREBREAK #"));

        // We can read what we sent: it was encrypted to our key too; the signature inside is good.
        ParsedMessage back = MessageParser::parse(sent->raw).message;
        MailCrypto(*keys).process(back);
        CHECK(back.isEncrypted);
        CHECK(back.subject == sent->subject);
        CHECK(back.body == sent->body);
        CHECK(back.signatureStatus == QLatin1String("good"));
        REQUIRE(back.attachments.size() == 3); // ours and the signature
        CHECK(back.attachments[1].content == QByteArray("\x00\x01\xff\r\n", 5));

        auto stored = MailStore(*peers.ws.vault).messagesOf(report.ticketId, true);
        REQUIRE(stored);
        REQUIRE(stored->size() == 2);
        CHECK(stored->at(1).message.isEncrypted);
        CHECK(stored->at(1).message.raw == sent->raw);
    }
    SECTION("encrypted but not signed")
    {
        mail.signKey.clear();
        auto sent = composer.compose(mail);
        if (!sent)
            FAIL(sent.error().toString().toStdString());
        CHECK(sent->isEncrypted);
        CHECK(sent->signatureStatus == QLatin1String("not-signed"));
        CHECK_FALSE(sent->raw.contains("multipart/signed"));
        // The stored view names each address once (the protected copies inside are not read as more).
        CHECK(sent->to == kPeerUid);
        CHECK(sent->from == kTeamUid);
        CHECK(sent->subject.endsWith(QLatin1String("TLP:RED APT case")));
        const PgpMime::Block block = PgpMime::findBlock(sent->raw, QByteArray("-----BEGIN PGP MESSAGE-----"),
                                                        QByteArray("-----END PGP MESSAGE-----"));
        REQUIRE(block.found());
        const GpgRun decrypted =
            gpg(peers.peerHome, {QStringLiteral("--decrypt")}, sent->raw.mid(block.start, block.length));
        REQUIRE(decrypted.exitCode == 0);
        CHECK(decrypted.out.startsWith("Content-Type: multipart/mixed"));
        CHECK(decrypted.out.contains("\r\n")); // the CRLF form was encrypted
    }
    SECTION("a recipient without a key in the workspace keyring is refused by name")
    {
        mail.cc = {QStringLiteral("Other Team <soc@other.example>")};
        auto refused = composer.composeAndStore(mail);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotFound);
        CHECK(refused.error().message.contains(QLatin1String("soc@other.example")));
        auto stored = MailStore(*peers.ws.vault).messagesOf(report.ticketId, false);
        REQUIRE(stored);
        CHECK(stored->size() == 1); // nothing was stored
    }
    SECTION("blind copies are refused in an encrypted message, which would name their keys")
    {
        mail.bcc = {QStringLiteral("hidden@other.example")};
        auto refused = composer.compose(mail);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Usage);
        CHECK(refused.error().message.contains(QLatin1String("Blind copies")));
    }
}

TEST_CASE("Blind copies are in Bcc only, for the sending MTA", "[mail][compose]")
{
    MailWorkspace w;
    const ImportCase report = importOne(w, plainMessage("bcc@isp.example.net", "Scan", "Scanning 198.51.100.7"));
    MailComposer composer(ChangeContext{*w.vault, w.clock, QStringLiteral("handler")});
    OutgoingMail mail;
    mail.ticketId = report.ticketId;
    mail.from = QStringLiteral("CERT <cert@team.example.org>");
    mail.to = {QStringLiteral("reporter@isp.example.net")};
    mail.bcc = {QStringLiteral("a@one.example"), QStringLiteral("B <b@two.example>")};
    mail.tlp = TlpLevel::Green;
    mail.body = QStringLiteral("Thanks.");
    auto sent = composer.compose(mail);
    REQUIRE(sent);
    CHECK(sent->to == QStringLiteral("reporter@isp.example.net"));
    CHECK(sent->cc.isEmpty());
    const QByteArray bcc = test::headerField(sent->raw, "Bcc");
    CHECK(bcc.contains("a@one.example"));
    CHECK(bcc.contains("b@two.example"));

    mail.bcc = {QStringLiteral("not an address")};
    auto refused = composer.compose(mail);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
}

TEST_CASE("A reply started as the GUI composer starts one threads to the answered message", "[mail][compose][reply]")
{
    MailWorkspace ws;
    const ImportCase report = importOne(ws, plainMessage("a1@isp.example.net", "Phishing kit", "See the kit."));
    const ImportCase followUp =
        importOne(ws, plainMessage("a2@isp.example.net", "Re: Phishing kit", "More of it.",
                                   "In-Reply-To: <a1@isp.example.net>\nReferences: <a1@isp.example.net>\n"));
    REQUIRE(followUp.ticketId == report.ticketId);
    TicketStores stores(ws.change());
    auto ticket = stores.tickets.get(report.ticketId);
    REQUIRE(ticket);

    // The GUI composer: MailReply picks the answered message, the job composes, then the sent message is stored.
    auto start = MailReply(*ws.vault, ws.clock).start(*ticket);
    REQUIRE(start);
    REQUIRE(start->original);
    OutgoingMail mail;
    mail.ticketId = report.ticketId;
    mail.from = QStringLiteral("CERT <cert@team.example.org>");
    mail.to = {start->to};
    mail.tlp = TlpLevel::Green;
    mail.body = MailReply::greeting(start->displayName) + QStringLiteral("\n\nthanks.\n\n") +
                MailReply::quote(start->original->message);
    mail.inReplyTo = start->original->id;
    MailComposer composer(ws.change(QStringLiteral("handler")));
    auto sent = composer.compose(mail);
    REQUIRE(sent);
    CHECK(sent->inReplyTo == QStringLiteral("a2@isp.example.net"));
    CHECK(sent->references == QStringList{QStringLiteral("a1@isp.example.net"), QStringLiteral("a2@isp.example.net")});
    CHECK(test::headerField(sent->raw, "In-Reply-To") == "<a2@isp.example.net>");
    CHECK(test::headerField(sent->raw, "References") == "<a1@isp.example.net> <a2@isp.example.net>");
    CHECK(sent->subject.endsWith(QStringLiteral("Re: Phishing kit")));
    CHECK(sent->body.contains(QStringLiteral("Dear Reporter,")));
    CHECK(sent->body.contains(QStringLiteral("\n> More of it.\n")));
    REQUIRE(composer.storeSent(report.ticketId, *sent));
    auto stored = MailStore(*ws.vault).messagesOf(report.ticketId, true);
    REQUIRE(stored);
    REQUIRE(stored->size() == 3);
    CHECK(stored->last().direction == MailDirection::Out);
    CHECK(stored->last().message.raw == sent->raw);
}

TEST_CASE("The first reply to the reporter is the ticket's first response, recorded once", "[mail][compose][sla]")
{
    MailWorkspace ws;
    const ImportCase report = importOne(ws, plainMessage("r1@isp.example.net", "Spam run", "Spam from 192.0.2.8."));
    TicketStores stores(ws.change());
    const auto firstResponse = [&]() { return stores.tickets.get(report.ticketId).value().firstResponseAt; };
    const auto responseRows = [&]() {
        qsizetype rows = 0;
        const QList<HistoryEntry> history = stores.tickets.history().forTicket(report.ticketId).value();
        for (const HistoryEntry& entry : history) {
            if (entry.action == QLatin1String("set") && entry.field == QLatin1String("first-response"))
                ++rows;
        }
        return rows;
    };
    REQUIRE_FALSE(firstResponse().isValid());
    const QString state = stores.tickets.get(report.ticketId).value().state;

    OutgoingMail mail;
    mail.ticketId = report.ticketId;
    mail.from = QStringLiteral("CERT <cert@team.example.org>");
    mail.tlp = TlpLevel::Green;
    mail.body = QStringLiteral("Noted.");

    SECTION("a notification to another team is not a response")
    {
        mail.to = {QStringLiteral("abuse@hoster.example")};
        auto sent = MailComposer(ws.change()).composeAndStore(mail);
        REQUIRE(sent);
        CHECK_FALSE(firstResponse().isValid());
        CHECK(responseRows() == 0);
    }
    SECTION("replying sets it now, with a history row; a later reply keeps it")
    {
        ws.clock.advanceSecs(3600);
        const QDateTime answered = ws.clock.nowUtc();
        auto start = MailReply(*ws.vault, ws.clock).start(stores.tickets.get(report.ticketId).value());
        REQUIRE(start);
        mail.to = {start->to};
        mail.inReplyTo = start->original->id;
        MailComposer composer(ws.change(QStringLiteral("handler")));
        auto sent = composer.compose(mail);
        REQUIRE(sent);
        REQUIRE(composer.storeSent(report.ticketId, *sent));
        CHECK(firstResponse() == answered);
        CHECK(responseRows() == 1);
        CHECK(stores.tickets.get(report.ticketId).value().state == state); // the state stays
        auto history = stores.tickets.history().forTicket(report.ticketId);
        REQUIRE(history);
        CHECK(history->last().newValue == isoOrEmpty(answered));
        CHECK(history->last().actor == QStringLiteral("handler"));

        ws.clock.advanceSecs(7200);
        REQUIRE(MailComposer(ws.change()).composeAndStore(mail));
        CHECK(firstResponse() == answered);
        CHECK(responseRows() == 1);
        auto messages = MailStore(*ws.vault).messagesOf(report.ticketId, false);
        REQUIRE(messages);
        CHECK(messages->size() == 3);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailImporter.h"
#include "core/mail/MailStore.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"
#include "tests/core/mail/MailTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace fb;
using namespace fb::test;

namespace {

Ticket ticket(MailWorkspace& ws, qint64 id)
{
    SqliteTicketRepository store(ws.change());
    auto t = store.get(id);
    REQUIRE(t);
    return *t;
}

QList<StoredMessage> messagesOf(MailWorkspace& ws, qint64 id)
{
    MailStore store(*ws.vault);
    auto list = store.messagesOf(id, true);
    REQUIRE(list);
    return *list;
}

QStringList conformanceMail()
{
    QStringList files;
    QDirIterator it(conformancePath(QStringLiteral("mail")), {QStringLiteral("*.txt"), QStringLiteral("*.eml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.endsWith(QLatin1String("LICENSE.txt")) && !f.endsWith(QLatin1String("LICENSE-MIT.txt")))
            files.append(f);
    }
    files.sort();
    return files;
}

bool hasObservable(const Ticket& t, ObservableType type, const QString& value)
{
    return t.observables.contains(Observable{type, value});
}

} // namespace

TEST_CASE("Every conformance mail sample is imported or quarantined and a second run adds nothing", "[mail][import]")
{
    MailWorkspace ws;
    const QStringList files = conformanceMail();
    REQUIRE(files.size() == 37);
    const MailImportReport first = importPaths(ws, files);
    // 35 files of one message each (msg_25 and msg_43 start with a From_ line: one-message mboxes),
    // simple.mbox (3) and unmunged.mbox (4 pieces by mboxo rules).
    CHECK(first.total() == 35 + 3 + 4);
    CHECK(first.duplicates == 0);
    // The two From_-split fragments of unmunged.mbox have no header: kept in quarantine, not lost.
    CHECK(first.quarantined == 2);
    for (const ImportCase& c : first.cases) {
        INFO(c.source.toStdString() + " " + c.position.toStdString());
        if (c.outcome == ImportOutcome::Quarantined)
            CHECK(c.source.endsWith(QLatin1String("unmunged.mbox.txt")));
        else
            CHECK(c.ticketId > 0);
    }
    MailStore store(*ws.vault);
    auto quarantine = store.quarantineList();
    REQUIRE(quarantine);
    CHECK(quarantine->size() == 2);

    const MailImportReport second = importPaths(ws, files);
    CHECK(second.imported == 0);
    CHECK(second.threaded == 0);
    CHECK(second.duplicates == first.imported + first.threaded);
    auto quarantineAgain = store.quarantineList();
    REQUIRE(quarantineAgain);
    CHECK(quarantineAgain->size() == 2);
}

TEST_CASE("Conformance samples keep their decoded text", "[mail][import]")
{
    MailWorkspace ws;
    const ImportCase japanese =
        importPaths(ws, {conformancePath(QStringLiteral("mail/mimekit/japanese.txt"))}).cases.value(0);
    REQUIRE(japanese.ticketId > 0);
    const Ticket t = ticket(ws, japanese.ticketId);
    CHECK(t.title == QStringLiteral("日本語メールテスト (testing Japanese emails)"));
    const auto messages = messagesOf(ws, japanese.ticketId);
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].message.body.contains(QStringLiteral("日本語が")));
    CHECK(messages[0].message.raw == readAll(conformancePath(QStringLiteral("mail/mimekit/japanese.txt"))));

    const ImportCase gif = importPaths(ws, {conformancePath(QStringLiteral("mail/cpython/msg_07.txt"))}).cases.value(0);
    const auto withGif = messagesOf(ws, gif.ticketId);
    REQUIRE(withGif.size() == 1);
    REQUIRE(withGif[0].message.attachments.size() == 1);
    CHECK(withGif[0].message.attachments[0].name == QLatin1String("dingusfish.gif"));
    CHECK(withGif[0].message.attachments[0].content.startsWith("GIF87a"));

    const ImportCase charsets =
        importPaths(ws, {conformancePath(QStringLiteral("mail/dovecot-via-stalwart/thirdparty/005.eml"))})
            .cases.value(0);
    const auto decoded = messagesOf(ws, charsets.ticketId);
    REQUIRE(decoded.size() == 1);
    CHECK(decoded[0].message.body.count(QStringLiteral("Test message")) == 3); // utf-16le, utf-16be (x2)
    CHECK(decoded[0].message.body.contains(QStringLiteral("世界人権宣言")));   // EUC-JP
}

TEST_CASE("ARF reports become classified reports with their source as observable", "[mail][import][arf]")
{
    MailWorkspace ws;
    const auto report =
        importPaths(ws, {conformancePath(QStringLiteral("mail/rfc/rfc5965-appendix-B.2-full-report.eml"))});
    REQUIRE(report.imported == 1);
    const Ticket t = ticket(ws, report.cases[0].ticketId);
    CHECK(t.rsitClass == QLatin1String("abusive-content"));
    CHECK(t.rsitType == QLatin1String("spam"));
    CHECK(t.tags.contains(QStringLiteral("abuse-report:arf")));
    CHECK(hasObservable(t, ObservableType::Ipv4, QStringLiteral("192.0.2.1")));
    const auto messages = messagesOf(ws, t.id);
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].abuseReportJson.contains(QLatin1String("\"original_mail_from\":\"<somespammer@example.net>\"")));
    CHECK(messages[0].abuseReportJson.contains(QLatin1String("\"reported_domain\":\"example.net\"")));
}

TEST_CASE("X-ARF reports in mail are read, JSON and YAML", "[mail][import][xarf]")
{
    MailWorkspace ws;
    const QByteArray json =
        readAll(conformancePath(QStringLiteral("mail/xarf/v4/samples/v4/connection-login-attack.json")));
    const QByteArray jsonMail =
        "From: honeypot@ssh-monitor.example\nTo: abuse@team.example.org\n"
        "Subject: abuse report 198.51.100.77\nMessage-ID: <xarf4@ssh-monitor.example>\n"
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
        "Content-Type: text/plain\n\nSee the attached report.\n--b\n"
        "Content-Type: application/json\nContent-Disposition: attachment; filename=xarf.json\n\n" +
        json + "\n--b--\n";
    const ImportCase fromJson = importOne(ws, jsonMail);
    REQUIRE(fromJson.outcome == ImportOutcome::Imported);
    const Ticket jt = ticket(ws, fromJson.ticketId);
    CHECK(jt.rsitType == QLatin1String("brute-force"));
    CHECK(hasObservable(jt, ObservableType::Ipv4, QStringLiteral("198.51.100.77")));

    const QByteArray yamlMail =
        "From: abuse@reporter.example\nTo: abuse@team.example.org\n"
        "Subject: abuse report about 203.0.113.9\nMessage-ID: <xarf02@reporter.example>\n"
        "X-ARF: YES\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
        "Content-Type: text/plain; charset=utf-8\n\nA host of yours tried to log in.\n--b\n"
        "Content-Type: text/plain; charset=utf-8; name=report.txt\n\n"
        "---\nReported-From: abuse@reporter.example\nCategory: abuse\nReport-Type: login-attack\n"
        "Service: ssh\nVersion: 0.2\nUser-Agent: fail2ban\n"
        "Date: Mon, 02 Mar 2026 10:00:00 +0100\nSource: 203.0.113.9\nSource-Type: ipv4\n"
        "Port: 22\n--b--\n";
    const ImportCase fromYaml = importOne(ws, yamlMail);
    const Ticket yt = ticket(ws, fromYaml.ticketId);
    CHECK(yt.rsitClass == QLatin1String("intrusion-attempts"));
    CHECK(yt.tags.contains(QStringLiteral("abuse-report:xarf-yaml")));
    CHECK(hasObservable(yt, ObservableType::Ipv4, QStringLiteral("203.0.113.9")));

    QByteArray badJson = jsonMail;
    badJson.replace("<xarf4@", "<xarf4-bad@").replace("\"login_attack\"", "\"no_such_type\"");
    const ImportCase rejected = importOne(ws, badJson);
    CHECK(rejected.outcome == ImportOutcome::Imported);
    REQUIRE(rejected.warnings.size() == 1);
    CHECK(rejected.warnings[0].code() == MailWarningCode::XarfReportRejected);
    CHECK(rejected.warnings[0].args().value(1).contains(QLatin1String("no_such_type"))); // the field it names
    CHECK(rejected.notes == warningTexts(rejected.warnings));
    CHECK(ticket(ws, rejected.ticketId).rsitClass.isEmpty());
}

TEST_CASE("X-ARF mail as abusix sends it makes a classified report - a forward gives its observables",
          "[mail][import][xarf][forward]")
{
    MailWorkspace ws;
    const QByteArray json =
        readAll(conformancePath(QStringLiteral("mail/xarf/v4/samples/v4/connection-login-attack.json")));
    const QByteArray xarf =
        "From: noreply@reporter.example\nTo: abuse@team.example.org\nSubject: XARF report\n"
        "Message-ID: <xarf-arf@reporter.example>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=feedback-report; boundary=p\n\n"
        "--p\nContent-Type: text/plain\n\nSee the report.\n"
        "--p\nContent-Type: message/feedback-report\n\nFeedback-Type: xarf\n"
        "User-Agent: Abusix/1.0\nVersion: 1\n"
        "--p\nContent-Type: application/json\nContent-Disposition: attachment; filename=xarf.json\n\n" +
        json + "\n--p--\n";
    const ImportCase report = importOne(ws, xarf);
    REQUIRE(report.outcome == ImportOutcome::Imported);
    const Ticket t = ticket(ws, report.ticketId);
    CHECK(t.rsitClass == QLatin1String("intrusion-attempts"));
    CHECK(t.rsitType == QLatin1String("brute-force"));
    CHECK(t.tags.contains(QStringLiteral("abuse-report:xarf-json-v4")));
    CHECK(hasObservable(t, ObservableType::Ipv4, QStringLiteral("198.51.100.77")));

    const QByteArray forward = "From: handler@partner.example.org\nTo: cert@team.example.org\nSubject: Fwd: invoice\n"
                               "Message-ID: <fwd@partner.example.org>\nMIME-Version: 1.0\n"
                               "Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: text/plain\n\nFYI\n"
                               "--o\nContent-Type: message/rfc822\n\nFrom: billing@evil.example\nSubject: invoice\n"
                               "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=i\n\n"
                               "--i\nContent-Type: text/plain\n\nPay at http://203.0.113.50/x.exe\n--i--\n"
                               "--o--\n";
    const ImportCase forwarded = importOne(ws, forward);
    REQUIRE(forwarded.outcome == ImportOutcome::Imported);
    const Ticket f = ticket(ws, forwarded.ticketId);
    CHECK(hasObservable(f, ObservableType::Url, QStringLiteral("http://203.0.113.50/x.exe")));
    CHECK(hasObservable(f, ObservableType::Ipv4, QStringLiteral("203.0.113.50")));
    CHECK(hasObservable(f, ObservableType::Email, QStringLiteral("billing@evil.example")));
}

TEST_CASE("Replies thread to their ticket by tag and by reference", "[mail][import][threading]")
{
    MailWorkspace ws;
    const ImportCase first = importOne(ws, plainMessage("first@isp.example.net", "Scanning from 198.51.100.7",
                                                        "We see scans from 198.51.100.7 on port 22."));
    REQUIRE(first.outcome == ImportOutcome::Imported);

    const ImportCase byReference =
        importOne(ws, plainMessage("second@isp.example.net", "Re: Scanning", "More from 198.51.100.8.",
                                   "In-Reply-To: <first@isp.example.net>\n"));
    CHECK(byReference.outcome == ImportOutcome::Threaded);
    CHECK(byReference.ticketId == first.ticketId);

    const ImportCase byOldReference =
        importOne(ws, plainMessage("third@isp.example.net", "Re: Re: Scanning", "Still going.",
                                   "References: <first@isp.example.net> <unknown@elsewhere.example>\n"));
    CHECK(byOldReference.ticketId == first.ticketId);

    const QByteArray tagged = "Re: [FIREBREAK #" + QByteArray::number(first.ticketId) + "] Scanning";
    const ImportCase byTag = importOne(ws, plainMessage("fourth@isp.example.net", tagged, "Thanks."));
    CHECK(byTag.outcome == ImportOutcome::Threaded);
    CHECK(byTag.ticketId == first.ticketId);

    const ImportCase unknown =
        importOne(ws, plainMessage("fifth@isp.example.net", "Re: [FIREBREAK #4242] Old case", "About that old case."));
    CHECK(unknown.outcome == ImportOutcome::Imported);
    CHECK(unknown.ticketId != first.ticketId);
    CHECK(ticket(ws, unknown.ticketId).tags.contains(QStringLiteral("mail:unknown-ticket")));
    REQUIRE_FALSE(unknown.warnings.isEmpty());
    CHECK(unknown.warnings[0] == MailWarning(MailWarningCode::UnknownTicket, {QStringLiteral("4242")}));
    CHECK(unknown.notes.value(0) == unknown.warnings[0].text());

    // Another team's tag is not ours.
    MailStore store(*ws.vault);
    REQUIRE(store.setSubjectTag(QStringLiteral("CERT-XX")));
    const ImportCase oldTag = importOne(ws, plainMessage("sixth@isp.example.net", tagged, "Old tag."));
    CHECK(oldTag.outcome == ImportOutcome::Imported);
    const QByteArray newTag = "[cert-xx #" + QByteArray::number(first.ticketId) + "] Scanning";
    CHECK(importOne(ws, plainMessage("seventh@isp.example.net", newTag, "New tag.")).ticketId == first.ticketId);
    CHECK_FALSE(store.setSubjectTag(QStringLiteral("BAD]TAG")));

    const Ticket t = ticket(ws, first.ticketId);
    CHECK(hasObservable(t, ObservableType::Ipv4, QStringLiteral("198.51.100.7")));
    CHECK(hasObservable(t, ObservableType::Ipv4, QStringLiteral("198.51.100.8")));
    CHECK(messagesOf(ws, first.ticketId).size() == 5);
    SqliteTicketRepository tickets(ws.change());
    auto history = tickets.history().forTicket(first.ticketId);
    REQUIRE(history);
    int mailRows = 0;
    for (const HistoryEntry& e : *history)
        mailRows += e.action == QLatin1String("mail") ? 1 : 0;
    CHECK(mailRows == 5);
    auto verified = tickets.history().verify();
    REQUIRE(verified);
    CHECK(verified->intact);
}

TEST_CASE("Duplicates are found by Message-ID or by content", "[mail][import][dedup]")
{
    MailWorkspace ws;
    const QByteArray withId = plainMessage("dup@isp.example.net", "Phishing site", "See hxxps://bad[.]example.com/");
    const ImportCase a = importOne(ws, withId);
    CHECK(a.outcome == ImportOutcome::Imported);
    CHECK(hasObservable(ticket(ws, a.ticketId), ObservableType::Url, QStringLiteral("https://bad.example.com/")));
    QByteArray resent = withId;
    resent.replace("Mon, 02 Mar", "Tue, 03 Mar");
    const ImportCase b = importOne(ws, resent);
    CHECK(b.outcome == ImportOutcome::Duplicate);
    CHECK(b.ticketId == a.ticketId);

    const QByteArray noId = plainMessage({}, "No id", "Body without a Message-ID.");
    CHECK(importOne(ws, noId).outcome == ImportOutcome::Imported);
    CHECK(importOne(ws, noId).outcome == ImportOutcome::Duplicate);
    QByteArray changed = noId;
    changed.replace("Body", "Another body");
    CHECK(importOne(ws, changed).outcome == ImportOutcome::Imported);
}

TEST_CASE("Charsets and encodings end up as UTF-8", "[mail][import][charset]")
{
    MailWorkspace ws;
    const QByteArray latin =
        "From: =?iso-8859-1?q?J=F6rg_M=FCller?= <joerg@example.de>\n"
        "Subject: =?iso-8859-1?q?Sch=E4dliche_Mails?= =?utf-8?b?4oCTIGJpdHRl?=\n"
        "Message-ID: <latin@example.de>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=x\n\n--x\n"
        "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Gr=FC=DFe =80 5 =93zitiert=94\n--x\n"
        "Content-Type: application/octet-stream\n"
        "Content-Disposition: attachment; filename*=utf-8''%C3%BCbersicht%20%E2%82%AC.txt\n"
        "Content-Transfer-Encoding: base64\n\naGVsbG8=\n--x--\n";
    const ImportCase c = importOne(ws, latin);
    const auto messages = messagesOf(ws, c.ticketId);
    REQUIRE(messages.size() == 1);
    const ParsedMessage& m = messages[0].message;
    // RFC 2047 6.2: the space between two encoded words is not part of the text.
    CHECK(m.subject == QStringLiteral("Schädliche Mails– bitte"));
    CHECK(m.from.contains(QStringLiteral("Jörg Müller")));
    CHECK(m.body.contains(QStringLiteral("Grüße € 5 “zitiert”")));
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].name == QStringLiteral("übersicht €.txt"));
    CHECK(m.attachments[0].content == "hello");
    CHECK(m.attachments[0].sha256.toHex() == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");

    const QByteArray html = "From: a@example.org\nSubject: html only\nMessage-ID: <html@example.org>\n"
                            "MIME-Version: 1.0\nContent-Type: text/html; charset=iso-8859-1\n\n"
                            "<html><head><style>p{}</style><script>alert(1)</script></head><body>"
                            "<p>Caf\xe9 &amp; <b>phish</b> at <a href=\"http://login.bad.example.com/x\">here</a></p>"
                            "<div>line&nbsp;two</div></body></html>\n";
    const auto htmlMessages = messagesOf(ws, importOne(ws, html).ticketId);
    REQUIRE(htmlMessages.size() == 1);
    const QString body = htmlMessages[0].message.body;
    CHECK(body.contains(QStringLiteral("Café & phish at here <http://login.bad.example.com/x>")));
    CHECK(body.contains(QStringLiteral("\nline two")));
    CHECK_FALSE(body.contains(QLatin1String("alert")));
    CHECK_FALSE(body.contains(QLatin1String("<p>")));
}

TEST_CASE("Message text is found by ticket full-text search", "[mail][import][search]")
{
    MailWorkspace ws;
    const ImportCase c =
        importOne(ws, plainMessage("fts@isp.example.net", "Plain title", "The word zanzibarquux is in the body."));
    TicketSearch search(*ws.vault);
    auto hits = search.fullText(QStringLiteral("zanzibarquux"));
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0) == c.ticketId);
    auto title = search.fullText(QStringLiteral("plain title"));
    REQUIRE(title);
    CHECK(title->contains(c.ticketId));
}

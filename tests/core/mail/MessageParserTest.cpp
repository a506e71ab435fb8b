// SPDX-License-Identifier: GPL-3.0-or-later
// MessageParser: forwarded messages and report parts give their observables; X-ARF mail is classified by its JSON.
#include "core/mail/MessageParser.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fb;
using fb::test::conformancePath;
using fb::test::readAll;

namespace {

ParsedMessage parsed(const QByteArray& raw)
{
    MessageParser::Outcome outcome = MessageParser::parse(raw);
    INFO(outcome.quarantineReason.toStdString());
    REQUIRE(outcome.quarantineReason.isEmpty());
    return outcome.message;
}

bool has(const QList<Observable>& found, ObservableType type, const char* value)
{
    return found.contains(Observable{type, QString::fromLatin1(value)});
}

// A report forwarded by a handler: the forwarded phishing mail is multipart/mixed with a multipart/alternative
// body (plain and HTML), a text attachment, and a message it forwards in turn (HTML only, quoted-printable).
const QByteArray kForward = "From: Handler <handler@partner.example.org>\n"
                            "To: cert@team.example.org\n"
                            "Subject: Fwd: Your mailbox is full\n"
                            "Message-ID: <fwd-1@partner.example.org>\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: multipart/mixed; boundary=outer\n"
                            "\n"
                            "--outer\n"
                            "Content-Type: text/plain; charset=utf-8\n"
                            "\n"
                            "FYI, see the forwarded message.\n"
                            "--outer\n"
                            "Content-Type: message/rfc822\n"
                            "Content-Disposition: attachment\n"
                            "\n"
                            "From: \"IT Support\" <support@phish-mail.example.com>\n"
                            "Received: from mx.phish-mail.example.com (mx.phish-mail.example.com [198.51.100.44])\n"
                            "\tby mx.partner.example.org with ESMTP; Mon, 02 Mar 2026 09:00:00 +0100\n"
                            "To: victim@partner.example.org\n"
                            "Subject: Your mailbox is full\n"
                            "Message-ID: <0123456789abcdef0123456789abcdef@mailer.example.com>\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: multipart/mixed; boundary=inner\n"
                            "\n"
                            "--inner\n"
                            "Content-Type: multipart/alternative; boundary=alt\n"
                            "\n"
                            "--alt\n"
                            "Content-Type: text/plain; charset=utf-8\n"
                            "\n"
                            "Log in at http://203.0.113.50/x.exe to keep your mail.\n"
                            "--alt\n"
                            "Content-Type: text/html; charset=utf-8\n"
                            "\n"
                            "<p>Log in at <a href=\"http://203.0.113.50/x.exe\">our portal</a></p>\n"
                            "--alt--\n"
                            "--inner\n"
                            "Content-Type: text/plain; name=headers.txt\n"
                            "Content-Disposition: attachment; filename=headers.txt\n"
                            "\n"
                            "X-Originating-IP: [192.0.2.201]\n"
                            "--inner\n"
                            "Content-Type: message/rfc822\n"
                            "\n"
                            "From: attacker@evil-sender.example.net\n"
                            "Subject: earlier\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: text/html; charset=utf-8\n"
                            "Content-Transfer-Encoding: quoted-printable\n"
                            "\n"
                            "<a href=3D\"https://login.evil.example/steal\">Click</a> or write to drop@corp.internal\n"
                            "--inner--\n"
                            "\n"
                            "--outer--\n";

} // namespace

TEST_CASE("A forwarded message gives the observables of every text part at every depth", "[mail][parser][forward]")
{
    const ParsedMessage m = parsed(kForward);
    // The forward is one attachment; its parts are not attachments of the outer message.
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].mimeType == QLatin1String("message/rfc822"));
    CHECK(m.body.trimmed() == QStringLiteral("FYI, see the forwarded message."));

    const QList<Observable> found = m.findObservables();
    CHECK(has(found, ObservableType::Url, "http://203.0.113.50/x.exe"));
    CHECK(has(found, ObservableType::Ipv4, "203.0.113.50"));
    CHECK(has(found, ObservableType::Ipv4, "198.51.100.44"));                   // Received of the forwarded message
    CHECK(has(found, ObservableType::Email, "support@phish-mail.example.com")); // its sender
    CHECK(has(found, ObservableType::Ipv4, "192.0.2.201"));                     // its text attachment
    CHECK(has(found, ObservableType::Url, "https://login.evil.example/steal")); // the message it forwards
    CHECK(has(found, ObservableType::Email, "attacker@evil-sender.example.net"));
    CHECK(has(found, ObservableType::Email, "drop@corp.internal"));
    // Message identifiers are no indicators.
    CHECK_FALSE(has(found, ObservableType::Email, "0123456789abcdef0123456789abcdef@mailer.example.com"));
}

TEST_CASE("Without the forwarded part nothing of it is found", "[mail][parser][forward]")
{
    QByteArray plain = kForward;
    plain.truncate(plain.indexOf("--outer\nContent-Type: message/rfc822"));
    plain += "--outer--\n";
    const QList<Observable> found = parsed(plain).findObservables();
    CHECK_FALSE(has(found, ObservableType::Ipv4, "203.0.113.50"));
}

TEST_CASE("A forward nested past the depth limit is warned about, not read", "[mail][parser][forward]")
{
    QByteArray raw = "From: a@example.org\nSubject: deep\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n";
    for (int i = 0; i < MessageParser::kMaxNesting + 2; ++i)
        raw += "From: a@example.org\nSubject: level\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n";
    raw += "From: a@example.org\nSubject: bottom\nContent-Type: text/plain\n\nhttp://203.0.113.9/deep\n";
    const ParsedMessage m = parsed(raw);
    CHECK((hasWarning(m.warnings, MailWarningCode::NestedTooDeeply) ||
           hasWarning(m.warnings, MailWarningCode::NestingOverflow)));
    CHECK_FALSE(has(m.findObservables(), ObservableType::Url, "http://203.0.113.9/deep"));
}

TEST_CASE("An ARF report's text/rfc822-headers part gives its observables", "[mail][parser][arf]")
{
    const QByteArray raw =
        "From: <abusedesk@example.com>\nTo: <abuse@example.net>\nSubject: FW: report\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary=b\n\n"
        "--b\nContent-Type: text/plain\n\nAn abuse report.\n"
        "--b\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: X/1\nVersion: 1\n"
        "--b\nContent-Type: text/rfc822-headers\n\n"
        "Received: from bad.example.net (bad.example.net [192.0.2.77]) by mx.example.com;\n"
        "\tThu, 08 Mar 2005 14:00:00 -0400\n"
        "From: <spammer@bad.example.net>\nSubject: Earn money\n"
        "--b--\n";
    const ParsedMessage m = parsed(raw);
    REQUIRE(m.abuseReport);
    CHECK(m.abuseReport->rsitClass == QLatin1String("abusive-content"));
    CHECK(m.abuseReport->originalMessage.contains("192.0.2.77"));
    const QList<Observable> found = m.findObservables();
    CHECK(has(found, ObservableType::Ipv4, "192.0.2.77"));
    CHECK(has(found, ObservableType::Email, "spammer@bad.example.net"));
}

TEST_CASE("The RFC 5965 full report gives the spam's text from its message/rfc822 part", "[mail][parser][arf]")
{
    const ParsedMessage m =
        parsed(readAll(conformancePath(QStringLiteral("mail/rfc/rfc5965-appendix-B.2-full-report.eml"))));
    REQUIRE(m.abuseReport);
    const QList<Observable> found = m.findObservables();
    CHECK(has(found, ObservableType::Email, "somespammer@example.net"));
    CHECK(has(found, ObservableType::Ipv4, "192.0.2.1"));
}

TEST_CASE("X-ARF mail (Feedback-Type: xarf and a JSON part) is classified by its JSON", "[mail][parser][xarf]")
{
    const QByteArray json =
        readAll(conformancePath(QStringLiteral("mail/xarf/v4/samples/v4/connection-login-attack.json")));
    const QByteArray raw = "From: Abuse Reporter <noreply@reporter.example>\nTo: abuse@team.example.org\n"
                           "Subject: XARF report\nMessage-ID: <xarf-over-arf@reporter.example>\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/report; report-type=feedback-report; boundary=p\n\n"
                           "--p\nContent-Type: text/plain\n\nThis is the human readable description\n"
                           "--p\nContent-Type: message/feedback-report\nContent-Disposition: inline\n\n"
                           "Feedback-Type: xarf\nUser-Agent: Abusix/1.0\nVersion: 1\n"
                           "--p\nContent-Type: application/json; name=xarf.json\n"
                           "Content-Disposition: attachment; filename=xarf.json\n\n" +
                           json + "\n--p--\n";
    const ParsedMessage m = parsed(raw);
    REQUIRE(m.abuseReport);
    CHECK(m.abuseReport->format == AbuseFormat::XarfJsonV4);
    CHECK(m.abuseReport->category == QLatin1String("connection"));
    CHECK(m.abuseReport->rsitClass == QLatin1String("intrusion-attempts"));
    CHECK(m.abuseReport->rsitType == QLatin1String("brute-force"));
    CHECK(m.warnings.isEmpty());

    // The JSON part missing: the ARF part is kept, unclassified, with a warning that says why.
    QByteArray noJson = raw;
    noJson.truncate(noJson.indexOf("--p\nContent-Type: application/json"));
    noJson += "--p--\n";
    const ParsedMessage announced = parsed(noJson);
    REQUIRE(announced.abuseReport);
    CHECK(announced.abuseReport->format == AbuseFormat::Arf);
    CHECK(announced.abuseReport->rsitClass.isEmpty());
    CHECK(std::count_if(announced.warnings.cbegin(), announced.warnings.cend(), [](const MailWarning& w) {
              return w.code() == MailWarningCode::XarfAnnouncedWithoutJson;
          }) == 1);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// How a reply starts (MailReply): which message it answers, whom it goes to and by what name, the greeting, the
// quoted original, and which sent mail answers the reporter.
#include "core/mail/MailReply.h"

#include "core/directory/PersonStore.h"
#include "core/directory/TeamStore.h"
#include "core/mail/MailComposer.h"
#include "core/mail/MailStore.h"
#include "core/mail/MessageParser.h"
#include "core/tickets/TicketStores.h"
#include "tests/core/mail/MailTestSupport.h"

#include <QLocale>

using namespace fb;
using namespace fb::test;

namespace {

Ticket ticketOf(MailWorkspace& ws, qint64 id)
{
    TicketStores stores(ws.change());
    auto ticket = stores.tickets.get(id);
    REQUIRE(ticket);
    return *ticket;
}

qint64 storedId(MailWorkspace& ws, qint64 ticketId, const QString& messageId)
{
    auto messages = MailStore(*ws.vault).messagesOf(ticketId, false);
    REQUIRE(messages);
    for (const StoredMessage& m : *messages) {
        if (m.message.messageId == messageId)
            return m.id;
    }
    FAIL("no stored message " << messageId.toStdString());
    return 0;
}

} // namespace

TEST_CASE("A reply answers the newest received message, goes to its sender and greets them by name", "[mail][reply]")
{
    MailWorkspace ws;
    const ImportCase report =
        importOne(ws, plainMessage("first@isp.example.net", "Scanning from 198.51.100.7", "Please look."));
    const QByteArray followUp = "From: \"Jane Q. Public\" <Jane@ISP.example.net>\nTo: cert@team.example.org\n"
                                "Date: Tue, 03 Mar 2026 08:00:00 +0000\nMessage-ID: <second@isp.example.net>\n"
                                "References: <first@isp.example.net>\nSubject: Re: Scanning from 198.51.100.7\n"
                                "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nIt goes on.\n";
    const ImportCase second = importOne(ws, followUp);
    REQUIRE(second.ticketId == report.ticketId);
    // Our own mail after it is not what a reply answers.
    OutgoingMail ours;
    ours.ticketId = report.ticketId;
    ours.to = {QStringLiteral("someone@elsewhere.example")};
    ours.tlp = TlpLevel::Green;
    REQUIRE(MailComposer(ws.change()).composeAndStore(ours));

    MailReply reply(*ws.vault, ws.clock);
    const Ticket ticket = ticketOf(ws, report.ticketId);
    auto start = reply.start(ticket);
    REQUIRE(start);
    REQUIRE(start->original);
    CHECK(start->original->message.messageId == QStringLiteral("second@isp.example.net"));
    CHECK(MailReply::addressOf(start->to) == QStringLiteral("jane@isp.example.net"));
    CHECK(start->displayName == QStringLiteral("Jane Q. Public"));
    CHECK(MailReply::greeting(start->displayName) == QStringLiteral("Dear Jane Q. Public,"));

    SECTION("an earlier message, when asked for")
    {
        const qint64 first = storedId(ws, report.ticketId, QStringLiteral("first@isp.example.net"));
        auto earlier = reply.start(ticket, first);
        REQUIRE(earlier);
        REQUIRE(earlier->original);
        CHECK(earlier->original->id == first);
        CHECK(earlier->displayName == QStringLiteral("Reporter"));
    }
    SECTION("a message the ticket does not have is not found")
    {
        auto missing = reply.start(ticket, 9999);
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == ErrorCode::NotFound);
        CHECK(missing.error().where == QStringLiteral("reply"));
    }
}

TEST_CASE("Without received mail a reply goes to the reporter, greeted neutrally when unnamed", "[mail][reply]")
{
    MailWorkspace ws;
    TicketStores stores(ws.change());
    NewTicket report;
    report.kind = TicketKind::Report;
    report.title = QStringLiteral("Phone call about spam");
    report.reporter = QStringLiteral("abuse@isp.example.net");
    auto id = stores.workflow.create(report);
    REQUIRE(id);
    auto start = MailReply(*ws.vault, ws.clock).start(ticketOf(ws, *id));
    REQUIRE(start);
    CHECK_FALSE(start->original);
    CHECK(start->to == QStringLiteral("abuse@isp.example.net"));
    CHECK(start->displayName.isEmpty());
    CHECK(MailReply::greeting(start->displayName) == QStringLiteral("Hello,"));
}

TEST_CASE("The directory names a person - a team's own mailbox is greeted as colleagues", "[mail][reply]")
{
    MailWorkspace ws;
    Team team;
    team.officialName = QStringLiteral("CERT Example Land");
    team.shortName = QStringLiteral("CERT-XL");
    team.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("cert@cert-xl.example"), ChannelUsage::Contact, {}, false});
    auto teamId = TeamStore(ws.change()).addTeam(team);
    REQUIRE(teamId);
    Person person;
    person.name = QStringLiteral("Jane Doe");
    person.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("jane@cert-xl.example"), ChannelUsage::Contact, {}, false});
    person.memberships.append(TeamMembership{*teamId, QStringLiteral("handler"), QDate(2020, 1, 1), {}});
    REQUIRE(PersonStore(ws.change()).addPerson(person));

    MailReply reply(*ws.vault, ws.clock);
    const struct
    {
        const char* address;
        const char* name;
    } cases[] = {
        {"jane@cert-xl.example", "Jane Doe"},
        {"J. Doe <JANE@cert-xl.example>", "Jane Doe"}, // the directory's name, not the address's
        {"CERT XL <cert@cert-xl.example>", ""},
        {"Rita Reporter (Example ISP) <rita@isp.example.net>", "Rita Reporter"},
        {"=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@isp.example.net>", "Jürgen Müller"},
        {"rita@isp.example.net", ""},
        {"", ""},
    };
    for (const auto& c : cases) {
        INFO(c.address);
        auto name = reply.displayName(QString::fromUtf8(c.address));
        REQUIRE(name);
        CHECK(*name == QString::fromUtf8(c.name));
    }
}

TEST_CASE("The quoted original: attribution, every line behind '> ', no signature", "[mail][reply]")
{
    ParsedMessage original;
    original.from = QStringLiteral("Jane Doe <jane@isp.example.net>");
    original.fromAddress = QStringLiteral("jane@isp.example.net");
    original.date = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    original.body =
        QStringLiteral("\nHello team,\r\n\r\nwe see 198.51.100.7.\n> what you wrote\n\n-- \nJane\nAbuse desk\n");
    const QString when = QLocale().toString(original.date.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm t"));
    CHECK(MailReply::quote(original) == QStringLiteral("On %1, Jane Doe wrote:\n"
                                                       "> Hello team,\n"
                                                       ">\n"
                                                       "> we see 198.51.100.7.\n"
                                                       "> > what you wrote\n")
                                            .arg(when));

    original.date = QDateTime();
    original.from = QStringLiteral("jane@isp.example.net");
    original.body = QStringLiteral("One line");
    CHECK(MailReply::quote(original) == QStringLiteral("jane@isp.example.net wrote:\n> One line\n"));
}

TEST_CASE("Sent mail answers the reporter when it goes to them or replies to a received message", "[mail][reply]")
{
    Ticket ticket;
    ticket.reporter = QStringLiteral("Rita Reporter <Rita@isp.example.net>");
    ParsedMessage sent;
    sent.to = QStringLiteral("noc@other.example, rita@isp.example.net");
    CHECK(MailReply::answersReporter(ticket, sent, {}));
    sent.to = QStringLiteral("noc@other.example");
    sent.cc = QStringLiteral("RITA@isp.example.net");
    CHECK(MailReply::answersReporter(ticket, sent, {}));
    sent.cc.clear();
    CHECK_FALSE(MailReply::answersReporter(ticket, sent, {}));
    sent.inReplyTo = QStringLiteral("m1@isp.example.net");
    CHECK(MailReply::answersReporter(ticket, sent, {QStringLiteral("m1@isp.example.net")}));
    CHECK_FALSE(MailReply::answersReporter(ticket, sent, {QStringLiteral("other@isp.example.net")}));
    ticket.reporter.clear();
    sent.inReplyTo.clear();
    CHECK_FALSE(MailReply::answersReporter(ticket, sent, {}));
}

TEST_CASE("A reply goes where the received message's Reply-To says, else to its sender", "[mail][reply]")
{
    MailWorkspace ws;
    auto withReplyTo = [](const QByteArray& replyTo, const QByteArray& id) -> QByteArray {
        return "From: Abuse Feed <noreply@feed.example.net>\nReply-To: " + replyTo +
               "\nTo: cert@team.example.org\nDate: Mon, 02 Mar 2026 08:00:00 +0000\nMessage-ID: <" + id +
               ">\nSubject: Phishing on 192.0.2.10\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
               "Phishing kit at 192.0.2.10.\n";
    };
    MailReply reply(*ws.vault, ws.clock);

    SECTION("a Reply-To mailbox is answered, named as it names itself")
    {
        const ImportCase report =
            importOne(ws, withReplyTo("\"ISP Abuse Desk\" <Abuse@ISP.example.net>", "r1@feed.example.net"));
        auto stored = MailStore(*ws.vault).messagesOf(report.ticketId, true);
        REQUIRE(stored);
        REQUIRE(stored->size() == 1);
        CHECK(MessageParser::parse(stored->first().message.raw).message.replyTo ==
              QStringLiteral("ISP Abuse Desk <Abuse@ISP.example.net>"));
        auto start = reply.start(ticketOf(ws, report.ticketId));
        REQUIRE(start);
        CHECK(MailReply::addressOf(start->to) == QStringLiteral("abuse@isp.example.net"));
        CHECK(start->displayName == QStringLiteral("ISP Abuse Desk"));
    }
    SECTION("a Reply-To without an address leaves the sender")
    {
        const ImportCase report = importOne(ws, withReplyTo("undisclosed-recipients:;", "r2@feed.example.net"));
        auto start = reply.start(ticketOf(ws, report.ticketId));
        REQUIRE(start);
        CHECK(MailReply::addressOf(start->to) == QStringLiteral("noreply@feed.example.net"));
    }
}

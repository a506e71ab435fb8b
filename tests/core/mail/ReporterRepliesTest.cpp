// SPDX-License-Identifier: GPL-3.0-or-later
// Reply to all reporters of an incident (ReporterReplies): one reply per distinct reporter, threaded to and stored
// on that reporter's newest report, a reporter left out on request, and the TLP gate per recipient.
#include "core/mail/ReporterReplies.h"

#include "core/mail/MailStore.h"
#include "core/tickets/TicketStores.h"
#include "tests/core/mail/PgpMailTestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

QByteArray reportFrom(const QByteArray& from, const QByteArray& messageId, const QByteArray& subject)
{
    return "From: " + from + "\nTo: cert@team.example.org\nDate: Mon, 02 Mar 2026 10:00:00 +0100\nMessage-ID: <" +
           messageId + ">\nSubject: " + subject +
           "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nSeen from 198.51.100.7.\n";
}

struct Reporters
{
    PgpPeers peers;
    MailWorkspace& ws = peers.ws;
    qint64 incidentId = 0;
    qint64 janeFirst = 0;
    qint64 janeSecond = 0;
    qint64 peer = 0;

    explicit Reporters(TlpLevel tlp = TlpLevel::Amber)
    {
        janeFirst = importOne(ws, reportFrom("Jane Doe <jane@isp.example.net>", "j1@isp", "Scan one")).ticketId;
        janeSecond = importOne(ws, reportFrom("Jane Doe <JANE@isp.example.net>", "j2@isp", "Scan two")).ticketId;
        peer = importOne(ws, reportFrom("Peer CERT <cert@peer.example>", "p1@peer", "Scan three")).ticketId;
        REQUIRE(janeFirst != janeSecond);
        TicketStores stores(ws.change());
        NewTicket incident;
        incident.kind = TicketKind::Incident;
        incident.title = QStringLiteral("Scanning campaign");
        incident.tlp = tlp;
        auto id = stores.workflow.create(incident);
        REQUIRE(id);
        incidentId = *id;
        for (qint64 report : {janeFirst, janeSecond, peer})
            REQUIRE(stores.workflow.link(report, incidentId));
        // A report typed in without any address has nobody to answer.
        NewTicket phoned;
        phoned.title = QStringLiteral("Phoned in");
        phoned.howReported = HowReported::Phone;
        phoned.incidentId = incidentId;
        REQUIRE(stores.workflow.create(phoned));
    }
    QList<KeyInfo> keys()
    {
        auto list = KeyringStore(*ws.vault, ws.clock).keys();
        REQUIRE(list);
        return *list;
    }
};

} // namespace

TEST_CASE("The reporters of an incident: one each, answering the newest report, with key status", "[mail][replyall]")
{
    Reporters r;
    ReporterReplies replies(r.ws.change());
    auto list = replies.reporters(r.incidentId, r.keys());
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    const ReporterReply& peer = list->at(0);
    CHECK(peer.address == QStringLiteral("cert@peer.example"));
    CHECK(peer.key.status == RecipientKeyStatus::Valid);
    CHECK(peer.encrypt);
    const ReporterReply& jane = list->at(1);
    CHECK(jane.address == QStringLiteral("jane@isp.example.net"));
    CHECK(jane.reportId == r.janeSecond);
    CHECK(jane.otherReports == QList<qint64>{r.janeFirst});
    CHECK(jane.displayName == QStringLiteral("Jane Doe"));
    REQUIRE(jane.inReplyTo);
    CHECK(jane.key.status == RecipientKeyStatus::None);
    CHECK_FALSE(jane.encrypt);
    CHECK_FALSE(jane.refused);

    auto notIncident = replies.reporters(r.peer, {});
    REQUIRE_FALSE(notIncident);
    CHECK(notIncident.error().code == ErrorCode::BadInput);
}

TEST_CASE("Reply to all reporters: one threaded reply per reporter, opt-out honoured, all stored", "[mail][replyall]")
{
    Reporters r;
    auto keys = r.peers.keys();
    ReporterReplies replies(r.ws.change());
    replies.setKeys(keys.get());
    auto list = replies.reporters(r.incidentId, r.keys());
    REQUIRE(list);
    auto text = replies.defaultText();
    REQUIRE(text);

    SECTION("everyone")
    {
        auto mails = replies.mails(r.incidentId, *list, {}, *text, r.peers.teamKey);
        REQUIRE(mails);
        REQUIRE(mails->size() == 2);
        CHECK(mails->at(1).body.startsWith(QStringLiteral("Dear Jane Doe,")));
        CHECK(mails->at(1).body.contains(QStringLiteral("#%1]").arg(r.incidentId)));
        CHECK(mails->at(1).body.contains(QStringLiteral("> Seen from 198.51.100.7.")));
        DirectJobControl control;
        auto sent = replies.send(*mails, control);
        INFO((sent ? QString() : sent.error().toString()).toStdString());
        REQUIRE(sent);
        REQUIRE(sent->size() == 2);
        CHECK(sent->at(0).isEncrypted);
        CHECK_FALSE(sent->at(1).isEncrypted);
        CHECK(sent->at(1).inReplyTo == QStringLiteral("j2@isp"));
        CHECK(sent->at(1).subject.contains(QStringLiteral("Re: Scan two")));
        auto onReport = MailStore(*r.ws.vault).messagesOf(r.janeSecond, false);
        REQUIRE(onReport);
        REQUIRE(onReport->size() == 2);
        CHECK(onReport->at(1).direction == MailDirection::Out);
        auto onFirst = MailStore(*r.ws.vault).messagesOf(r.janeFirst, false);
        REQUIRE(onFirst);
        CHECK(onFirst->size() == 1); // only what was received
    }
    SECTION("one reporter left out")
    {
        auto mails =
            replies.mails(r.incidentId, *list, {QStringLiteral("Jane <Jane@isp.example.net>")}, *text, QString());
        REQUIRE(mails);
        REQUIRE(mails->size() == 1);
        CHECK(mails->at(0).to.first().contains(QStringLiteral("cert@peer.example")));
        auto all = replies.mails(r.incidentId, *list,
                                 {QStringLiteral("jane@isp.example.net"), QStringLiteral("cert@peer.example")}, *text,
                                 QString());
        REQUIRE_FALSE(all);
        CHECK(all.error().code == ErrorCode::BadInput);
    }
}

TEST_CASE("Reply to all reporters at TLP:RED goes only to reporters with a valid key", "[mail][replyall]")
{
    Reporters r(TlpLevel::Red);
    ReporterReplies replies(r.ws.change());
    auto list = replies.reporters(r.incidentId, r.keys());
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK_FALSE(list->at(0).refused);
    CHECK(list->at(1).refused);
    CHECK(list->at(1).refusal.contains(QStringLiteral("TLP:RED")));
    auto mails = replies.mails(r.incidentId, *list, {}, QStringLiteral("{greeting}\nUpdate."), QString());
    REQUIRE(mails);
    REQUIRE(mails->size() == 1);
    CHECK(mails->at(0).encrypt);
}

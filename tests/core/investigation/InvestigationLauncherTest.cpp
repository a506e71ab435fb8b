// SPDX-License-Identifier: GPL-3.0-or-later
// Launching investigations (InvestigationPlanner::planFor, InvestigationLauncher): the preview writes nothing;
// launching creates one Investigation per chosen team, linked to the incident with its observables, with the
// notification signed (and encrypted where the team has a valid key) stored on it; all or nothing.
#include "core/investigation/InvestigationLauncher.h"

#include "core/directory/ConstituencyEntry.h"
#include "core/directory/OwnTeam.h"
#include "core/directory/TeamStore.h"
#include "core/investigation/InvestigationPlanner.h"
#include "core/mail/MailStore.h"
#include "core/tickets/TicketStores.h"
#include "tests/core/mail/PgpMailTestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

qint64 addTeam(MailWorkspace& ws, const QString& name, const QString& address, const QString& block)
{
    Team t;
    t.shortName = name;
    t.officialName = name;
    t.channels.append(Channel{ChannelKind::Email, address, ChannelUsage::Contact, {}, false});
    if (!block.isEmpty()) {
        auto entry = Constituency::guess(block);
        REQUIRE(entry);
        t.constituency.append(*entry);
    }
    auto id = TeamStore(ws.change()).addTeam(t);
    REQUIRE(id);
    return *id;
}

struct LaunchFixture : PgpPeers
{
    qint64 ownId = addTeam(ws, QStringLiteral("OUR-CERT"), QStringLiteral("cert@team.example.org"), {});
    qint64 peerId =
        addTeam(ws, QStringLiteral("PEER-CERT"), QStringLiteral("cert@peer.example"), QStringLiteral("192.0.2.0/24"));
    qint64 plainId =
        addTeam(ws, QStringLiteral("PLAIN-SOC"), QStringLiteral("soc@plain.example"), QStringLiteral("203.0.113.0/24"));
    qint64 incidentId = 0;

    explicit LaunchFixture(TlpLevel tlp = TlpLevel::Amber)
    {
        REQUIRE(OwnTeam(*ws.vault).setTeam(ownId));
        REQUIRE(OwnTeam(*ws.vault).setSigningKey(teamKey));
        TicketStores stores(ws.change());
        NewTicket incident;
        incident.kind = TicketKind::Incident;
        incident.title = QStringLiteral("Botnet C2");
        incident.tlp = tlp;
        for (const QString& value : {QStringLiteral("192.0.2.5"), QStringLiteral("192.0.2.6"),
                                     QStringLiteral("203.0.113.9"), QStringLiteral("198.51.100.1")}) {
            auto o = Observables::fromUserInput(value);
            REQUIRE(o);
            incident.observables.append(*o);
        }
        auto id = stores.workflow.create(incident);
        REQUIRE(id);
        incidentId = *id;
    }

    InvestigationPlan plan()
    {
        auto made = InvestigationPlanner::planFor(*ws.vault, ws.clock, incidentId);
        INFO((made ? QString() : made.error().toString()).toStdString());
        REQUIRE(made);
        return *made;
    }
    QList<qint64> children()
    {
        TicketStores stores(ws.change());
        auto ids = stores.workflow.childrenOf(incidentId);
        REQUIRE(ids);
        return *ids;
    }
};

} // namespace

TEST_CASE("Planning from an incident reads its observables, the directory and the keyring", "[investigation]")
{
    LaunchFixture f;
    const InvestigationPlan plan = f.plan();
    REQUIRE(plan.groups.size() == 2);
    const InvestigationGroup* peer = plan.group(f.peerId);
    REQUIRE(peer);
    CHECK(peer->observables.size() == 2);
    CHECK(peer->key.status == RecipientKeyStatus::Valid);
    CHECK(peer->encrypt);
    const InvestigationGroup* plain = plan.group(f.plainId);
    REQUIRE(plain);
    CHECK(plain->key.status == RecipientKeyStatus::None);
    CHECK_FALSE(plain->encrypt);
    REQUIRE(plan.unknown.size() == 1);
    CHECK(plan.unknown.at(0).value == QStringLiteral("198.51.100.1"));

    TicketStores stores(f.ws.change());
    NewTicket report;
    report.title = QStringLiteral("A report");
    auto reportId = stores.workflow.create(report);
    REQUIRE(reportId);
    auto refused = InvestigationPlanner::planFor(*f.ws.vault, f.ws.clock, *reportId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
}

TEST_CASE("The preview writes each notification from the template and stores nothing", "[investigation]")
{
    LaunchFixture f;
    InvestigationLauncher launcher(f.ws.change());
    auto notices = launcher.preview(f.plan(), {});
    REQUIRE(notices);
    REQUIRE(notices->size() == 2);
    const InvestigationNotice& peer = notices->at(0);
    CHECK(peer.teamName == QStringLiteral("PEER-CERT"));
    CHECK(peer.mail.to == QStringList{QStringLiteral("cert@peer.example")});
    CHECK(peer.mail.encrypt);
    CHECK(peer.mail.signKey == f.teamKey);
    CHECK(peer.mail.body.contains(QStringLiteral("192.0.2.5")));
    CHECK(peer.mail.body.contains(QStringLiteral("192.0.2.6")));
    CHECK_FALSE(peer.mail.body.contains(QStringLiteral("203.0.113.9")));
    CHECK(peer.mail.body.contains(QStringLiteral("#%1]").arg(f.incidentId)));
    CHECK(peer.mail.body.contains(QStringLiteral("TLP:AMBER")));
    CHECK(peer.mail.body.contains(QStringLiteral("OUR-CERT")));
    CHECK(InvestigationLauncher::previewText(peer).contains(QStringLiteral("signed and encrypted")));
    CHECK(InvestigationLauncher::previewText(notices->at(1)).contains(QStringLiteral("not encrypted")));
    CHECK(f.children().isEmpty());

    auto leftOut = launcher.preview(f.plan(), LaunchChoice{{f.peerId, f.plainId}, {}, {}});
    REQUIRE_FALSE(leftOut);
    CHECK(leftOut.error().code == ErrorCode::BadInput);
}

TEST_CASE("Launching creates linked Investigations with their signed notifications stored", "[investigation]")
{
    LaunchFixture f;
    auto keys = f.keys();
    InvestigationLauncher launcher(f.ws.change());
    launcher.setKeys(keys.get());
    DirectJobControl control;
    auto launched = launcher.launch(f.plan(), {}, control);
    INFO((launched ? QString() : launched.error().toString()).toStdString());
    REQUIRE(launched);
    REQUIRE(launched->size() == 2);
    CHECK(f.children().size() == 2);

    TicketStores stores(f.ws.change());
    for (const LaunchedInvestigation& l : *launched) {
        auto ticket = stores.tickets.get(l.ticketId);
        REQUIRE(ticket);
        CHECK(ticket->kind == TicketKind::Investigation);
        CHECK(ticket->tlp == TlpLevel::Amber);
        CHECK(ticket->title == l.teamName + QStringLiteral(": Botnet C2"));
        auto messages = MailStore(*f.ws.vault).messagesOf(l.ticketId, true);
        REQUIRE(messages);
        REQUIRE(messages->size() == 1);
        const StoredMessage& sent = messages->at(0);
        CHECK(sent.direction == MailDirection::Out);
        CHECK(sent.message.signatureStatus == QStringLiteral("good"));
        CHECK(sent.message.subject.contains(QStringLiteral("#%1]").arg(l.ticketId)));
        if (l.teamId == f.peerId) {
            CHECK(ticket->reporter == QStringLiteral("cert@peer.example"));
            CHECK(ticket->observables.size() == 2);
            CHECK(sent.message.isEncrypted);
            CHECK(sent.message.raw.contains("multipart/encrypted"));
        } else {
            CHECK(ticket->observables.size() == 1);
            CHECK_FALSE(sent.message.isEncrypted);
            CHECK(sent.message.raw.contains("multipart/signed"));
        }
    }
}

TEST_CASE("Launching leaves out excluded and refused teams, and cancelled keeps nothing", "[investigation]")
{
    SECTION("excluded")
    {
        LaunchFixture f;
        auto keys = f.keys();
        InvestigationLauncher launcher(f.ws.change());
        launcher.setKeys(keys.get());
        DirectJobControl control;
        auto launched = launcher.launch(f.plan(), LaunchChoice{{f.plainId}, {}, {}}, control);
        REQUIRE(launched);
        REQUIRE(launched->size() == 1);
        CHECK(launched->at(0).teamId == f.peerId);
    }
    SECTION("TLP:RED: only the team with a valid key")
    {
        LaunchFixture f(TlpLevel::Red);
        const InvestigationPlan plan = f.plan();
        CHECK(plan.group(f.plainId)->refused);
        auto keys = f.keys();
        InvestigationLauncher launcher(f.ws.change());
        launcher.setKeys(keys.get());
        DirectJobControl control;
        auto launched = launcher.launch(plan, {}, control);
        REQUIRE(launched);
        REQUIRE(launched->size() == 1);
        CHECK(launched->at(0).message.isEncrypted);
    }
    SECTION("cancelled after the first team")
    {
        LaunchFixture f;
        auto keys = f.keys();
        InvestigationLauncher launcher(f.ws.change());
        launcher.setKeys(keys.get());
        DirectJobControl* self = nullptr;
        int reports = 0;
        DirectJobControl control([&](const JobProgress&) {
            if (++reports == 2)
                self->cancel();
        });
        self = &control;
        auto launched = launcher.launch(f.plan(), {}, control);
        REQUIRE_FALSE(launched);
        CHECK(launched.error().code == ErrorCode::Cancelled);
        CHECK(f.children().isEmpty());
        auto count = MailStore(*f.ws.vault).messagesOf(f.incidentId, false);
        REQUIRE(count);
        CHECK(count->isEmpty());
    }
    SECTION("without a team key nothing is launched")
    {
        LaunchFixture f;
        REQUIRE(OwnTeam(*f.ws.vault).clearSigningKey());
        InvestigationLauncher launcher(f.ws.change());
        DirectJobControl control;
        auto launched = launcher.launch(f.plan(), {}, control);
        REQUIRE_FALSE(launched);
        CHECK(launched.error().code == ErrorCode::Usage);
        CHECK(f.children().isEmpty());
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/tickets/Lifecycle.h"
#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

TEST_CASE("A new ticket gets the initial state, due dates from the SLA and a history row", "[workflow]")
{
    TicketFixture f;
    NewTicket t;
    t.kind = TicketKind::Report;
    t.title = QStringLiteral("  Phishing site impersonating a bank  ");
    t.description = QStringLiteral("See the attached report.");
    t.tlp = TlpLevel::AmberStrict;
    t.rsitClass = QStringLiteral("fraud");
    t.rsitType = QStringLiteral("phishing");
    t.severity = 2;
    t.reporter = QStringLiteral("abuse@isp.example");
    t.howReported = HowReported::WebForm;
    t.reporterType = ReporterType::Isp;
    t.tags = {QStringLiteral("bank"), QStringLiteral("campaign-7")};
    t.observables = {Observable{ObservableType::Url, QStringLiteral("https://login-example.com/verify")},
                     Observable{ObservableType::Ipv4, QStringLiteral("192.0.2.10")}};
    auto id = f.workflow->create(t);
    REQUIRE(id);
    const Ticket stored = f.get(*id);
    CHECK(stored.title == QStringLiteral("Phishing site impersonating a bank"));
    CHECK(stored.state == QStringLiteral("new"));
    CHECK(stored.tlp == TlpLevel::AmberStrict);
    CHECK(stored.rsitClass == QStringLiteral("fraud"));
    CHECK(stored.howReported == HowReported::WebForm);
    CHECK(stored.reporterType == ReporterType::Isp);
    CHECK(stored.tags == QStringList{QStringLiteral("bank"), QStringLiteral("campaign-7")});
    CHECK(stored.observables.size() == 2);
    CHECK(stored.createdAt == f.clock.nowUtc());
    CHECK(stored.responseDue == f.clock.nowUtc().addSecs(4 * 3600));
    CHECK(stored.resolveDue == f.clock.nowUtc().addDays(3));
    CHECK_FALSE(stored.firstResponseAt.isValid());

    auto history = f.tickets->history().forTicket(*id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QStringLiteral("create"));
    CHECK(history->first().actor == QStringLiteral("alice"));
    CHECK(history->first().newValue->contains(QStringLiteral("192.0.2.10")));
}

TEST_CASE("Only reports wait for a first response: the team opening a ticket is its response", "[workflow][sla]")
{
    TicketFixture f;
    const TicketKind kind = GENERATE(TicketKind::Incident, TicketKind::Investigation, TicketKind::Countermeasure);
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("parent"));
    const qint64 id = f.make(kind, QStringLiteral("t"),
                             kind == TicketKind::Countermeasure ? std::optional<qint64>(incident) : std::nullopt);
    const Ticket t = f.get(id);
    CHECK(t.firstResponseAt == t.createdAt);
    CHECK(SlaPolicy::status(t, true, t.createdAt.addDays(2)) != SlaStatus::Breached);
    CHECK_FALSE(f.get(f.make(TicketKind::Report)).firstResponseAt.isValid());
}

TEST_CASE("Invalid new tickets are refused with the field at fault", "[workflow]")
{
    TicketFixture f;
    NewTicket t;
    t.title = QStringLiteral("x");
    SECTION("empty title")
    {
        t.title = QStringLiteral("   ");
        auto r = f.workflow->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().where == QStringLiteral("title"));
    }
    SECTION("severity out of range")
    {
        t.severity = GENERATE(0, 5, -1);
        auto r = f.workflow->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().where == QStringLiteral("severity"));
    }
    SECTION("unknown RSIT class or type")
    {
        t.rsitClass = QStringLiteral("fraud");
        t.rsitType = QStringLiteral("not-a-type");
        auto r = f.workflow->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().where == QStringLiteral("rsit"));
    }
    SECTION("countermeasure without incident")
    {
        t.kind = TicketKind::Countermeasure;
        auto r = f.workflow->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().where == QStringLiteral("incident"));
    }
    SECTION("countermeasure under a report, or a missing incident")
    {
        const qint64 report = f.make(TicketKind::Report);
        t.kind = TicketKind::Countermeasure;
        t.incidentId = report;
        auto r = f.workflow->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("not an incident")));
        t.incidentId = 9999;
        auto missing = f.workflow->create(t);
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == ErrorCode::NotFound);
    }
    TicketQuery countermeasures;
    countermeasures.kind = TicketKind::Countermeasure;
    CHECK(f.search->count(countermeasures).value() == 0); // nothing half-created
}

TEST_CASE("Links follow the RTIR rules", "[workflow][links]")
{
    TicketFixture f;
    const qint64 incidentA = f.make(TicketKind::Incident, QStringLiteral("A"));
    const qint64 incidentB = f.make(TicketKind::Incident, QStringLiteral("B"));

    SECTION("a report becomes open when linked, and may link to several incidents")
    {
        const qint64 report = f.make(TicketKind::Report);
        CHECK(f.state(report) == QStringLiteral("new"));
        REQUIRE(f.workflow->link(report, incidentA));
        CHECK(f.state(report) == QStringLiteral("open"));
        CHECK(f.get(report).firstResponseAt == f.clock.nowUtc());
        REQUIRE(f.workflow->link(report, incidentB));
        CHECK(f.workflow->incidentsOf(report).value() == QList<qint64>{incidentA, incidentB});
        CHECK(f.workflow->childrenOf(incidentA).value() == QList<qint64>{report});
        auto twice = f.workflow->link(report, incidentA);
        REQUIRE_FALSE(twice);
        CHECK(twice.error().code == ErrorCode::Conflict);
    }
    SECTION("an investigation links to one incident only")
    {
        const qint64 investigation = f.make(TicketKind::Investigation, QStringLiteral("I"), incidentA);
        auto second = f.workflow->link(investigation, incidentB);
        REQUIRE_FALSE(second);
        CHECK(second.error().code == ErrorCode::Conflict);
        REQUIRE(f.workflow->unlink(investigation, incidentA));
        REQUIRE(f.workflow->link(investigation, incidentB));
    }
    SECTION("a countermeasure needs its incident and cannot be left without one")
    {
        const qint64 block = f.make(TicketKind::Countermeasure, QStringLiteral("Block"), incidentA);
        CHECK(f.workflow->incidentsOf(block).value() == QList<qint64>{incidentA});
        auto orphan = f.workflow->unlink(block, incidentA);
        REQUIRE_FALSE(orphan);
        CHECK(orphan.error().code == ErrorCode::Conflict);
    }
    SECTION("incidents never link under incidents, and only incidents are parents")
    {
        CHECK_FALSE(f.workflow->link(incidentA, incidentB));
        const qint64 r1 = f.make(TicketKind::Report);
        const qint64 r2 = f.make(TicketKind::Report);
        auto r = f.workflow->link(r1, r2);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("not an incident")));
    }
    SECTION("unlinking something not linked is not found")
    {
        const qint64 report = f.make(TicketKind::Report);
        auto r = f.workflow->unlink(report, incidentA);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("Resolving or abandoning an incident maps its children", "[workflow][links]")
{
    TicketFixture f;
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Main"));
    const qint64 other = f.make(TicketKind::Incident, QStringLiteral("Other, still open"));
    const qint64 report = f.make(TicketKind::Report, QStringLiteral("r"), incident);
    const qint64 shared = f.make(TicketKind::Report, QStringLiteral("shared"), incident);
    REQUIRE(f.workflow->link(shared, other));
    const qint64 investigation = f.make(TicketKind::Investigation, QStringLiteral("i"), incident);
    const qint64 pending = f.make(TicketKind::Countermeasure, QStringLiteral("pending"), incident);
    const qint64 active = f.make(TicketKind::Countermeasure, QStringLiteral("active"), incident);
    REQUIRE(f.workflow->transition(active, QStringLiteral("active")));
    const qint64 closedReport = f.make(TicketKind::Report, QStringLiteral("closed"), incident);
    REQUIRE(f.workflow->transition(closedReport, QStringLiteral("rejected")));

    SECTION("resolved")
    {
        REQUIRE(f.workflow->transition(incident, QStringLiteral("resolved"), fb::test::withLessons()));
        CHECK(f.state(report) == QStringLiteral("resolved"));
        CHECK(f.state(shared) == QStringLiteral("open")); // still serves the other open incident
        CHECK(f.state(investigation) == QStringLiteral("resolved"));
        CHECK(f.state(pending) == QStringLiteral("removed"));
        CHECK(f.state(active) == QStringLiteral("pending removal"));
        CHECK(f.state(closedReport) == QStringLiteral("rejected"));
        CHECK(f.get(incident).lessonsLearned == QStringLiteral("Patch faster."));
        auto h = f.tickets->history().forTicket(report);
        REQUIRE(h);
        CHECK(h->last().action == QStringLiteral("cascade"));
    }
    SECTION("abandoned")
    {
        REQUIRE(f.workflow->transition(incident, QStringLiteral("abandoned")));
        CHECK(f.state(report) == QStringLiteral("rejected"));
        CHECK(f.state(shared) == QStringLiteral("open"));
        CHECK(f.state(investigation) == QStringLiteral("resolved"));
        CHECK(f.state(pending) == QStringLiteral("removed"));
        CHECK(f.state(active) == QStringLiteral("removed"));
    }
    SECTION("the other incident closing later maps the shared report then")
    {
        REQUIRE(f.workflow->transition(incident, QStringLiteral("resolved"), fb::test::withLessons()));
        REQUIRE(f.workflow->transition(other, QStringLiteral("abandoned")));
        CHECK(f.state(shared) == QStringLiteral("rejected"));
    }
    SECTION("re-opening the incident leaves the children as they are")
    {
        REQUIRE(f.workflow->transition(incident, QStringLiteral("resolved"), fb::test::withLessons()));
        REQUIRE(f.workflow->transition(incident, QStringLiteral("open")));
        CHECK(f.state(incident) == QStringLiteral("open"));
        CHECK_FALSE(f.get(incident).closedAt.isValid());
        CHECK(f.state(report) == QStringLiteral("resolved"));
    }
}

TEST_CASE("Resolving an incident requires lessons learned", "[workflow]")
{
    TicketFixture f;
    const qint64 incident = f.make(TicketKind::Incident);
    auto refused = f.workflow->transition(incident, QStringLiteral("resolved"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().where == QStringLiteral("lessons-learned"));
    CHECK(f.state(incident) == QStringLiteral("open"));
    REQUIRE(f.editor->setField(incident, QStringLiteral("lessons-learned"), QStringLiteral("Monitor the VPN.")));
    REQUIRE(f.workflow->transition(incident, QStringLiteral("resolved")));
    CHECK(f.get(incident).closedAt == f.clock.nowUtc());
}

TEST_CASE("Merging reports keeps observables, tags, links and text, and is recorded", "[workflow][merge]")
{
    TicketFixture f;
    const qint64 incident = f.make(TicketKind::Incident);
    NewTicket a;
    a.title = QStringLiteral("Spam run from 198.51.100.7");
    a.description = QStringLiteral("first report");
    a.observables = {Observable{ObservableType::Ipv4, QStringLiteral("198.51.100.7")}};
    a.tags = {QStringLiteral("spam")};
    NewTicket b = a;
    b.title = QStringLiteral("Same spam run");
    b.description = QStringLiteral("second report");
    b.observables.append(Observable{ObservableType::Domain, QStringLiteral("spam-sender.example.com")});
    b.tags = {QStringLiteral("wave-2")};
    b.incidentId = incident;
    const qint64 into = f.workflow->create(a).value();
    const qint64 from = f.workflow->create(b).value();

    REQUIRE(f.workflow->merge(into, from));
    const Ticket merged = f.get(into);
    CHECK(merged.observables.size() == 2);
    CHECK(merged.tags == QStringList{QStringLiteral("spam"), QStringLiteral("wave-2")});
    CHECK(merged.description.contains(QStringLiteral("first report")));
    CHECK(merged.description.contains(QStringLiteral("second report")));
    CHECK(f.workflow->incidentsOf(into).value() == QList<qint64>{incident});
    CHECK(f.state(into) == QStringLiteral("open"));
    const Ticket gone = f.get(from);
    CHECK(gone.mergedInto == into);
    CHECK(gone.observables.size() == 2); // kept where they were too

    auto h = f.tickets->history().forTicket(into);
    REQUIRE(h);
    CHECK(h->last().action == QStringLiteral("merge"));

    SECTION("a merged report is hidden from lists and refuses changes")
    {
        TicketQuery all;
        CHECK(f.search->count(all).value() == 2);
        auto change = f.editor->setField(from, QStringLiteral("owner"), QStringLiteral("bob"));
        REQUIRE_FALSE(change);
        CHECK(change.error().code == ErrorCode::Conflict);
    }
    SECTION("refused merges")
    {
        CHECK(f.workflow->merge(into, into).error().code == ErrorCode::BadInput);
        CHECK(f.workflow->merge(into, incident).error().code == ErrorCode::BadInput);
        CHECK(f.workflow->merge(into, 4242).error().code == ErrorCode::NotFound);
        CHECK(f.workflow->merge(into, from).error().code == ErrorCode::Conflict);
    }
}

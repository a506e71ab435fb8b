// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketSearchQuery.h"

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

TEST_CASE("Search text splits into typed terms and free words", "[search][query]")
{
    auto q = TicketSearchQuery::parse(
        QStringLiteral("lockbit ip:192.0.2.0/24 owner:me tlp:red state:open kind:incident class:malicious-code "
                       "domain:Example.ORG cve:cve-2024-3094 http://x.example"),
        QStringLiteral("alice"));
    REQUIRE(q);
    CHECK(q->freeText == QStringLiteral("lockbit http://x.example"));
    CHECK(q->owner == QStringLiteral("alice"));
    CHECK(q->tlp == TlpLevel::Red);
    CHECK(q->states == QStringList{QStringLiteral("open")});
    CHECK(q->kind == TicketKind::Incident);
    CHECK(q->rsitClass == QStringLiteral("malicious-code"));
    REQUIRE(q->observables.size() == 3);
    CHECK(q->observables[0] == Observable{ObservableType::Cidr, QStringLiteral("192.0.2.0/24")});
    CHECK(q->observables[1] == Observable{ObservableType::Domain, QStringLiteral("example.org")});
    CHECK(q->observables[2] == Observable{ObservableType::Cve, QStringLiteral("CVE-2024-3094")});
    CHECK(q->needsHits());
}

TEST_CASE("Malformed typed terms are refused with the term named", "[search][query]")
{
    const auto bad = GENERATE(as<QString>{}, QStringLiteral("tlp:pink"), QStringLiteral("ip:example.org"),
                              QStringLiteral("state:sleeping"), QStringLiteral("kind:ufo"), QStringLiteral("owner:"),
                              QStringLiteral("cve:2024"), QStringLiteral("hash:abc"));
    auto q = TicketSearchQuery::parse(bad, QStringLiteral("alice"));
    REQUIRE_FALSE(q);
    CHECK(q.error().code == ErrorCode::BadInput);
    CHECK(q.error().where == bad);
}

TEST_CASE("Hyphenated states and an empty query", "[search][query]")
{
    auto q = TicketSearchQuery::parse(QStringLiteral("state:pending-activation"), QStringLiteral("alice"));
    REQUIRE(q);
    CHECK(q->states == QStringList{QStringLiteral("pending activation")});
    CHECK_FALSE(q->needsHits());
    auto empty = TicketSearchQuery::parse(QStringLiteral("   "), QStringLiteral("alice"));
    REQUIRE(empty);
    CHECK(empty->isEmpty());
}

TEST_CASE("A resolved search narrows a queue to the tickets matching every term", "[search][query]")
{
    TicketFixture f;
    NewTicket a;
    a.kind = TicketKind::Report;
    a.title = QStringLiteral("LockBit beacon");
    a.observables = {Observable{ObservableType::Ipv4, QStringLiteral("192.0.2.7")}};
    const qint64 idA = f.workflow->create(a).value();
    NewTicket b = a;
    b.observables = {Observable{ObservableType::Ipv4, QStringLiteral("198.51.100.7")}};
    const qint64 idB = f.workflow->create(b).value();
    NewTicket c = a;
    c.title = QStringLiteral("Phishing");
    c.tlp = TlpLevel::Red;
    const qint64 idC = f.workflow->create(c).value();

    auto run = [&](const QString& text) {
        auto parsed = TicketSearchQuery::parse(text, QStringLiteral("alice"));
        REQUIRE(parsed);
        auto query = f.search->resolve(*parsed, TicketQuery{});
        REQUIRE(query);
        QList<qint64> ids;
        const QList<Ticket> tickets = f.search->list(*query).value();
        for (const Ticket& t : tickets)
            ids.append(t.id);
        CHECK(f.search->count(*query).value() == ids.size());
        return ids;
    };
    CHECK(run(QStringLiteral("lockbit")) == QList<qint64>{idA, idB});
    CHECK(run(QStringLiteral("phishing")) == QList<qint64>{idC});
    CHECK(run(QStringLiteral("lockbit ip:192.0.2.0/24")) == QList<qint64>{idA});
    CHECK(run(QStringLiteral("ip:203.0.113.0/24")).isEmpty());
    CHECK(run(QStringLiteral("tlp:red")) == QList<qint64>{idC});
    CHECK(run(QStringLiteral("phishing tlp:amber")).isEmpty());

    // task:me: tickets with an open task of mine; a done one does not count.
    REQUIRE(f.tasks->addTask(idB, NewTask{QStringLiteral("Call"), {}, QStringLiteral("alice"), {}, {}}));
    const qint64 done =
        f.tasks->addTask(idC, NewTask{QStringLiteral("Block"), {}, QStringLiteral("alice"), {}, {}}).value();
    REQUIRE(f.tasks->addTask(idC, NewTask{QStringLiteral("Mail"), {}, QStringLiteral("bob"), {}, {}}));
    CHECK(run(QStringLiteral("task:me")) == QList<qint64>{idB, idC});
    REQUIRE(f.tasks->setState(done, TaskState::Done));
    CHECK(run(QStringLiteral("task:me")) == QList<qint64>{idB});
    CHECK(run(QStringLiteral("task:bob")) == QList<qint64>{idC});
    CHECK(run(QStringLiteral("lockbit task:bob")).isEmpty());
}

TEST_CASE("Queue counts give active and SLA-breached tickets per kind in one call", "[search][queues]")
{
    TicketFixture f;
    f.make(TicketKind::Report);
    const qint64 rejected = f.make(TicketKind::Report);
    REQUIRE(f.workflow->transition(rejected, QStringLiteral("rejected")));
    const qint64 incident = f.make(TicketKind::Incident);
    f.make(TicketKind::Countermeasure, QStringLiteral("Block"), incident);

    auto counts = f.search->queueCounts(f.clock.nowUtc());
    REQUIRE(counts);
    REQUIRE(counts->size() == 4);
    CHECK((*counts)[0].kind == TicketKind::Report);
    CHECK((*counts)[0].active == 1);
    CHECK((*counts)[1].active == 1);
    CHECK((*counts)[2].active == 0);
    CHECK((*counts)[3].active == 1);
    for (const QueueCount& c : *counts)
        CHECK(c.breached == 0);

    // A year later every active ticket is past its due dates, as SlaPolicy::status() says too.
    const QDateTime later = f.clock.nowUtc().addDays(365);
    auto lateCounts = f.search->queueCounts(later);
    REQUIRE(lateCounts);
    CHECK((*lateCounts)[0].breached == 1);
    CHECK((*lateCounts)[1].breached == 1);
    CHECK(SlaPolicy::status(f.get(incident), true, later) == SlaStatus::Breached);
}

TEST_CASE("Queues sort by every column the GUI offers", "[search][order]")
{
    TicketFixture f;
    for (const QString& title : {QStringLiteral("b"), QStringLiteral("C"), QStringLiteral("a")})
        f.make(TicketKind::Report, title);
    TicketQuery q;
    q.order = TicketOrder::Title;
    QStringList titles;
    const QList<Ticket> tickets = f.search->list(q).value();
    for (const Ticket& t : tickets)
        titles.append(t.title);
    CHECK(titles == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("C")});
    const auto order = GENERATE(TicketOrder::State, TicketOrder::Tlp, TicketOrder::RsitClass, TicketOrder::Owner);
    q.order = order;
    q.descending = true;
    CHECK(f.search->list(q).value().size() == 3);
}

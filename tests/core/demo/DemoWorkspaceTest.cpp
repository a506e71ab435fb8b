// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoWorkspace.h"

#include "core/tickets/Lifecycle.h"
#include "core/tickets/TicketSearch.h"
#include "tests/core/tickets/TicketFixture.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

QList<Ticket> everything(TicketSearch& search)
{
    TicketQuery query;
    query.includeMerged = true;
    query.limit = 1000;
    auto tickets = search.list(query);
    REQUIRE(tickets);
    return *tickets;
}

// What the demo holds, without the ids of history rows: kind, state, title, times and history of each ticket.
QStringList fingerprint(TicketFixture& f)
{
    QStringList lines;
    for (const Ticket& t : everything(*f.search)) {
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(t.id)
                         .arg(TicketEnums::key(t.kind), t.state, t.title, t.createdAt.toString(Qt::ISODate),
                              t.resolveDue.toString(Qt::ISODate)));
        auto history = f.tickets->history().forTicket(t.id);
        REQUIRE(history);
        for (const HistoryEntry& entry : *history)
            lines.append(QString::fromUtf8(History::canonical(entry)));
    }
    return lines;
}

} // namespace

TEST_CASE("the demo fills a workspace with every kind and state over ninety days")
{
    TicketFixture f;
    auto summary = DemoWorkspace::populate(*f.vault, f.clock);
    REQUIRE(summary);
    CHECK(summary->tickets >= 30);
    CHECK(summary->tickets ==
          summary->reports + summary->incidents + summary->investigations + summary->countermeasures);
    CHECK(summary->from >= f.clock.nowUtc().addDays(-91));
    CHECK(summary->from <= f.clock.nowUtc().addDays(-60));

    const QList<Ticket> tickets = everything(*f.search);
    CHECK(tickets.size() == summary->tickets);
    QSet<QString> states[4];
    int breached = 0;
    int merged = 0;
    for (const Ticket& t : tickets) {
        states[int(t.kind)].insert(t.state);
        const bool active = Lifecycle::of(t.kind).isActive(t.state);
        breached += active && !t.mergedInto && SlaPolicy::status(t, true, f.clock.nowUtc()) == SlaStatus::Breached;
        merged += t.mergedInto ? 1 : 0;
        CHECK(t.createdAt <= f.clock.nowUtc());
        CHECK_FALSE(t.title.isEmpty());
    }
    for (TicketKind kind : {TicketKind::Incident, TicketKind::Investigation, TicketKind::Countermeasure}) {
        INFO(TicketEnums::key(kind).toStdString());
        CHECK(states[int(kind)].size() == Lifecycle::of(kind).states().size());
    }
    CHECK(states[int(TicketKind::Report)].contains(QStringLiteral("rejected")));
    CHECK(merged == 1);
    CHECK(breached >= 2);

    auto ssh = f.search->byValue(QStringLiteral("203.0.113.0/24"));
    REQUIRE(ssh);
    CHECK(ssh->size() >= 5);
    auto xz = f.search->byValue(QStringLiteral("CVE-2024-3094"));
    REQUIRE(xz);
    CHECK_FALSE(xz->isEmpty());

    auto chain = f.tickets->history().verify();
    REQUIRE(chain);
    CHECK(chain->intact);
}

TEST_CASE("the demo is the same every time and refuses a workspace with tickets")
{
    TicketFixture a;
    TicketFixture b;
    REQUIRE(DemoWorkspace::populate(*a.vault, a.clock));
    REQUIRE(DemoWorkspace::populate(*b.vault, b.clock));
    CHECK(fingerprint(a) == fingerprint(b));

    auto again = DemoWorkspace::populate(*a.vault, a.clock);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
}

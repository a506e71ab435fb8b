// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/vault/Transaction.h"
#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

TEST_CASE("Several observables are added in one step with one history row", "[observables]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Report);
    const Observable cve{ObservableType::Cve, QStringLiteral("CVE-2024-3094")};
    const Observable ip{ObservableType::Ipv4, QStringLiteral("198.51.100.7")};
    const Observable domain{ObservableType::Domain, QStringLiteral("bad.example.com")};
    REQUIRE(f.observables->addObservable(id, cve));
    REQUIRE(f.observables->addObservables(id, {cve, ip, domain, ip}));
    const QList<Observable> carried = f.get(id).observables;
    CHECK(carried.size() == 3);
    CHECK(carried.contains(ip));
    CHECK(carried.contains(domain));
    const QList<HistoryEntry> history = f.tickets->history().forTicket(id).value();
    REQUIRE(history.size() == 3); // create, observable, observables
    CHECK(history.last().action == QStringLiteral("observables"));
    CHECK(history.last().newValue == QStringLiteral("[\"ipv4:198.51.100.7\",\"domain:bad.example.com\"]"));
    // Nothing new: no history row.
    REQUIRE(f.observables->addObservables(id, {ip, cve}));
    REQUIRE(f.observables->addObservables(id, {}));
    CHECK(f.tickets->history().forTicket(id).value().size() == 3);
    CHECK(f.tickets->history().verify().value().intact);
    // A merged report takes no more.
    const qint64 other = f.make(TicketKind::Report);
    REQUIRE(f.workflow->merge(other, id));
    CHECK(f.observables->addObservables(id, {Observable{ObservableType::Cve, QStringLiteral("CVE-2021-44228")}})
              .error()
              .code == ErrorCode::Conflict);
}

TEST_CASE("Observable values rolled back with their transaction are stored again, not referred to", "[observables]")
{
    TicketFixture f;
    NewTicket t;
    t.kind = TicketKind::Report;
    t.title = QStringLiteral("Scan");
    t.observables = {Observable{ObservableType::Ipv4, QStringLiteral("203.0.113.200")},
                     Observable{ObservableType::Domain, QStringLiteral("scanner.example.net")}};
    {
        Transaction abandoned(*f.vault);
        REQUIRE(f.workflow->create(t)); // the values are new here, and remembered by the store
    }                                   // rolled back: the values are gone again
    CHECK(f.vault->pragmaInt("SELECT count(*) FROM observable_values").value() == 0);
    auto id = f.workflow->create(t); // must not name the vanished value ids
    REQUIRE(id);
    const Ticket stored = f.tickets->get(*id).value();
    CHECK(stored.observables == t.observables);
    CHECK(f.vault->pragmaInt("SELECT count(*) FROM observable_values").value() == 2);
    // Known values are found again (also through the store's cache) and linked, not duplicated.
    auto second = f.workflow->create(t);
    REQUIRE(second);
    CHECK(f.vault->pragmaInt("SELECT count(*) FROM observable_values").value() == 2);
    CHECK(f.search->byValue(QStringLiteral("203.0.113.200")).value().size() == 2);
}

TEST_CASE("An observable is removed from one ticket with a history row, and stays on others", "[observables]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Report);
    const qint64 other = f.make(TicketKind::Report);
    const Observable ip{ObservableType::Ipv4, QStringLiteral("198.51.100.7")};
    const Observable domain{ObservableType::Domain, QStringLiteral("bad.example.com")};
    REQUIRE(f.observables->addObservables(id, {ip, domain}));
    REQUIRE(f.observables->addObservable(other, ip));

    REQUIRE(f.observables->removeObservable(id, ip));
    CHECK(f.get(id).observables == QList<Observable>{domain});
    CHECK(f.get(other).observables == QList<Observable>{ip});
    const QList<HistoryEntry> history = f.tickets->history().forTicket(id).value();
    CHECK(history.last().action == QStringLiteral("unobserve"));
    CHECK(history.last().field == QStringLiteral("ipv4"));
    CHECK(history.last().oldValue == QStringLiteral("198.51.100.7"));
    CHECK(f.search->byValue(QStringLiteral("198.51.100.7")).value().size() == 1);

    // Not there (any more): refused, nothing recorded.
    const auto again = f.observables->removeObservable(id, ip);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotFound);
    CHECK(f.tickets->history().forTicket(id).value().size() == history.size());
    CHECK(f.observables->removeObservable(9999, ip).error().code == ErrorCode::NotFound);
    CHECK(f.tickets->history().verify().value().intact);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/TicketAudit.h"
#include "core/tickets/TicketBulk.h"
#include "core/tickets/TicketStores.h"

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

TEST_CASE("A bulk change reaches every ticket in one change", "[bulk]")
{
    TicketFixture f;
    TicketStores stores(f.change());
    const qint64 incident = f.make(TicketKind::Incident);
    const QList<qint64> reports{f.make(TicketKind::Report), f.make(TicketKind::Report), f.make(TicketKind::Report)};

    BulkChange tlp;
    tlp.kind = BulkChange::Kind::SetField;
    tlp.field = QStringLiteral("tlp");
    tlp.value = QStringLiteral("green");
    auto set = TicketBulk(stores).apply(reports + QList<qint64>{reports.first()}, tlp);
    REQUIRE(set);
    CHECK(set->applied());
    CHECK(set->changed == reports); // a ticket named twice is changed once
    for (qint64 id : reports)
        CHECK(f.get(id).tlp == TlpLevel::Green);

    BulkChange link;
    link.kind = BulkChange::Kind::Link;
    link.incidentId = incident;
    REQUIRE(TicketBulk(stores).apply(reports, link)->applied());
    CHECK(f.workflow->childrenOf(incident).value() == reports);

    BulkChange reject;
    reject.kind = BulkChange::Kind::Transition;
    reject.state = QStringLiteral("rejected");
    reject.details.resolution = QStringLiteral("Spam run.");
    REQUIRE(TicketBulk(stores).apply(reports, reject)->applied());
    for (qint64 id : reports) {
        CHECK(f.state(id) == QStringLiteral("rejected"));
        CHECK(f.get(id).resolution == QStringLiteral("Spam run."));
    }
    CHECK(TicketAudit(*f.vault).run().value().intact());
}

TEST_CASE("A bulk change that some tickets refuse changes none and lists every refusal", "[bulk]")
{
    TicketFixture f;
    TicketStores stores(f.change());
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Open incident"));
    const qint64 report = f.make(TicketKind::Report);
    const qint64 other = f.make(TicketKind::Report);
    const auto rowsBefore = f.tickets->history().verify().value().rowsChecked;

    // Resolving: the incident needs lessons learned, 999 does not exist; the reports could be resolved.
    BulkChange resolve;
    resolve.kind = BulkChange::Kind::Transition;
    resolve.state = QStringLiteral("resolved");
    auto outcome = TicketBulk(stores).apply({report, incident, other, 999}, resolve);
    REQUIRE(outcome);
    CHECK_FALSE(outcome->applied());
    CHECK(outcome->changed.isEmpty());
    REQUIRE(outcome->refusals.size() == 2);
    CHECK(outcome->refusals.at(0).ticketId == incident);
    CHECK(outcome->refusals.at(0).error.where == QStringLiteral("lessons-learned"));
    CHECK(outcome->refusals.at(1).ticketId == 999);
    CHECK(outcome->refusals.at(1).error.code == ErrorCode::NotFound);
    CHECK(f.state(report) == QStringLiteral("new"));
    CHECK(f.state(other) == QStringLiteral("new"));
    CHECK(f.tickets->history().verify().value().rowsChecked == rowsBefore);

    // A bad value is refused by every ticket.
    BulkChange tlp;
    tlp.kind = BulkChange::Kind::SetField;
    tlp.field = QStringLiteral("tlp");
    tlp.value = QStringLiteral("pink");
    auto pink = TicketBulk(stores).apply({report, other}, tlp);
    REQUIRE(pink);
    CHECK(pink->refusals.size() == 2);
    CHECK(f.get(report).tlp == TlpLevel::Amber);

    // Nothing to change, or far too much, is an error before anything is tried.
    CHECK(TicketBulk(stores).apply({}, tlp).error().code == ErrorCode::Usage);
    QList<qint64> many;
    for (qint64 i = 1; i <= TicketBulk::kMaxTickets + 1; ++i)
        many.append(i);
    CHECK(TicketBulk(stores).apply(many, tlp).error().code == ErrorCode::BadInput);

    // The workspace takes changes as before: the failed lot left no transaction behind.
    tlp.value = QStringLiteral("clear");
    REQUIRE(TicketBulk(stores).apply({report}, tlp)->applied());
    CHECK(f.get(report).tlp == TlpLevel::Clear);
    CHECK(TicketAudit(*f.vault).run().value().intact());
}

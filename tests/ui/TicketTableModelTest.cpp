// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/TicketTableModel.h"

#include "core/vault/Transaction.h"
#include "tests/ui/UiTestSupport.h"

#include <QSet>

using namespace fb;
using namespace fb::test;

TEST_CASE("The queue model pages from core with fetchMore", "[ui][queue]")
{
    SessionFixture f;
    constexpr int kTickets = 3000;
    {
        Transaction transaction(f.session->vault());
        for (int i = 0; i < kTickets; ++i) {
            NewTicket t;
            t.kind = i % 3 == 0 ? TicketKind::Incident : TicketKind::Report;
            t.title = QStringLiteral("Ticket %1").arg(i);
            t.tlp = i % 2 ? TlpLevel::Red : TlpLevel::Green;
            REQUIRE(f.session->workflow().create(t));
        }
        REQUIRE(transaction.commit());
    }

    TicketTableModel model;
    model.setSource(&f.session->search(), &f.clock);
    TicketQuery query;
    query.kind = TicketKind::Report;
    model.setQuery(query);
    CHECK(model.totalCount() == 2000);
    CHECK(model.rowCount() == TicketTableModel::kPageSize);
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    CHECK(fetches == 2000 / TicketTableModel::kPageSize - 1);
    REQUIRE(model.rowCount() == 2000);
    QSet<qint64> ids;
    qint64 last = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.ticketId(row);
        CHECK(id > last);
        last = id;
        ids.insert(id);
    }
    CHECK(ids.size() == 2000);

    SECTION("sorting asks core again and keeps paging")
    {
        model.sort(TicketTableModel::Number, Qt::DescendingOrder);
        CHECK(model.rowCount() == TicketTableModel::kPageSize);
        CHECK(model.ticketId(0) == last);
        model.sort(TicketTableModel::TlpColumn, Qt::AscendingOrder);
        CHECK(model.data(model.index(0, TicketTableModel::TlpColumn)).toString() == QStringLiteral("TLP:GREEN"));
    }
    SECTION("a filter resets to the first page of the new total")
    {
        query.tlp = TlpLevel::Red;
        model.setQuery(query);
        CHECK(model.totalCount() == 1000);
        CHECK(model.rowCount() == TicketTableModel::kPageSize);
    }
    SECTION("locked: no source, no rows")
    {
        model.setSource(nullptr, nullptr);
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.canFetchMore({}));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh workspace with a pinned clock and a ticket store, for the ticket tests.
#pragma once

#include "core/base/Clock.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketStore.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <memory>

namespace fb::test {

class TicketFixture
{
public:
    TicketFixture()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
    {
        auto created = Vault::create(dir.file(QStringLiteral("tickets.firebreak")), SecretBytes("test", 4));
        REQUIRE(created);
        vault = std::move(*created);
        store = std::make_unique<TicketStore>(*vault, clock, QStringLiteral("alice"));
        search = std::make_unique<TicketSearch>(*vault);
    }

    qint64 make(TicketKind kind, const QString& title = QStringLiteral("A ticket"),
                std::optional<qint64> incident = std::nullopt)
    {
        NewTicket t;
        t.kind = kind;
        t.title = title;
        t.incidentId = incident;
        auto id = store->create(t);
        REQUIRE(id);
        return *id;
    }

    Ticket get(qint64 id)
    {
        auto t = store->get(id);
        REQUIRE(t);
        return *t;
    }

    QString state(qint64 id) { return get(id).state; }

    TempDir dir;
    FixedClock clock;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<TicketStore> store;
    std::unique_ptr<TicketSearch> search;
};

inline TransitionDetails withLessons()
{
    return TransitionDetails{QStringLiteral("Handled."), QStringLiteral("Patch faster.")};
}

} // namespace fb::test

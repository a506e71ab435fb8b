// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/History.h"

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

namespace {

// Builds a short history: 1 create + 3 changes on one ticket, and a second ticket.
void makeHistory(TicketFixture& f)
{
    const qint64 id = f.make(TicketKind::Report, QStringLiteral("history"));
    REQUIRE(f.editor->setField(id, QStringLiteral("owner"), QStringLiteral("bob")));
    REQUIRE(f.editor->setField(id, QStringLiteral("tlp"), QStringLiteral("red")));
    REQUIRE(f.workflow->transition(id, QStringLiteral("rejected")));
    f.make(TicketKind::Incident, QStringLiteral("second"));
}

void exec(TicketFixture& f, const char* sql)
{
    REQUIRE(f.vault->execScript(sql));
}

} // namespace

TEST_CASE("An untouched history verifies", "[history]")
{
    TicketFixture f;
    auto empty = f.tickets->history().verify();
    REQUIRE(empty);
    CHECK(empty->intact);
    CHECK(empty->rowsChecked == 0);
    makeHistory(f);
    auto v = f.tickets->history().verify();
    REQUIRE(v);
    CHECK(v->intact);
    CHECK(v->rowsChecked == 5);
    CHECK(v->firstBrokenId == 0);
}

TEST_CASE("Tampering with history is detected and the first broken row named", "[history]")
{
    TicketFixture f;
    makeHistory(f);
    qint64 expectedBroken = 0;
    SECTION("an edited value")
    {
        exec(f, "UPDATE history SET new_value = 'amber' WHERE id = 3");
        expectedBroken = 3;
    }
    SECTION("an edited actor or time")
    {
        exec(f, "UPDATE history SET actor = 'mallory' WHERE id = 2");
        expectedBroken = 2;
    }
    SECTION("a deleted row in the middle")
    {
        exec(f, "DELETE FROM history WHERE id = 2");
        expectedBroken = 3;
    }
    SECTION("the newest row deleted")
    {
        exec(f, "DELETE FROM history WHERE id = 5");
        expectedBroken = 5;
    }
    SECTION("two rows swapped")
    {
        exec(f, "UPDATE history SET id = -3 WHERE id = 3;"
                "UPDATE history SET id = 3 WHERE id = 4;"
                "UPDATE history SET id = 4 WHERE id = -3;");
        expectedBroken = 3;
    }
    SECTION("a row replaced with a recomputed hash of its own")
    {
        // The forger recomputes the row's hash, but the next row still chains to the old one.
        auto rows = f.tickets->history().forTicket(1);
        REQUIRE(rows);
        HistoryEntry forged = rows->at(1);
        forged.newValue = QStringLiteral("mallory");
        auto prev = f.vault->query("SELECT prev_hash FROM history WHERE id = 2");
        REQUIRE(prev);
        REQUIRE(prev->next().value());
        const QByteArray newHash = History::chainHash(prev->blob(0), forged);
        auto update = f.vault->query("UPDATE history SET new_value = 'mallory', hash = ?1 WHERE id = 2");
        REQUIRE(update);
        REQUIRE(update->bindBlob(1, newHash).exec());
        expectedBroken = 3;
    }
    auto v = f.tickets->history().verify();
    REQUIRE(v);
    CHECK_FALSE(v->intact);
    CHECK(v->firstBrokenId == expectedBroken);
    CHECK_FALSE(v->problem.isEmpty());
}

TEST_CASE("The canonical form separates fields unambiguously", "[history]")
{
    HistoryEntry a;
    a.id = 1;
    a.at = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    a.actor = QStringLiteral("ab");
    a.action = QStringLiteral("c");
    HistoryEntry b = a;
    b.actor = QStringLiteral("a");
    b.action = QStringLiteral("bc");
    CHECK(History::canonical(a) != History::canonical(b));
    HistoryEntry empty = a;
    empty.newValue = QString();
    CHECK(History::canonical(a) != History::canonical(empty)); // null differs from empty
}

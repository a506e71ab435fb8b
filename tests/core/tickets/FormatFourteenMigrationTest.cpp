// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/TicketAudit.h"
#include "core/tickets/TicketStores.h"
#include "tests/core/tickets/TicketFixture.h"
#include "tests/core/vault/LaterFormats.h"

using namespace fb;
using fb::test::readAll;
using fb::test::TicketFixture;

namespace {

qint64 count(Vault& vault, const char* sql)
{
    auto q = vault.query(sql);
    REQUIRE(q);
    REQUIRE(*q->next());
    return q->int64(0);
}

} // namespace

TEST_CASE("Upgrading to format 14 keeps every ticket, task and history row, and the timeline works at once",
          "[vault][migration]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Botnet C2"));
    REQUIRE(f.comments->addComment(id, QStringLiteral("Written at format 13.")));
    REQUIRE(f.tasks->addTask(id, NewTask{QStringLiteral("Block the C2"), {}, {}, {}, {}}));
    const qint64 history = count(*f.vault, "SELECT count(*) FROM history");
    test::undoFormatsAfter(*f.vault, 13);
    REQUIRE(f.vault->schemaVersion() == 13);
    const QString path = f.dir.file(QStringLiteral("tickets.firebreak"));
    f.vault->close();

    auto reopened = Vault::open(path, SecretBytes("test", 4)); // upgrades
    INFO((reopened ? QString() : reopened.error().toString()).toStdString());
    REQUIRE(reopened);
    Vault& vault = **reopened;
    CHECK(vault.schemaVersion() >= 14);
    CHECK(count(vault, "SELECT count(*) FROM history") == history);
    CHECK(count(vault, "SELECT count(*) FROM ticket_timeline") == 0);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    TicketStores stores(ChangeContext{vault, clock, QStringLiteral("alice")});
    CHECK(stores.comments.comments(id).value().size() == 1);
    CHECK(stores.tasks.tasks(id).value().size() == 1);
    NewTimelineEvent event;
    event.occurredAt = clock.nowUtc().addSecs(-3600);
    event.title = QStringLiteral("First event after the upgrade");
    event.raw = QStringLiteral("beacon to 192.0.2.77");
    const auto added = stores.timeline.add(id, event);
    REQUIRE(added);
    CHECK(added->observablesAdded == 1);
    CHECK(stores.timeline.events(id).value().size() == 1);
    CHECK(TicketAudit(vault).run().value().intact());
}

TEST_CASE("A format 14 upgrade that fails leaves the workspace at format 13, whole, and says why", "[vault][migration]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Scan"));
    REQUIRE(f.tasks->addTask(id, NewTask{QStringLiteral("Answer"), {}, {}, {}, {}}));
    test::undoFormatsAfter(*f.vault, 13);
    // Something in the way of the migration's last statement: the table before it must be rolled back with it.
    REQUIRE(f.vault->execScript("CREATE TABLE ticket_timeline_by_ticket (x)"));
    const QString path = f.dir.file(QStringLiteral("tickets.firebreak"));
    f.vault->close();
    const QByteArray before = readAll(path);

    auto failed = Vault::open(path, SecretBytes("test", 4));
    REQUIRE_FALSE(failed);
    INFO(failed.error().toString().toStdString());
    CHECK(failed.error().message.contains(QStringLiteral("format 14")));
    CHECK(failed.error().message.contains(QStringLiteral("ticket_timeline_by_ticket")));
    CHECK(readAll(path) == before);

    // Nothing of the migration was kept: a second try stumbles on the same obstacle, not on a half-made table.
    auto again = Vault::open(path, SecretBytes("test", 4));
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("ticket_timeline_by_ticket")));
    CHECK_FALSE(again.error().message.contains(QStringLiteral("table ticket_timeline already exists")));
    CHECK(readAll(path) == before);
}

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

TEST_CASE("Upgrading to format 13 keeps every ticket, comment and history row, and tasks work at once",
          "[vault][migration]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Botnet C2"));
    REQUIRE(f.comments->addComment(id, QStringLiteral("Written at format 12.")));
    const qint64 history = count(*f.vault, "SELECT count(*) FROM history");
    test::undoFormatsAfter(*f.vault, 12);
    REQUIRE(f.vault->schemaVersion() == 12);
    const QString path = f.dir.file(QStringLiteral("tickets.firebreak"));
    f.vault->close();

    auto reopened = Vault::open(path, SecretBytes("test", 4)); // upgrades
    INFO((reopened ? QString() : reopened.error().toString()).toStdString());
    REQUIRE(reopened);
    Vault& vault = **reopened;
    CHECK(vault.schemaVersion() >= 13);
    CHECK(count(vault, "SELECT count(*) FROM history") == history);
    CHECK(count(vault, "SELECT count(*) FROM playbooks") == 0); // an upgrade installs none: the team chooses
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    TicketStores stores(ChangeContext{vault, clock, QStringLiteral("alice")});
    CHECK(stores.comments.comments(id).value().size() == 1);
    CHECK(stores.playbooks.installShipped().value() > 0);
    const auto added = stores.tasks.applyPlaybook(id, QStringLiteral("malicious-code"));
    REQUIRE(added);
    CHECK_FALSE(added->isEmpty());
    REQUIRE(stores.tasks.addNote(added->first(), QStringLiteral("First note after the upgrade.")));
    CHECK(TicketSearch(vault).fullText(QStringLiteral("upgrade")).value() == QList<qint64>{id});
    CHECK(TicketAudit(vault).run().value().intact());
}

TEST_CASE("A format 13 upgrade that fails leaves the workspace at format 12, whole, and says why", "[vault][migration]")
{
    TicketFixture f;
    f.make(TicketKind::Report, QStringLiteral("Scan"));
    test::undoFormatsAfter(*f.vault, 12);
    // Something in the way of a later statement of the migration: the earlier ones must be rolled back with it.
    REQUIRE(f.vault->execScript("CREATE TABLE task_notes (x)"));
    const QString path = f.dir.file(QStringLiteral("tickets.firebreak"));
    f.vault->close();
    const QByteArray before = readAll(path);

    auto failed = Vault::open(path, SecretBytes("test", 4));
    REQUIRE_FALSE(failed);
    INFO(failed.error().toString().toStdString());
    CHECK(failed.error().message.contains(QStringLiteral("format 13")));
    CHECK(failed.error().message.contains(QStringLiteral("task_notes")));
    CHECK(readAll(path) == before);

    // Nothing of the migration was kept: a second try stumbles on the same obstacle, not on a half-made table.
    auto again = Vault::open(path, SecretBytes("test", 4));
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("task_notes")));
    CHECK_FALSE(again.error().message.contains(QStringLiteral("playbooks")));
    CHECK(readAll(path) == before);
}

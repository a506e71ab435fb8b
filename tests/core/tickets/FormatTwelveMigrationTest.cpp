// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/TicketAudit.h"
#include "core/tickets/CommentStore.h"
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

TEST_CASE("Upgrading to format 12 keeps every ticket and its history, and comments work at once", "[vault][migration]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Botnet C2"));
    REQUIRE(f.tags->addTag(id, QStringLiteral("botnet")));
    const qint64 history = count(*f.vault, "SELECT count(*) FROM history");
    test::undoFormatsAfter(*f.vault, 11);
    REQUIRE(f.vault->schemaVersion() == 11);
    const QString path = f.dir.file(QStringLiteral("tickets.firebreak"));
    f.vault->close();

    auto reopened = Vault::open(path, SecretBytes("test", 4)); // upgrades
    INFO((reopened ? QString() : reopened.error().toString()).toStdString());
    REQUIRE(reopened);
    Vault& vault = **reopened;
    CHECK(vault.schemaVersion() >= 12);
    CHECK(count(vault, "SELECT count(*) FROM history") == history);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    TicketStores stores(ChangeContext{vault, clock, QStringLiteral("alice")});
    CHECK(stores.tickets.get(id).value().tags == QStringList{QStringLiteral("botnet")});
    REQUIRE(stores.comments.addComment(id, QStringLiteral("First comment after the upgrade.")));
    CHECK(TicketSearch(vault).fullText(QStringLiteral("upgrade")).value() == QList<qint64>{id});
    CHECK(TicketAudit(vault).run().value().intact());
}

TEST_CASE("A format 12 upgrade that fails leaves the workspace at format 11, whole, and says why", "[vault][migration]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Report, QStringLiteral("Scan"));
    test::undoFormatsAfter(*f.vault, 11);
    // Something in the way of the migration's second statement: the first one must be rolled back with it.
    REQUIRE(f.vault->execScript("CREATE TABLE comment_fts (x)"));
    const QString path = f.dir.file(QStringLiteral("tickets.firebreak"));
    f.vault->close();

    const QByteArray before = readAll(path);

    auto failed = Vault::open(path, SecretBytes("test", 4));
    REQUIRE_FALSE(failed);
    INFO(failed.error().toString().toStdString());
    CHECK(failed.error().message.contains(QStringLiteral("format 12")));
    CHECK(failed.error().message.contains(QStringLiteral("comment_fts")));
    CHECK(readAll(path) == before);

    // Nothing of the migration was kept: a second try stumbles on the same obstacle, not on a half-made table.
    auto again = Vault::open(path, SecretBytes("test", 4));
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("comment_fts")));
    CHECK_FALSE(again.error().message.contains(QStringLiteral("ticket_comments")));
    CHECK(readAll(path) == before);
    (void)id;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/MispExchange.h"
#include "core/history/TicketAudit.h"
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

// The workspace as format 15 had it (14 and 15 are numbers of other changes; gaps are allowed).
void undoSixteen(Vault& vault, int format)
{
    test::undoFormatsAfter(vault, format);
}

} // namespace

TEST_CASE("Upgrading to format 16 keeps every ticket and history row, and exports work at once", "[vault][migration]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Botnet C2"));
    REQUIRE(f.comments->addComment(id, QStringLiteral("Written before format 16.")));
    const qint64 history = count(*f.vault, "SELECT count(*) FROM history");
    const qint64 tickets = count(*f.vault, "SELECT count(*) FROM tickets");
    undoSixteen(*f.vault, 15);
    const QString path = f.dir.file(QStringLiteral("tickets.firebreak"));
    f.vault->close();

    auto reopened = Vault::open(path, SecretBytes("test", 4)); // upgrades
    INFO((reopened ? QString() : reopened.error().toString()).toStdString());
    REQUIRE(reopened);
    Vault& vault = **reopened;
    CHECK(vault.schemaVersion() >= 16);
    CHECK(count(vault, "SELECT count(*) FROM history") == history);
    CHECK(count(vault, "SELECT count(*) FROM tickets") == tickets);
    CHECK(count(vault, "SELECT count(*) FROM ticket_uuids") == 0); // made on first export
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MispExportOptions options;
    options.clearance = TlpLevel::Red;
    auto exported = MispExchange(ChangeContext{vault, clock, QStringLiteral("alice")}).exportEvent(id, options);
    REQUIRE(exported);
    CHECK(count(vault, "SELECT count(*) FROM ticket_uuids") == 1);
    CHECK(TicketAudit(vault).run().value().intact());
}

TEST_CASE("A format 16 upgrade that fails leaves the workspace at its format, whole, and says why",
          "[vault][migration]")
{
    TicketFixture f;
    f.make(TicketKind::Report, QStringLiteral("Scan"));
    undoSixteen(*f.vault, 15);
    // Something in the way of the migration's second table: the first must be rolled back with it.
    REQUIRE(f.vault->execScript("CREATE TABLE exchange_imports (x)"));
    const QString path = f.dir.file(QStringLiteral("tickets.firebreak"));
    f.vault->close();
    const QByteArray before = readAll(path);

    auto failed = Vault::open(path, SecretBytes("test", 4));
    REQUIRE_FALSE(failed);
    INFO(failed.error().toString().toStdString());
    CHECK(failed.error().message.contains(QStringLiteral("format 16")));
    CHECK(failed.error().message.contains(QStringLiteral("exchange_imports")));
    CHECK(readAll(path) == before);

    auto again = Vault::open(path, SecretBytes("test", 4));
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("exchange_imports")));
    CHECK_FALSE(again.error().message.contains(QStringLiteral("ticket_uuids")));
    CHECK(readAll(path) == before);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace format 9 (009_observable_values.sql): a format-8 workspace with observables and mail keeps
// every observable, in order, its searches, and its mail full-text search after the upgrade.
#include "core/mail/MailStore.h"
#include "core/mail/MessageParser.h"
#include "core/observables/IpRange.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/ObservableStore.h"
#include "core/tickets/TicketStores.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"
#include "tests/core/mail/MailTestSupport.h"
#include "tests/core/vault/LaterFormats.h"

using namespace fb;
using fb::test::MailWorkspace;

namespace {

qint64 count(Vault& vault, const char* sql)
{
    return vault.pragmaInt(sql).value();
}

// Turns the fresh workspace back into format 8's observables and message_fts, as 001/005 made them.
void downgradeToFormatEight(Vault& vault)
{
    REQUIRE(vault.execScript(
        "DROP TABLE ticket_observables; DROP TABLE observable_values; DROP TABLE message_fts;"
        "CREATE TABLE observables (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL REFERENCES tickets (id), "
        "type TEXT NOT NULL, value TEXT NOT NULL, ip_low BLOB, ip_high BLOB, created_at INTEGER NOT NULL, "
        "UNIQUE (ticket_id, type, value));"
        "CREATE INDEX observables_value ON observables (type, value);"
        "CREATE INDEX observables_ip ON observables (ip_low, ip_high, ticket_id, type, value) "
        "WHERE ip_low IS NOT NULL;"
        "CREATE VIRTUAL TABLE message_fts USING fts4 (subject, body, tokenize=unicode61);"
        "PRAGMA user_version = 8;"));
}

void addOldObservable(Vault& vault, qint64 ticket, const char* type, const QString& value, qint64 at)
{
    QByteArray low;
    QByteArray high;
    if (const auto range = IpRange::parse(value)) {
        low = range->low();
        high = range->high();
    }
    auto q = vault.query("INSERT INTO observables (ticket_id, type, value, ip_low, ip_high, created_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    REQUIRE(q);
    q->bind(1, ticket).bind(2, QString::fromLatin1(type)).bind(3, value);
    q->bindBlob(4, low).bindBlob(5, high).bind(6, at);
    REQUIRE(q->exec());
}

} // namespace

TEST_CASE("Upgrading to format 9 keeps observables, their order and searches, and mail full-text search",
          "[mail][migration]")
{
    MailWorkspace w;
    qint64 first = 0;
    qint64 second = 0;
    {
        TicketStores stores(ChangeContext{*w.vault, w.clock, QStringLiteral("alice")});
        TicketWorkflow& store = stores.workflow;
        NewTicket t;
        t.kind = TicketKind::Report;
        t.title = QStringLiteral("First");
        first = store.create(t).value();
        t.title = QStringLiteral("Second");
        second = store.create(t).value();
    }
    Vault& old = *w.vault;
    test::undoFormatsAfter(old, 9);
    downgradeToFormatEight(old);
    REQUIRE(old.schemaVersion() == 8);
    // Out of value order on purpose: a ticket's observables come back in the order they were added.
    addOldObservable(old, first, "ipv4", QStringLiteral("198.51.100.20"), 1000);
    addOldObservable(old, first, "domain", QStringLiteral("bad.example.com"), 1000);
    addOldObservable(old, first, "ipv4", QStringLiteral("198.51.100.7"), 1000);
    addOldObservable(old, second, "ipv4", QStringLiteral("198.51.100.7"), 2000);
    addOldObservable(old, second, "cidr", QStringLiteral("203.0.113.0/24"), 2000);
    addOldObservable(old, second, "ipv6", QStringLiteral("::ffff:198.51.100.9"), 2000);
    auto parsed = MessageParser::parse(
        test::plainMessage("old@example.org", "Brute force", "Logins from a scanner named quokkabot"));
    REQUIRE(parsed.quarantineReason.isEmpty());
    REQUIRE(
        MailStore(old).insert(second, MailDirection::In, parsed.message, QStringLiteral("old.eml"), w.clock.nowUtc()));
    w.vault.reset();

    auto reopened = Vault::open(w.path, SecretBytes("mail-test", 9)); // upgrades
    INFO((reopened ? QString() : reopened.error().toString()).toStdString());
    REQUIRE(reopened);
    Vault& vault = **reopened;
    SqliteTicketRepository store(ChangeContext{vault, w.clock, QStringLiteral("alice")});
    ObservableStore observables(store);
    MailStore mail(vault);
    CHECK(vault.schemaVersion() >= 9);
    CHECK(count(vault, "SELECT count(*) FROM sqlite_master WHERE name = 'observables'") == 0);
    CHECK(count(vault, "SELECT count(*) FROM observable_values") == 5); // 198.51.100.7 once
    CHECK(count(vault, "SELECT count(*) FROM ticket_observables") == 6);

    const Ticket one = store.get(first).value();
    REQUIRE(one.observables.size() == 3);
    CHECK(one.observables[0].value == QStringLiteral("198.51.100.20"));
    CHECK(one.observables[1].value == QStringLiteral("bad.example.com"));
    CHECK(one.observables[2].value == QStringLiteral("198.51.100.7"));

    TicketSearch search(vault);
    const auto exact = search.byValue(QStringLiteral("198.51.100.7")).value();
    REQUIRE(exact.size() == 2);
    CHECK(exact[0].ticketId == first);
    CHECK(exact[1].ticketId == second);
    // Exact searches compare type and value: an address is not its IPv4-mapped IPv6 twin nor its network.
    CHECK(search.byObservable(Observable{ObservableType::Ipv4, QStringLiteral("198.51.100.7")}).value().size() == 2);
    CHECK(
        search.byObservable(Observable{ObservableType::Ipv6, QStringLiteral("::ffff:198.51.100.7")}).value().isEmpty());
    CHECK(search.byObservable(Observable{ObservableType::Ipv6, QStringLiteral("::ffff:198.51.100.9")}).value().size() ==
          1);
    CHECK(search.byObservable(Observable{ObservableType::Cidr, QStringLiteral("203.0.113.0/24")}).value().size() == 1);
    CHECK(search.byObservable(Observable{ObservableType::Cidr, QStringLiteral("203.0.113.0/25")}).value().isEmpty());
    const auto domain = search.byObservable(Observable{ObservableType::Domain, QStringLiteral("bad.example.com")});
    REQUIRE(domain.value().size() == 1);
    CHECK(domain->first().ticketId == first);
    const auto network = search.byValue(QStringLiteral("198.51.100.0/24")).value();
    REQUIRE(network.size() == 4); // in address order, then by ticket
    CHECK(network[0].observable.value == QStringLiteral("198.51.100.7"));
    CHECK(network[0].ticketId == first);
    CHECK(network[1].ticketId == second);
    CHECK(network[2].observable == Observable{ObservableType::Ipv6, QStringLiteral("::ffff:198.51.100.9")});
    CHECK(network[3].observable.value == QStringLiteral("198.51.100.20"));
    CHECK(search.byValue(QStringLiteral("203.0.113.9")).value().isEmpty()); // a network is not inside an address
    CHECK(search.byValue(QStringLiteral("203.0.0.0/16")).value().size() == 1);

    // The rebuilt message index finds the old message, and new ones after it.
    CHECK(search.fullText(QStringLiteral("quokkabot")).value() == QList<qint64>{second});
    auto later = MessageParser::parse(test::plainMessage("new@example.org", "Again", "wombatscan was here"));
    REQUIRE(mail.insert(first, MailDirection::In, later.message, QStringLiteral("new.eml"), w.clock.nowUtc()));
    CHECK(search.fullText(QStringLiteral("wombatscan")).value() == QList<qint64>{first});

    // New observables reuse stored values.
    REQUIRE(observables.addObservables(first, {Observable{ObservableType::Cidr, QStringLiteral("203.0.113.0/24")}}));
    CHECK(count(vault, "SELECT count(*) FROM observable_values") == 5);
    CHECK(search.byValue(QStringLiteral("203.0.113.0/24")).value().size() == 2);
    CHECK(vault.integrityCheck().value().isEmpty()); // no problems
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketStores.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"

#include "tests/core/tickets/TicketFixture.h"

#include <QDirIterator>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace fb;
using fb::test::TicketFixture;

namespace {

qint64 makeWith(TicketFixture& f, const QString& title, QList<Observable> observables, int severity = 3,
                TicketKind kind = TicketKind::Report)
{
    NewTicket t;
    t.kind = kind;
    t.title = title;
    t.severity = severity;
    t.observables = std::move(observables);
    return f.workflow->create(t).value();
}

QList<qint64> ticketIds(const QList<ObservableHit>& hits)
{
    QList<qint64> ids;
    for (const auto& hit : hits) {
        if (!ids.contains(hit.ticketId))
            ids.append(hit.ticketId);
    }
    return ids;
}

} // namespace

TEST_CASE("Observable search finds exact values and every address inside a network", "[search][observables]")
{
    TicketFixture f;
    const qint64 inside = makeWith(f, QStringLiteral("a"), {{ObservableType::Ipv4, QStringLiteral("192.0.2.77")}});
    const qint64 network = makeWith(f, QStringLiteral("b"), {{ObservableType::Cidr, QStringLiteral("192.0.2.128/25")}});
    const qint64 outside = makeWith(f, QStringLiteral("c"), {{ObservableType::Ipv4, QStringLiteral("192.0.3.1")}});
    const qint64 wider = makeWith(f, QStringLiteral("d"), {{ObservableType::Cidr, QStringLiteral("192.0.0.0/16")}});
    const qint64 v6 = makeWith(f, QStringLiteral("e"), {{ObservableType::Ipv6, QStringLiteral("2001:db8::1")}});
    const qint64 domain = makeWith(f, QStringLiteral("f"), {{ObservableType::Domain, QStringLiteral("example.org")}});

    auto in24 = f.search->inRange(IpRange::parse(QStringLiteral("192.0.2.0/24")).value());
    REQUIRE(in24);
    CHECK(ticketIds(*in24) == QList<qint64>{inside, network});

    auto in32 = f.search->inRange(IpRange::parse(QStringLiteral("2001:db8::/32")).value());
    REQUIRE(in32);
    CHECK(ticketIds(*in32) == QList<qint64>{v6});

    auto all4 = f.search->inRange(IpRange::parse(QStringLiteral("0.0.0.0/0")).value());
    REQUIRE(all4);
    CHECK(ticketIds(*all4).size() == 4);
    CHECK_FALSE(ticketIds(*all4).contains(v6));
    CHECK(ticketIds(*all4).contains(wider));
    CHECK(ticketIds(*all4).contains(outside));

    auto exact = f.search->byValue(QStringLiteral("example[.]org"));
    REQUIRE(exact);
    CHECK(ticketIds(*exact) == QList<qint64>{domain});

    auto byCidrText = f.search->byValue(QStringLiteral("192.0.2[.]0/24"));
    REQUIRE(byCidrText);
    CHECK(ticketIds(*byCidrText) == QList<qint64>{inside, network});

    auto nothing = f.search->byValue(QStringLiteral("CVE-2024-3094"));
    REQUIRE(nothing);
    CHECK(nothing->isEmpty());

    auto garbage = f.search->byValue(QStringLiteral("not an observable at all"));
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().code == ErrorCode::BadInput);
}

TEST_CASE("Full-text search covers titles and descriptions and cannot be injected", "[search][fts]")
{
    TicketFixture f;
    NewTicket t;
    t.title = QStringLiteral("Ransomware at the municipal water utility");
    t.description = QStringLiteral("Encrypted SCADA historian; ransom note mentions LockBit.");
    const qint64 a = f.workflow->create(t).value();
    t.title = QStringLiteral("Phishing against the utility's customers");
    t.description = QStringLiteral("Credential harvesting.");
    const qint64 b = f.workflow->create(t).value();

    CHECK(f.search->fullText(QStringLiteral("lockbit")).value() == QList<qint64>{a});
    CHECK(f.search->fullText(QStringLiteral("utility")).value().size() == 2);
    CHECK(f.search->fullText(QStringLiteral("water utility")).value() == QList<qint64>{a});
    CHECK(f.search->fullText(QStringLiteral("harvest*")).value() == QList<qint64>{b});
    CHECK(f.search->fullText(QStringLiteral("\"unbalanced OR NEAR(")).value().isEmpty());
    CHECK(f.search->fullText(QStringLiteral("   ")).error().code == ErrorCode::BadInput);

    REQUIRE(f.editor->setField(b, QStringLiteral("title"), QStringLiteral("Credential phishing wave")));
    CHECK(f.search->fullText(QStringLiteral("wave")).value() == QList<qint64>{b});
    CHECK(f.search->fullText(QStringLiteral("customers")).value().isEmpty()); // the old title is gone
    REQUIRE(f.editor->setField(b, QStringLiteral("description"), QStringLiteral("Smishing with parcel lures.")));
    CHECK(f.search->fullText(QStringLiteral("smishing")).value() == QList<qint64>{b});
    CHECK(f.search->fullText(QStringLiteral("harvesting")).value().isEmpty());

    // Merging carries the merged report's text into the surviving one, and the index follows.
    t.title = QStringLiteral("Second report of the parcel lures");
    t.description = QStringLiteral("Courier impersonation texts.");
    const qint64 c = f.workflow->create(t).value();
    REQUIRE(f.workflow->merge(b, c));
    const QList<qint64> found = f.search->fullText(QStringLiteral("courier")).value();
    CHECK(found.contains(b));
}

TEST_CASE("Queues list pages in the asked order with filters", "[search][list]")
{
    TicketFixture f;
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        f.clock.advanceSecs(60);
        ids.append(makeWith(f, QStringLiteral("r%1").arg(i), {}, 4 - (i % 4)));
    }
    const qint64 incident = makeWith(f, QStringLiteral("inc"), {}, 2, TicketKind::Incident);
    REQUIRE(f.workflow->transition(ids[0], QStringLiteral("rejected")));
    REQUIRE(f.editor->setField(ids[1], QStringLiteral("owner"), QStringLiteral("bob")));

    TicketQuery queue;
    queue.kind = TicketKind::Report;
    queue.activeOnly = true;
    queue.order = TicketOrder::Due;
    CHECK(f.search->count(queue).value() == 11);
    queue.limit = 5;
    auto page1 = f.search->list(queue);
    REQUIRE(page1);
    REQUIRE(page1->size() == 5);
    for (qsizetype i = 1; i < page1->size(); ++i)
        CHECK(page1->at(i - 1).resolveDue <= page1->at(i).resolveDue);
    queue.offset = 10;
    CHECK(f.search->list(queue).value().size() == 1);

    TicketQuery owned;
    owned.owner = QStringLiteral("bob");
    CHECK(f.search->list(owned).value().first().id == ids[1]);

    TicketQuery incidents;
    incidents.kind = TicketKind::Incident;
    CHECK(f.search->list(incidents).value().first().id == incident);

    TicketQuery closed;
    closed.states = {QStringLiteral("rejected")};
    CHECK(f.search->count(closed).value() == 1);
}

TEST_CASE("No ticket text reaches the disk or the temp folder in plaintext", "[search][leak]")
{
    TicketFixture f;
    const QByteArray marker("FBMARK-3c1e0d-victim-details");
    NewTicket t;
    t.title = QString::fromLatin1(marker) + QStringLiteral(" title");
    t.description = QString::fromLatin1(marker).repeated(50);
    t.tags = {QString::fromLatin1(marker)};
    for (int i = 0; i < 200; ++i)
        REQUIRE(f.workflow->create(t));
    REQUIRE(f.search->fullText(QString::fromLatin1(marker)).value().size() == 200);

    auto contains = [&marker](const QString& dir) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (fb::test::readAll(it.next()).contains(marker))
                return true;
        }
        return false;
    };
    CHECK(QFile::exists(f.vault->path() + QStringLiteral("-wal")));
    CHECK_FALSE(contains(f.dir.path()));
    CHECK_FALSE(contains(QDir::tempPath()));
    f.vault->close();
    CHECK_FALSE(contains(f.dir.path()));
}

TEST_CASE("A process killed in the middle of writes leaves every committed ticket intact", "[store][crash]")
{
    fb::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.firebreak"));
    REQUIRE(Vault::create(path, SecretBytes("crash", 5)));

    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        auto vault = Vault::open(path, SecretBytes("crash", 5));
        if (!vault)
            _exit(3);
        SystemClock clock;
        TicketStores stores(ChangeContext{**vault, clock, QStringLiteral("writer")});
        TicketWorkflow& workflow = stores.workflow;
        for (int i = 0;; ++i) {
            NewTicket t;
            t.title = QStringLiteral("ticket %1").arg(i);
            t.description = QStringLiteral("x").repeated(2000 + i);
            t.observables = {{ObservableType::Ipv4, QStringLiteral("198.51.100.%1").arg(i % 250)},
                             {ObservableType::Domain, QStringLiteral("host%1.example.com").arg(i)},
                             {ObservableType::Cve, QStringLiteral("CVE-2026-%1").arg(10000 + i)}};
            auto id = workflow.create(t);
            if (!id)
                _exit(4);
            const qint64 committed = *id;
            if (write(fds[1], &committed, sizeof committed) != sizeof committed)
                _exit(5);
        }
    }
    ::close(fds[1]);
    QList<qint64> committed;
    qint64 id = 0;
    while (committed.size() < 150 && read(fds[0], &id, sizeof id) == sizeof id)
        committed.append(id);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    while (read(fds[0], &id, sizeof id) == sizeof id) // ids written just before the kill
        committed.append(id);
    ::close(fds[0]);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(committed.size() >= 150);

    auto vault = Vault::open(path, SecretBytes("crash", 5));
    REQUIRE(vault);
    CHECK((*vault)->integrityCheck().value().isEmpty());
    SystemClock clock;
    SqliteTicketRepository store(ChangeContext{**vault, clock, QStringLiteral("reader")});
    for (qint64 committedId : committed) {
        auto t = store.get(committedId);
        REQUIRE(t);
        CHECK(t->observables.size() == 3);
    }
    // Whatever else is there is whole: every stored ticket has its three observables and its history row.
    TicketSearch search(**vault);
    TicketQuery all;
    all.limit = 10000;
    auto stored = search.list(all);
    REQUIRE(stored);
    CHECK(stored->size() >= committed.size());
    CHECK(stored->size() <= committed.size() + 1);
    for (const Ticket& t : *stored) {
        auto full = store.get(t.id);
        REQUIRE(full);
        CHECK(full->observables.size() == 3);
        CHECK(full->description.size() == 2000 + full->title.section(QLatin1Char(' '), 1).toInt());
    }
    auto verified = store.history().verify();
    REQUIRE(verified);
    CHECK(verified->intact);
}

TEST_CASE("The owners of tickets are listed once each, sorted, without blanks", "[search][owners]")
{
    TicketFixture f;
    CHECK(f.search->owners().value().isEmpty());
    const qint64 a = f.make(TicketKind::Report);
    const qint64 b = f.make(TicketKind::Incident);
    f.make(TicketKind::Report);
    REQUIRE(f.editor->setField(a, QStringLiteral("owner"), QStringLiteral("zoe")));
    REQUIRE(f.editor->setField(b, QStringLiteral("owner"), QStringLiteral("bob")));
    const qint64 c = f.make(TicketKind::Report);
    REQUIRE(f.editor->setField(c, QStringLiteral("owner"), QStringLiteral("bob")));
    CHECK(f.search->owners().value() == QStringList{QStringLiteral("bob"), QStringLiteral("zoe")});
}

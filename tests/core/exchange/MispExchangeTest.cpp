// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ExchangeStore.h"
#include "core/exchange/MispExchange.h"
#include "core/history/HistoryPhrasing.h"
#include "core/history/TicketAudit.h"
#include "core/tickets/TicketStores.h"
#include "tests/core/exchange/MispValidation.h"
#include "tests/core/tickets/TicketFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fb;
using namespace Qt::StringLiterals;
using fb::test::TicketFixture;

namespace {

qint64 count(Vault& vault, const char* sql)
{
    auto q = vault.query(sql);
    REQUIRE(q);
    REQUIRE(*q->next());
    return q->int64(0);
}

Observable obs(ObservableType type, const char* value)
{
    auto o = Observables::normalise(type, QString::fromUtf8(value));
    REQUIRE(o);
    return *o;
}

// An incident (TLP:AMBER, RSIT, constituency) with a report under it that carries more observables.
struct Case
{
    qint64 incident = 0;
    qint64 report = 0;
};

Case makeIncident(TicketFixture& f, TlpLevel reportTlp = TlpLevel::Green)
{
    NewTicket incident;
    incident.kind = TicketKind::Incident;
    incident.title = QStringLiteral("Phishing wave against the university");
    incident.tlp = TlpLevel::Amber;
    incident.rsitClass = QStringLiteral("fraud");
    incident.rsitType = QStringLiteral("phishing");
    incident.severity = 2;
    incident.constituency = QStringLiteral("Example University");
    incident.observables = {obs(ObservableType::Domain, "login-example.com"),
                            obs(ObservableType::Url, "https://login-example.com/owa/"),
                            obs(ObservableType::Cve, "CVE-2024-3094")};
    auto incidentId = f.workflow->create(incident);
    REQUIRE(incidentId);
    NewTicket report;
    report.kind = TicketKind::Report;
    report.title = QStringLiteral("Phish reported by staff");
    report.tlp = reportTlp;
    report.incidentId = *incidentId;
    report.observables = {
        obs(ObservableType::Ipv4, "192.0.2.55"), obs(ObservableType::Email, "it-desk@phish.example"),
        obs(ObservableType::Sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        obs(ObservableType::Domain, "login-example.com")};
    auto reportId = f.workflow->create(report);
    REQUIRE(reportId);
    return {*incidentId, *reportId};
}

QSet<Observable> asSet(const QList<Observable>& list)
{
    return QSet<Observable>(list.cbegin(), list.cend());
}

} // namespace

TEST_CASE("An incident exports with its children's observables, a stable UUID and a valid event", "[misp]")
{
    TicketFixture f;
    const Case c = makeIncident(f);
    MispExchange exchange(f.change());
    MispExportOptions options;
    options.clearance = TlpLevel::Amber;
    auto first = exchange.exportEvent(c.incident, options);
    INFO((first ? QString() : first.error().toString()).toStdString());
    REQUIRE(first);
    CHECK(first->attributes == 6); // 3 + 4, the shared domain once
    CHECK(first->tlp == TlpLevel::Amber);
    CHECK(first->tickets == QList<qint64>{c.incident, c.report});

    auto second = exchange.exportEvent(c.incident, options);
    REQUIRE(second);
    CHECK(second->uuid == first->uuid);
    CHECK(count(*f.vault, "SELECT count(*) FROM ticket_uuids") == 1);
    CHECK(ExchangeStore(f.change()).ticketUuid(c.incident).value() == first->uuid);

    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("event.json"));
    test::writeAll(path, first->json);
    const QString verdict = test::mispProblems({path}).value(path);
    INFO(verdict.toStdString());
    CHECK(verdict.isEmpty());
    CHECK(TicketAudit(*f.vault).run().value().intact());
}

TEST_CASE("The TLP gate refuses an export above the recipient's clearance and writes nothing", "[misp]")
{
    TicketFixture f;
    const Case c = makeIncident(f, TlpLevel::Red); // a TLP:RED report under the incident raises the event to RED
    MispExchange exchange(f.change());
    const qint64 history = count(*f.vault, "SELECT count(*) FROM history");

    MispExportOptions options;
    options.clearance = TlpLevel::Amber;
    options.recipientName = QStringLiteral("CERT-XX");
    auto refused = exchange.exportEvent(c.incident, options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("TLP:RED")));
    CHECK(refused.error().message.contains(QStringLiteral("CERT-XX")));
    CHECK(refused.error().where == QStringLiteral("tlp"));

    options.clearance.reset(); // unknown clearance: CLEAR and GREEN only, as for mail
    CHECK_FALSE(exchange.exportEvent(c.incident, options));
    CHECK_FALSE(exchange.exportEvent(c.report, options));
    CHECK(count(*f.vault, "SELECT count(*) FROM ticket_uuids") == 0);
    CHECK(count(*f.vault, "SELECT count(*) FROM history") == history);

    options.clearance = TlpLevel::Red;
    CHECK(exchange.exportEvent(c.incident, options));

    REQUIRE(f.editor->setField(c.report, QStringLiteral("tlp"), QStringLiteral("green")));
    REQUIRE(f.editor->setField(c.incident, QStringLiteral("tlp"), QStringLiteral("clear")));
    options.clearance.reset();
    auto green = exchange.exportEvent(c.incident, options);
    REQUIRE(green);
    CHECK(green->tlp == TlpLevel::Green);

    options.distribution = 4;
    CHECK(exchange.exportEvent(c.incident, options).error().where == QStringLiteral("distribution"));
}

TEST_CASE("Round trip: an export imported into another workspace gives the same observables, TLP and RSIT",
          "[misp][roundtrip]")
{
    TicketFixture here;
    const Case c = makeIncident(here);
    MispExportOptions options;
    options.clearance = TlpLevel::Red;
    auto exported = MispExchange(here.change()).exportEvent(c.incident, options);
    REQUIRE(exported);
    const Ticket incident = here.get(c.incident);
    const Ticket report = here.get(c.report);

    TicketFixture there;
    auto imported = MispExchange(there.change(QStringLiteral("bob")))
                        .importEvent(exported->json, MispImportOptions{std::nullopt, QStringLiteral("event.json")});
    INFO((imported ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported);
    CHECK(imported->created);
    CHECK_FALSE(imported->recognised);
    CHECK(imported->warnings.isEmpty());
    const Ticket copy = there.get(imported->ticketId);
    CHECK(copy.kind == TicketKind::Incident);
    CHECK(copy.title == incident.title);
    CHECK(copy.tlp == TlpLevel::Amber);
    CHECK(copy.rsitClass == QStringLiteral("fraud"));
    CHECK(copy.rsitType == QStringLiteral("phishing"));
    CHECK(copy.constituency == QStringLiteral("Example University"));
    CHECK(copy.severity == 2);
    CHECK(asSet(copy.observables) == asSet(incident.observables) + asSet(report.observables));
    CHECK(ExchangeStore(there.change()).ticketUuid(copy.id).value() == exported->uuid);
    // the rtir object's fields are kept in a note
    const auto notes = there.comments->comments(copy.id).value();
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().body.contains(QStringLiteral("rtir/ticket-number")));
    CHECK(TicketAudit(*there.vault).run().value().intact());
    // The history says what happened, in words.
    auto sentenceOf = [](TicketRepository& tickets, qint64 id, const char* action) {
        const QList<HistoryEntry> entries = tickets.history().forTicket(id).value();
        for (const HistoryEntry& entry : entries) {
            if (entry.action == QLatin1String(action))
                return HistoryPhrasing::sentence(entry);
        }
        return QString();
    };
    const QString importSentence = sentenceOf(*there.tickets, copy.id, "import");
    INFO(importSentence.toStdString());
    CHECK(
        importSentence.startsWith(u"MISP event %1 imported, 6 observable"_s.arg(ExchangeStore::text(exported->uuid))));
    CHECK(sentenceOf(*here.tickets, c.incident, "uuid") == u"Exchange UUID: "_s + ExchangeStore::text(exported->uuid));

    SECTION("importing the same event again is recognised and adds nothing")
    {
        const qint64 tickets = count(*there.vault, "SELECT count(*) FROM tickets");
        auto again = MispExchange(there.change()).importEvent(exported->json, {});
        REQUIRE(again);
        CHECK(again->recognised);
        CHECK_FALSE(again->created);
        CHECK(again->ticketId == copy.id);
        CHECK(again->observablesAdded == 0);
        CHECK(count(*there.vault, "SELECT count(*) FROM tickets") == tickets);
        CHECK(count(*there.vault, "SELECT count(*) FROM exchange_imports") == 2);
    }
    SECTION("our own event coming back goes onto the ticket it was made from")
    {
        auto back = MispExchange(here.change()).importEvent(exported->json, {});
        REQUIRE(back);
        CHECK(back->recognised);
        CHECK(back->ticketId == c.incident);
        // the children's observables join the incident itself
        CHECK(back->observablesAdded == 3);
    }
}

TEST_CASE("An event imported onto an existing ticket adds observables, raises TLP, sets RSIT and keeps notes", "[misp]")
{
    TicketFixture f;
    NewTicket t;
    t.kind = TicketKind::Incident;
    t.title = QStringLiteral("Scanning from abroad");
    t.tlp = TlpLevel::Green;
    t.observables = {obs(ObservableType::Ipv4, "192.0.2.1")};
    const qint64 id = f.workflow->create(t).value();
    const QByteArray event = test::readAll(test::conformancePath(QStringLiteral("misp/examples/misp_event.json")));
    QJsonObject e = QJsonDocument::fromJson(event).object();
    QJsonArray tags = e.value(u"Tag"_s).toArray();
    tags.append(QJsonObject{{u"name"_s, u"tlp:amber"_s}});
    tags.append(QJsonObject{{u"name"_s, u"rsit:malicious-code=\"malware-distribution\""_s}});
    e.insert(u"Tag"_s, tags);

    auto report = MispExchange(f.change())
                      .importEvent(QJsonDocument(e).toJson(), MispImportOptions{id, QStringLiteral("misp_event.json")});
    REQUIRE(report);
    CHECK(report->ticketId == id);
    CHECK_FALSE(report->created);
    CHECK(report->observablesAdded == 1);
    CHECK(report->tlp == TlpLevel::Amber);
    const Ticket after = f.get(id);
    CHECK(after.tlp == TlpLevel::Amber);
    CHECK(after.rsitClass == QStringLiteral("malicious-code"));
    CHECK(after.observables.size() == 2);
    CHECK(after.tags.contains(QStringLiteral("for_intelmq_processing")));
    const auto notes = f.comments->comments(id).value();
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().body.contains(QStringLiteral("Locky")));
    CHECK(notes.first().body.contains(QStringLiteral("misp_event.json")));
    CHECK(TicketAudit(*f.vault).run().value().intact());
}

TEST_CASE("A failed import stores nothing", "[misp][hostile]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident);
    auto counts = [&] {
        return QList<qint64>{count(*f.vault, "SELECT count(*) FROM tickets"),
                             count(*f.vault, "SELECT count(*) FROM history"),
                             count(*f.vault, "SELECT count(*) FROM ticket_observables"),
                             count(*f.vault, "SELECT count(*) FROM ticket_comments"),
                             count(*f.vault, "SELECT count(*) FROM exchange_imports"),
                             count(*f.vault, "SELECT count(*) FROM ticket_uuids")};
    };
    const auto before = counts();
    MispExchange exchange(f.change());
    const QByteArray good =
        QJsonDocument(QJsonObject{{u"Event"_s, QJsonObject{{u"uuid"_s, u"8d2f7a0e-4c51-4a8e-9f3e-0b1c2d3e4f50"_s},
                                                           {u"info"_s, u"x"_s},
                                                           {u"Attribute"_s,
                                                            QJsonArray{QJsonObject{{u"type"_s, u"ip-src"_s},
                                                                                   {u"value"_s, u"192.0.2.9"_s}}}}}}})
            .toJson();
    CHECK_FALSE(exchange.importEvent(good.left(good.size() - 3), {})); // truncated
    CHECK(counts() == before);
    // A failure late in the change (onto a ticket that does not exist) rolls back what came before it.
    auto missing = exchange.importEvent(good, MispImportOptions{id + 100, {}});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(counts() == before);
    // A merged ticket refuses changes: nothing of the event is kept.
    const qint64 a = f.make(TicketKind::Report);
    const qint64 b = f.make(TicketKind::Report);
    REQUIRE(f.workflow->merge(a, b));
    const auto beforeMerged = counts();
    CHECK_FALSE(exchange.importEvent(good, MispImportOptions{b, {}}));
    CHECK(counts() == beforeMerged);
}

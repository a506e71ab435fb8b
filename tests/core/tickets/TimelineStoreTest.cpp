// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryPhrasing.h"
#include "core/history/TicketAudit.h"
#include "core/tickets/TimelineCsv.h"

#include "tests/core/tickets/TicketFixture.h"

#include <QFile>

using namespace fb;
using fb::test::TicketFixture;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC);
}

NewTimelineEvent event(const QDateTime& at, const QString& title, const QString& raw = {})
{
    NewTimelineEvent e;
    e.occurredAt = at;
    e.title = title;
    e.source = QStringLiteral("firewall log");
    e.raw = raw;
    return e;
}

QStringList titles(const QList<TimelineEvent>& events)
{
    QStringList out;
    for (const TimelineEvent& e : events)
        out.append(e.event.title);
    return out;
}

QStringList timelineSentences(TicketFixture& f, qint64 id)
{
    QStringList out;
    const QList<HistoryEntry> entries = f.tickets->history().forTicket(id).value();
    for (const HistoryEntry& entry : entries) {
        if (entry.action == QLatin1String("timeline"))
            out.append(HistoryPhrasing::sentence(entry));
    }
    return out;
}

qint64 historyRows(TicketFixture& f)
{
    return f.tickets->history().verify().value().rowsChecked;
}

} // namespace

TEST_CASE("Timeline events are added, listed by time, changed and removed, each in the history", "[timeline]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Web shell"));

    const auto second = f.timeline->add(id, event(utc(2, 10), QStringLiteral("Web shell uploaded")));
    REQUIRE(second);
    NewTimelineEvent first = event(utc(1, 23, 5), QStringLiteral("  First   scan\nfrom outside  "));
    first.endedAt = utc(1, 23, 50);
    const auto added = f.timeline->add(id, first);
    REQUIRE(added);

    auto list = f.timeline->events(id).value();
    REQUIRE(list.size() == 2);
    CHECK(titles(list) == QStringList{QStringLiteral("First scan from outside"), QStringLiteral("Web shell uploaded")});
    CHECK(list[0].event.endedAt == utc(1, 23, 50));
    CHECK(list[0].createdBy == QStringLiteral("alice"));
    CHECK(list[0].createdAt == f.clock.nowUtc());
    CHECK(list[0].ticketId == id);

    NewTimelineEvent changed = list[1].event;
    changed.title = QStringLiteral("Web shell found");
    changed.occurredAt = utc(1, 12);
    f.clock.advanceSecs(60);
    REQUIRE(f.timeline->edit(list[1].id, changed));
    list = f.timeline->events(id).value();
    CHECK(titles(list) == QStringList{QStringLiteral("Web shell found"), QStringLiteral("First scan from outside")});
    CHECK(list[0].updatedAt == f.clock.nowUtc());
    CHECK(list[0].createdAt == f.clock.nowUtc().addSecs(-60));

    // An edit that changes nothing writes nothing.
    const qint64 rows = historyRows(f);
    REQUIRE(f.timeline->edit(list[0].id, list[0].event));
    CHECK(historyRows(f) == rows);

    REQUIRE(f.timeline->remove(list[1].id));
    CHECK(titles(f.timeline->events(id).value()) == QStringList{QStringLiteral("Web shell found")});
    CHECK(f.timeline->event(list[1].id).error().code == ErrorCode::NotFound);

    const QStringList sentences = timelineSentences(f, id);
    REQUIRE(sentences.size() == 4);
    CHECK(sentences[0].startsWith(QStringLiteral("Timeline event added: Web shell uploaded")));
    CHECK(sentences[2].startsWith(QStringLiteral("Timeline event changed: Web shell found")));
    CHECK(sentences[3].startsWith(QStringLiteral("Timeline event removed: First scan from outside")));
    CHECK(f.tickets->history().verify().value().intact);
    CHECK(TicketAudit(*f.vault).run().value().intact());
}

TEST_CASE("Observables in an event's description and raw data go on the ticket once, counted", "[timeline]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident);
    REQUIRE(f.observables->addObservable(id, Observable{ObservableType::Ipv4, QStringLiteral("198.51.100.7")}));

    NewTimelineEvent e = event(utc(1, 8), QStringLiteral("Beacon to 203.0.113.9"),
                               QStringLiteral("DENY 198.51.100.7 -> 203.0.113.9:443 hxxp://evil[.]example.com/x"));
    e.description = QStringLiteral("Also seen: 203.0.113.9 and CVE-2024-3094");
    const auto added = f.timeline->add(id, e);
    REQUIRE(added);
    // 203.0.113.9, the URL, its host, the CVE; 198.51.100.7 was there already.
    CHECK(added->observablesAdded == 4);
    const Ticket ticket = f.get(id);
    CHECK(ticket.observables.contains(Observable{ObservableType::Ipv4, QStringLiteral("203.0.113.9")}));
    CHECK(ticket.observables.contains(Observable{ObservableType::Cve, QStringLiteral("CVE-2024-3094")}));
    CHECK(ticket.observables.size() == 5);

    // The same text again adds none.
    CHECK(f.timeline->add(id, e)->observablesAdded == 0);
    CHECK(f.get(id).observables.size() == 5);
}

TEST_CASE("A refused event names its field and changes nothing", "[timeline]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident);
    const qint64 rows = historyRows(f);

    auto refusedAt = [&](NewTimelineEvent e) {
        const auto added = f.timeline->add(id, e);
        REQUIRE_FALSE(added);
        CHECK(added.error().code == ErrorCode::BadInput);
        return added.error().where;
    };
    CHECK(refusedAt(event(QDateTime(), QStringLiteral("No time"))) == QStringLiteral("time"));
    NewTimelineEvent backwards = event(utc(2, 10), QStringLiteral("Backwards"));
    backwards.endedAt = utc(2, 9);
    CHECK(refusedAt(backwards) == QStringLiteral("end"));
    CHECK(refusedAt(event(utc(2, 10), QStringLiteral("   "))) == QStringLiteral("what"));
    CHECK(refusedAt(event(utc(2, 10), QString(201, QLatin1Char('x')))) == QStringLiteral("what"));
    CHECK(refusedAt(event(utc(2, 10), QStringLiteral("ok"),
                          QString(TimelineStore::kMaxTextLength + 1, QLatin1Char('r')))) == QStringLiteral("raw"));
    CHECK(refusedAt(event(utc(2, 10), QStringLiteral("ok"), QStringLiteral("a\x1b[31m"))) == QStringLiteral("raw"));
    NewTimelineEvent nul = event(utc(2, 10), QStringLiteral("ok"));
    nul.source = QStringLiteral("log") + QChar(0) + QStringLiteral("x");
    CHECK(refusedAt(nul) == QStringLiteral("source"));
    NewTimelineEvent longSource = event(utc(2, 10), QStringLiteral("ok"));
    longSource.source = QString(201, QLatin1Char('s'));
    CHECK(refusedAt(longSource) == QStringLiteral("source"));

    CHECK(f.timeline->events(id).value().isEmpty());
    CHECK(historyRows(f) == rows);

    CHECK(f.timeline->add(9999, event(utc(2, 10), QStringLiteral("x"))).error().code == ErrorCode::NotFound);
    CHECK(f.timeline->remove(9999).error().code == ErrorCode::NotFound);
    CHECK(f.timeline->edit(9999, event(utc(2, 10), QStringLiteral("x"))).error().code == ErrorCode::NotFound);
    CHECK(f.timeline->events(9999).error().code == ErrorCode::NotFound);
}

TEST_CASE("A merged ticket's timeline is read but not changed", "[timeline]")
{
    TicketFixture f;
    const qint64 from = f.make(TicketKind::Report, QStringLiteral("Duplicate"));
    const qint64 into = f.make(TicketKind::Report, QStringLiteral("Original"));
    const qint64 eventId = f.timeline->add(from, event(utc(1, 8), QStringLiteral("Seen"))).value().events.first();
    REQUIRE(f.workflow->merge(into, from));
    CHECK(f.timeline->events(from).value().size() == 1);
    CHECK(f.timeline->add(from, event(utc(1, 9), QStringLiteral("More"))).error().code == ErrorCode::Conflict);
    CHECK(f.timeline->remove(eventId).error().code == ErrorCode::Conflict);
}

TEST_CASE("CSV import: aliases, zones, one change for all rows, observables counted", "[timeline][csv]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident);
    const QByteArray csv = "\xEF\xBB\xBFWhen,Title,Until,Source,Raw Data,Analyst\r\n"
                           "2026-03-01T10:00:00Z,Phish received,,mail #12,From: evil@phish.example.net,bob\r\n"
                           "2026-03-01 12:30+01:00,\"Link clicked, \"\"invoice\"\"\",2026-03-01T11:45:00.5Z,proxy log,"
                           "\"GET http://203.0.113.50/x\r\nsecond line\",carol\r\n";
    const qint64 rows = historyRows(f);
    const auto imported = f.timeline->importCsv(id, csv);
    INFO((imported ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported);
    CHECK(imported->events.size() == 2);
    CHECK(imported->ignoredColumns == QStringList{QStringLiteral("Analyst")});
    CHECK(imported->observablesAdded == 3); // the address, the URL, its host
    const auto list = f.timeline->events(id).value();
    REQUIRE(list.size() == 2);
    CHECK(list[0].event.occurredAt == utc(1, 10));
    CHECK(list[1].event.occurredAt == utc(1, 11, 30));
    CHECK(list[1].event.endedAt == utc(1, 11, 45).addMSecs(500));
    CHECK(list[1].event.title == QStringLiteral("Link clicked, \"invoice\""));
    CHECK(list[1].event.raw == QStringLiteral("GET http://203.0.113.50/x\r\nsecond line"));
    CHECK(list[0].event.source == QStringLiteral("mail #12"));
    CHECK(historyRows(f) == rows + 3); // one row per event and one for the observables
}

TEST_CASE("CSV import refuses a bad file naming row and column, and stores nothing", "[timeline][csv]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident);
    const qint64 rows = historyRows(f);
    struct Case
    {
        const char* name;
        QByteArray csv;
        const char* where;
    };
    const Case cases[] = {
        {"a time without a zone", "time,what\r\n2026-03-01T10:00:00Z,ok\r\n2026-03-01T10:00:00,bad\r\n",
         "row 3, column 1"},
        {"not a time", "what,time\r\nok,yesterday\r\n", "row 2, column 2"},
        {"an end before the start", "time,what,end\r\n2026-03-01T10:00Z,x,2026-03-01T09:00Z\r\n", "row 2, column 3"},
        {"no title", "time,what\r\n2026-03-01T10:00Z,  \r\n", "row 2, column 2"},
        {"a quote left open", "time,what\r\n2026-03-01T10:00Z,\"open\r\n", "row 2, column 2"},
        {"bad UTF-8", "time,what\r\n2026-03-01T10:00Z,\xff\xfe\r\n", "line 2"},
        {"a control character", "time,what\r\n2026-03-01T10:00Z,bell\x07\r\n", "row 2, column 2"},
        {"too many fields", "time,what\r\n2026-03-01T10:00Z,x,y\r\n", "row 2, column 3"},
        {"no what column", "time,source\r\n2026-03-01T10:00Z,x\r\n", "row 1"},
        {"a column named twice", "time,what,title\r\n", "row 1, column 3"},
        {"no events", "time,what\r\n", "row 2"},
        {"empty", "", "row 1"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const auto imported = f.timeline->importCsv(id, c.csv);
        REQUIRE_FALSE(imported);
        CHECK(imported.error().code == ErrorCode::BadInput);
        CHECK(imported.error().where == QLatin1String(c.where));
    }
    CHECK(f.timeline->events(id).value().isEmpty());
    CHECK(f.get(id).observables.isEmpty());
    CHECK(historyRows(f) == rows);
}

TEST_CASE("CSV import: at most 10,000 events and 16 MiB, refused whole beyond", "[timeline][csv]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident);
    QByteArray csv = "time,what\r\n";
    for (int i = 0; i < TimelineStore::kMaxImportRows; ++i)
        csv += "2026-03-01T10:00:00Z,event " + QByteArray::number(i) + "\r\n";
    const QByteArray tooMany = csv + "2026-03-01T10:00:00Z,one too many\r\n";
    const auto refused = f.timeline->importCsv(id, tooMany);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().where == QStringLiteral("row 10002"));
    CHECK(f.timeline->events(id).value().isEmpty());

    DirectJobControl job;
    int reports = 0;
    DirectJobControl counting([&](const JobProgress&) { ++reports; });
    const auto imported = f.timeline->importCsv(id, csv, &counting);
    REQUIRE(imported);
    CHECK(imported->events.size() == TimelineStore::kMaxImportRows);
    CHECK(reports >= 100);
    CHECK(f.timeline->events(id).value().size() == TimelineStore::kMaxImportRows);

    const QByteArray huge = "time,what,raw\r\n" + QByteArray(TimelineStore::kMaxImportBytes, 'a');
    CHECK(f.timeline->importCsv(id, huge).error().code == ErrorCode::BadInput);

    // A cancelled import keeps nothing.
    const qint64 other = f.make(TicketKind::Incident);
    job.cancel();
    CHECK(f.timeline->importCsv(other, csv, &job).error().code == ErrorCode::Cancelled);
    CHECK(f.timeline->events(other).value().isEmpty());
}

TEST_CASE("CSV export and import into another incident give the same events", "[timeline][csv]")
{
    TicketFixture f;
    const qint64 a = f.make(TicketKind::Incident);
    const qint64 b = f.make(TicketKind::Incident);
    NewTimelineEvent span = event(utc(1, 10, 15), QStringLiteral("Exfiltration, \"big\""),
                                  QStringLiteral("line one\r\nline, two\t\"quoted\""));
    span.endedAt = QDateTime(QDate(2026, 3, 1), QTime(11, 0, 1, 250), Qt::UTC);
    span.description = QStringLiteral("Zürich office ✓\nsecond line");
    span.source = QStringLiteral("netflow");
    REQUIRE(f.timeline->add(a, span));
    REQUIRE(f.timeline->add(a, event(utc(1, 9), QStringLiteral("Initial access"))));
    REQUIRE(f.timeline->add(a, event(utc(1, 9), QStringLiteral("Same time, added later"))));

    const QString path = f.dir.file(QStringLiteral("timeline.csv"));
    CHECK(f.timeline->exportCsv(a, path).value() == 3);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    CHECK(csv.startsWith("time,end,what,description,source,raw\r\n2026-03-01T09:00:00.000Z,,Initial access,"));
    CHECK(file.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    REQUIRE(f.timeline->importCsv(b, csv));
    const auto from = f.timeline->events(a).value();
    const auto to = f.timeline->events(b).value();
    REQUIRE(to.size() == from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        CHECK(to[i].event == from[i].event);

    CHECK(f.timeline->exportCsv(a, f.dir.file(QStringLiteral("missing/dir/x.csv"))).error().code == ErrorCode::Io);
}

TEST_CASE("CSV times: ISO 8601 with a zone only", "[timeline][csv]")
{
    const auto at = [](const char* text) { return TimelineCsv::parseTime(QString::fromLatin1(text)); };
    CHECK(at("2026-03-01T14:05Z") == utc(1, 14, 5));
    CHECK(at("2026-03-01t14:05:00z") == utc(1, 14, 5));
    CHECK(at("2026-03-01 15:05:00+01:00") == utc(1, 14, 5));
    CHECK(at("2026-03-01T09:05:00-0500") == utc(1, 14, 5));
    CHECK(at("2026-03-01T14:05:00.123456Z") == utc(1, 14, 5).addMSecs(123));
    CHECK(at("2026-03-01T14:05:00,5Z") == utc(1, 14, 5).addMSecs(500));
    for (const char* bad : {"2026-03-01T14:05:00", "2026-03-01", "14:05Z", "2026-02-30T10:00Z", "2026-03-01T25:00Z",
                            "2026-03-01T10:00+24:00", "yesterday", "", "1772373900"}) {
        INFO(bad);
        CHECK_FALSE(at(bad));
    }
    CHECK(TimelineCsv::formatTime(utc(1, 14, 5)) == QStringLiteral("2026-03-01T14:05:00.000Z"));
}

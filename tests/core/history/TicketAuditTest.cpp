// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/TicketAudit.h"

#include "core/demo/DemoWorkspace.h"
#include "core/vault/Transaction.h"
#include "tests/core/tickets/TicketFixture.h"

#include <QElapsedTimer>

using namespace fb;
using fb::test::TicketFixture;

namespace {

TicketAuditResult audit(Vault& vault)
{
    auto result = TicketAudit(vault).run();
    REQUIRE(result);
    return *result;
}

// A change made behind Firebreak's back, as with the sqlcipher shell.
void exec(TicketFixture& f, const QString& sql)
{
    REQUIRE(f.vault->execScript(sql.toUtf8()));
}

// A bit of everything the history records: fields, transitions, links, a merge, tags and observables.
struct Busy
{
    qint64 incident = 0;
    qint64 report = 0;
    qint64 merged = 0;
    qint64 countermeasure = 0;
};

Busy makeBusy(TicketFixture& f)
{
    Busy b;
    NewTicket incident;
    incident.kind = TicketKind::Incident;
    incident.title = QStringLiteral("Botnet C2");
    incident.owner = QStringLiteral("carol");
    incident.tags = {QStringLiteral("botnet"), QStringLiteral(" c2 ")};
    incident.observables = {Observable{ObservableType::Ipv4, QStringLiteral("198.51.100.7")}};
    auto made = f.workflow->create(incident);
    REQUIRE(made);
    b.incident = *made;
    b.report = f.make(TicketKind::Report, QStringLiteral("Scan report"));
    b.merged = f.make(TicketKind::Report, QStringLiteral("Same scan"));
    b.countermeasure = f.make(TicketKind::Countermeasure, QStringLiteral("Block"), b.incident);
    REQUIRE(f.editor->setField(b.report, QStringLiteral("title"), QStringLiteral("Scan from 198.51.100.7")));
    REQUIRE(f.editor->setField(b.report, QStringLiteral("description"), QStringLiteral("Seen at 09:00.")));
    REQUIRE(f.editor->setField(b.report, QStringLiteral("severity"), QStringLiteral("high")));
    REQUIRE(f.editor->setField(b.report, QStringLiteral("rsit"), QStringLiteral("information-gathering/scanner")));
    REQUIRE(f.editor->setField(b.report, QStringLiteral("constituency"), QStringLiteral("campus")));
    REQUIRE(f.tags->addTag(b.report, QStringLiteral("scan")));
    REQUIRE(f.tags->addTag(b.report, QStringLiteral("temp")));
    REQUIRE(f.tags->removeTag(b.report, QStringLiteral("temp")));
    REQUIRE(f.observables->addObservable(b.report, Observable{ObservableType::Ipv4, QStringLiteral("198.51.100.7")}));
    REQUIRE(f.observables->addObservables(b.merged,
                                          {Observable{ObservableType::Domain, QStringLiteral("bad.example")},
                                           Observable{ObservableType::Url, QStringLiteral("http://bad.example/x")}}));
    REQUIRE(f.editor->setField(b.merged, QStringLiteral("description"), QStringLiteral("The same scan again.")));
    REQUIRE(f.tags->addTag(b.merged, QStringLiteral("dup")));
    REQUIRE(f.comments->addComment(b.report, QStringLiteral("Asked the ISP for the customer.")));
    REQUIRE(f.comments->addComment(b.merged, QStringLiteral("Duplicate, to be merged.")));
    REQUIRE(f.comments->addComment(b.report, QStringLiteral("ISP answered: a school.")));
    REQUIRE(f.workflow->link(b.report, b.incident));
    REQUIRE(f.workflow->merge(b.report, b.merged)); // a newer ticket into an older one
    REQUIRE(f.workflow->transition(b.countermeasure, QStringLiteral("active")));
    REQUIRE(f.workflow->transition(b.incident, QStringLiteral("resolved"), fb::test::withLessons()));
    return b;
}

const TicketFinding* findingOf(const TicketAuditResult& r, qint64 ticket, const QString& field)
{
    for (const TicketFinding& f : r.findings) {
        if (f.ticketId == ticket && f.field == field)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Tickets changed only through Firebreak match their history", "[audit]")
{
    TicketFixture f;
    CHECK(audit(*f.vault).intact());
    const Busy b = makeBusy(f);
    const TicketAuditResult r = audit(*f.vault);
    for (const TicketFinding& finding : r.findings)
        UNSCOPED_INFO(finding.message.toStdString());
    CHECK(r.intact());
    CHECK(r.ticketsChecked == 4);
    CHECK(r.rowsReplayed > 20);
    // The merge carried the newer report's tags and observables over.
    const Ticket report = f.get(b.report);
    CHECK(report.tags.contains(QStringLiteral("dup")));
    CHECK(report.observables.size() == 3);
}

TEST_CASE("The demo workspace matches its history", "[audit]")
{
    TicketFixture f;
    auto summary = DemoWorkspace::populateAll(*f.vault, f.clock);
    REQUIRE(summary);
    const TicketAuditResult r = audit(*f.vault);
    for (const TicketFinding& finding : r.findings)
        UNSCOPED_INFO(finding.message.toStdString());
    CHECK(r.intact());
    CHECK(r.ticketsChecked > 30);
}

TEST_CASE("A ticket changed or deleted without Firebreak is named with its field and values", "[audit]")
{
    TicketFixture f;
    const Busy b = makeBusy(f);
    REQUIRE(audit(*f.vault).intact());
    const QString id = QString::number(b.report);

    struct Case
    {
        QString field;
        QString sql;
        QString expected;
        QString found;
    };
    const Case c = GENERATE_COPY(
        Case{QStringLiteral("title"), QStringLiteral("UPDATE tickets SET title = 'Nothing to see' WHERE id = ") + id,
             QStringLiteral("Scan from 198.51.100.7"), QStringLiteral("Nothing to see")},
        Case{QStringLiteral("owner"), QStringLiteral("UPDATE tickets SET owner = 'mallory' WHERE id = ") + id,
             QString(), QStringLiteral("mallory")},
        Case{QStringLiteral("tlp"), QStringLiteral("UPDATE tickets SET tlp = 'clear' WHERE id = ") + id,
             QStringLiteral("amber"), QStringLiteral("clear")},
        Case{QStringLiteral("state"), QStringLiteral("UPDATE tickets SET state = 'rejected' WHERE id = ") + id,
             QStringLiteral("resolved"), QStringLiteral("rejected")},
        Case{QStringLiteral("severity"), QStringLiteral("UPDATE tickets SET severity = 4 WHERE id = ") + id,
             QStringLiteral("2"), QStringLiteral("4")},
        Case{QStringLiteral("rsit"), QStringLiteral("UPDATE tickets SET rsit_type = 'sniffing' WHERE id = ") + id,
             QStringLiteral("information-gathering/scanner"), QStringLiteral("information-gathering/sniffing")},
        Case{QStringLiteral("constituency"),
             QStringLiteral("UPDATE tickets SET constituency = 'other' WHERE id = ") + id, QStringLiteral("campus"),
             QStringLiteral("other")},
        Case{QStringLiteral("created"), QStringLiteral("UPDATE tickets SET created_at = 0 WHERE id = ") + id,
             QStringLiteral("2026-03-02T09:00:00.000Z"), QStringLiteral("1970-01-01T00:00:00.000Z")},
        Case{QStringLiteral("merged-into"),
             QStringLiteral("UPDATE tickets SET merged_into = NULL WHERE merged_into IS NOT NULL"),
             QStringLiteral("#") + id, QString()},
        Case{QStringLiteral("tags"),
             QStringLiteral("INSERT INTO ticket_tags (ticket_id, tag) VALUES (") + id + QStringLiteral(", 'x')"),
             QStringLiteral("dup, scan"), QStringLiteral("dup, scan, x")},
        Case{QStringLiteral("observables"), QStringLiteral("DELETE FROM ticket_observables WHERE ticket_id = ") + id,
             QStringLiteral("domain:bad.example, ipv4:198.51.100.7, url:http://bad.example/x"), QString()},
        Case{QStringLiteral("children"),
             QStringLiteral("DELETE FROM ticket_links WHERE child_id = ") + QString::number(b.countermeasure),
             QStringLiteral("#") + id + QStringLiteral(", #") + QString::number(b.countermeasure),
             QStringLiteral("#") + id});
    const QString field = c.field;
    INFO(field.toStdString());
    exec(f, c.sql);
    const TicketAuditResult r = audit(*f.vault);
    REQUIRE(r.findingCount == 1);
    const TicketFinding& finding = r.findings.constFirst();
    const qint64 ticket = field == QLatin1String("merged-into") ? b.merged
                          : field == QLatin1String("children")  ? b.incident
                                                                : b.report;
    CHECK(finding.ticketId == ticket);
    CHECK(finding.field == field);
    CHECK(finding.expected == c.expected);
    CHECK(finding.found == c.found);
    CHECK(finding.message.contains(QStringLiteral("#%1").arg(ticket)));
}

TEST_CASE("A comment changed, added or deleted without Firebreak is found", "[audit]")
{
    const QStringList tampering{
        QStringLiteral("UPDATE ticket_comments SET body = 'ISP answered: nobody.' WHERE body LIKE 'ISP answered%'"),
        QStringLiteral("DELETE FROM ticket_comments WHERE body LIKE 'Asked%'"),
        QStringLiteral("INSERT INTO ticket_comments (ticket_id, author, created_at, body) "
                       "SELECT ticket_id, 'mallory', 0, 'Nothing to see.' FROM ticket_comments LIMIT 1"),
    };
    for (qsizetype i = 0; i < tampering.size(); ++i) {
        TicketFixture f;
        const Busy b = makeBusy(f);
        REQUIRE(audit(*f.vault).intact());
        INFO(tampering.at(i).toStdString());
        exec(f, tampering.at(i));
        const TicketAuditResult r = audit(*f.vault);
        CHECK(r.findingCount == 1);
        const TicketFinding* finding = findingOf(r, b.report, QStringLiteral("comments"));
        REQUIRE(finding);
        CHECK(finding->message.contains(QStringLiteral("without going through Firebreak")));
        // Which comment differs first: the second was changed, the first deleted, one added after both.
        const QString from =
            QStringList{QStringLiteral("comment 2 on"), QStringLiteral("comment 1 on"), QStringLiteral("comment 3 on")}
                .at(i);
        CHECK(finding->message.contains(from));
    }
}

TEST_CASE("Deleted tickets and tickets the history never created are found", "[audit]")
{
    TicketFixture f;
    const Busy b = makeBusy(f);
    const qint64 lone = f.make(TicketKind::Investigation, QStringLiteral("Lone"));
    exec(f, QStringLiteral("DELETE FROM ticket_fts WHERE docid = %1; DELETE FROM tickets WHERE id = %1").arg(lone));
    exec(f, QStringLiteral("INSERT INTO tickets (id, kind, state, title, created_at, updated_at) VALUES (900, "
                           "'incident', 'open', 'Planted', 0, 0)"));
    const TicketAuditResult r = audit(*f.vault);
    CHECK(r.findingCount == 2);
    const TicketFinding* deleted = findingOf(r, lone, QStringLiteral("ticket"));
    REQUIRE(deleted);
    CHECK(deleted->expected == QStringLiteral("Lone"));
    CHECK(!deleted->found);
    CHECK(deleted->message.contains(QLatin1String("deleted")));
    const TicketFinding* planted = findingOf(r, 900, QStringLiteral("ticket"));
    REQUIRE(planted);
    CHECK(!planted->expected);
    CHECK(planted->found == QStringLiteral("Planted"));
    CHECK(b.report > 0);
}

TEST_CASE("A change hidden by a later change through Firebreak is still found", "[audit]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Report, QStringLiteral("Original"));
    exec(f, QStringLiteral("UPDATE tickets SET title = 'Edited behind our back' WHERE id = %1").arg(id));
    REQUIRE(f.editor->setField(id, QStringLiteral("title"), QStringLiteral("Current")));
    const TicketAuditResult r = audit(*f.vault);
    REQUIRE(r.findingCount == 1);
    const TicketFinding& finding = r.findings.constFirst();
    CHECK(finding.ticketId == id);
    CHECK(finding.field == QStringLiteral("title"));
    CHECK(finding.expected == QStringLiteral("Original"));
    CHECK(finding.found == QStringLiteral("Edited behind our back"));
    CHECK(finding.historyId > 0);
}

TEST_CASE("Findings beyond the limit are counted, not listed", "[audit]")
{
    TicketFixture f;
    {
        Transaction batch(*f.vault);
        for (int i = 0; i < TicketAudit::kMaxFindings + 5; ++i)
            f.make(TicketKind::Report, QStringLiteral("R"));
        REQUIRE(batch.commit());
    }
    exec(f, QStringLiteral("UPDATE tickets SET owner = 'x'"));
    const TicketAuditResult r = audit(*f.vault);
    CHECK(r.findingCount == TicketAudit::kMaxFindings + 5);
    CHECK(r.findings.size() == TicketAudit::kMaxFindings);
}

// Run by hand: test-core-tickets "[bench]" (FB_AUDIT_TICKETS sets the count, 100000 by default).
TEST_CASE("Benchmark: the audit of a large workspace", "[.bench]")
{
    TicketFixture f;
    const int count = qEnvironmentVariableIntValue("FB_AUDIT_TICKETS") > 0
                          ? qEnvironmentVariableIntValue("FB_AUDIT_TICKETS")
                          : 100000;
    QElapsedTimer build;
    build.start();
    {
        Transaction batch(*f.vault);
        qint64 incident = 0;
        for (int i = 0; i < count; ++i) {
            NewTicket t;
            t.kind = i % 10 == 0 ? TicketKind::Incident : TicketKind::Report;
            t.title = QStringLiteral("Ticket %1").arg(i);
            t.tags = {QStringLiteral("t%1").arg(i % 50)};
            t.observables = {
                Observable{ObservableType::Ipv4,
                           QStringLiteral("10.%1.%2.%3").arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255)},
                Observable{ObservableType::Domain, QStringLiteral("host%1.example").arg(i % 1000)}};
            auto id = f.workflow->create(t);
            REQUIRE(id);
            if (t.kind == TicketKind::Incident)
                incident = *id;
            else if (i % 3 == 0)
                REQUIRE(f.workflow->link(*id, incident));
            if (i % 4 == 0)
                REQUIRE(f.editor->setField(*id, QStringLiteral("owner"), QStringLiteral("alice")));
        }
        REQUIRE(batch.commit());
    }
    const qint64 buildMs = build.elapsed();
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = fb::test::threadCpuMs();
    const TicketAuditResult r = audit(*f.vault);
    const qint64 auditCpuMs = fb::test::threadCpuMs() - cpuBefore;
    const qint64 auditMs = timer.elapsed();
    CHECK(r.intact());
    WARN("built " << count << " tickets in " << buildMs << " ms; audit of " << r.ticketsChecked << " tickets and "
                  << r.rowsReplayed << " history rows: " << auditMs << " ms wall, " << auditCpuMs << " ms CPU");
}

TEST_CASE("A task or task note changed, added or deleted without Firebreak is found", "[audit]")
{
    const QStringList tampering{
        QStringLiteral("UPDATE ticket_tasks SET state = 'done' WHERE title = 'Call the ISP'"),
        QStringLiteral("UPDATE ticket_tasks SET owner = 'mallory' WHERE title = 'Call the ISP'"),
        QStringLiteral("UPDATE ticket_tasks SET due_at = 0 WHERE title = 'Call the ISP'"),
        QStringLiteral("UPDATE ticket_tasks SET title = 'Nothing to do' WHERE title = 'Call the ISP'"),
        QStringLiteral("DELETE FROM ticket_tasks WHERE title = 'Block the range'"),
        QStringLiteral("INSERT INTO ticket_tasks (ticket_id, title, created_at, created_by) "
                       "SELECT ticket_id, 'Forged', 0, 'mallory' FROM ticket_tasks LIMIT 1"),
        QStringLiteral("UPDATE task_notes SET body = 'All fine.'"),
        QStringLiteral("DELETE FROM task_notes"),
    };
    for (const QString& sql : tampering) {
        TicketFixture f;
        const Busy b = makeBusy(f);
        const qint64 call = f.tasks->addTask(b.report, NewTask{QStringLiteral("Call the ISP"), {}, {}, {}, {}}).value();
        REQUIRE(f.tasks->addTask(b.report, NewTask{QStringLiteral("Block the range"), {}, {}, {}, {}}));
        REQUIRE(f.tasks->assign(call, QStringLiteral("bob")));
        REQUIRE(f.tasks->setDue(call, f.clock.nowUtc().addDays(1)));
        REQUIRE(f.tasks->addNote(call, QStringLiteral("Voicemail.")));
        REQUIRE(audit(*f.vault).intact());
        INFO(sql.toStdString());
        exec(f, sql);
        const TicketAuditResult r = audit(*f.vault);
        CHECK(r.findingCount == 1);
        const TicketFinding* finding = findingOf(r, b.report, QStringLiteral("tasks"));
        REQUIRE(finding);
        CHECK(finding->message.contains(QStringLiteral("without going through Firebreak")));
    }
}

TEST_CASE("A timeline event changed, added or deleted without Firebreak is found", "[audit][timeline]")
{
    const QStringList tampering{
        QStringLiteral("UPDATE ticket_timeline SET title = 'Nothing happened' WHERE title = 'First scan seen'"),
        QStringLiteral(
            "UPDATE ticket_timeline SET occurred_at = occurred_at + 3600000 WHERE title = 'First scan seen'"),
        QStringLiteral("UPDATE ticket_timeline SET raw = 'edited log line' WHERE title = 'First scan seen'"),
        QStringLiteral("UPDATE ticket_timeline SET observable_value = '192.0.2.99' WHERE title = 'Blocked'"),
        QStringLiteral("DELETE FROM ticket_timeline WHERE title = 'Blocked'"),
        QStringLiteral("INSERT INTO ticket_timeline (ticket_id, occurred_at, title, created_at, created_by, "
                       "updated_at, updated_by) SELECT ticket_id, 0, 'Forged', 0, 'mallory', 0, 'mallory' "
                       "FROM ticket_timeline LIMIT 1"),
    };
    for (const QString& sql : tampering) {
        TicketFixture f;
        const Busy b = makeBusy(f);
        NewTimelineEvent scan;
        scan.occurredAt = f.clock.nowUtc().addSecs(-7200);
        scan.title = QStringLiteral("First scan seen");
        scan.source = QStringLiteral("firewall log");
        scan.raw = QStringLiteral("DROP IN=eth0 SRC=192.0.2.5 DPT=22");
        const qint64 first = f.timeline->add(b.report, scan).value().events.value(0);
        NewTimelineEvent blocked = TimelineStore::draft(Observable{ObservableType::Ipv4, QStringLiteral("192.0.2.5")},
                                                        f.clock.nowUtc().addSecs(-3600));
        blocked.title = QStringLiteral("Blocked");
        REQUIRE(f.timeline->add(b.report, blocked));
        // Changes through Firebreak keep the audit intact: an edit, and an event added and removed again.
        scan.description = QStringLiteral("Port 22, every minute.");
        REQUIRE(f.timeline->edit(first, scan));
        NewTimelineEvent passing;
        passing.occurredAt = f.clock.nowUtc();
        passing.title = QStringLiteral("Added by mistake");
        const qint64 mistake = f.timeline->add(b.report, passing).value().events.value(0);
        REQUIRE(f.timeline->remove(mistake));
        const TicketAuditResult before = audit(*f.vault);
        INFO((before.findings.isEmpty() ? std::string() : before.findings.first().message.toStdString()));
        REQUIRE(before.intact());
        INFO(sql.toStdString());
        exec(f, sql);
        const TicketAuditResult r = audit(*f.vault);
        CHECK(r.findingCount == 1);
        const TicketFinding* finding = findingOf(r, b.report, QStringLiteral("timeline"));
        REQUIRE(finding);
        CHECK(finding->message.contains(QStringLiteral("without going through Firebreak")));
    }
}

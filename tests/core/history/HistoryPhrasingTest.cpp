// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryPhrasing.h"

#include "tests/core/tickets/TicketFixture.h"

#include <QLocale>

using namespace fb;
using fb::test::TicketFixture;

namespace {

struct Row
{
    const char* action;
    const char* field;
    std::optional<const char*> oldValue;
    std::optional<const char*> newValue;
    const char* sentence;
};

HistoryEntry entry(const Row& row)
{
    HistoryEntry e;
    e.action = QString::fromUtf8(row.action);
    e.field = QString::fromUtf8(row.field);
    if (row.oldValue)
        e.oldValue = QString::fromUtf8(*row.oldValue);
    if (row.newValue)
        e.newValue = QString::fromUtf8(*row.newValue);
    return e;
}

constexpr std::nullopt_t none = std::nullopt;

} // namespace

TEST_CASE("Every kind of history row reads as a sentence with display values", "[history][phrasing]")
{
    const Row row = GENERATE(
        Row{"create", "", none, R"({"kind":"report","state":"new","title":"x","tlp":"amber","severity":3})",
            "Created as Incident Report, TLP:AMBER"},
        Row{"create", "", none, R"({"kind":"incident"})", "Created as Incident"},
        Row{"create", "", none, "not json", "Created"}, Row{"set", "severity", "3", "2", "Severity: Medium → High"},
        Row{"set", "severity", "9", "1", "Severity: 9 → Critical"},
        Row{"set", "tlp", "green", "amber+strict", "TLP: TLP:GREEN → TLP:AMBER+STRICT"},
        Row{"set", "owner", "", "alice", "Owner: (none) → alice"},
        Row{"set", "owner", none, "alice", "Owner: (none) → alice"},
        Row{"set", "owner", "alice", none, "Owner: alice → (none)"},
        Row{"set", "rsit", "", "malicious-code/c2-server", "Classification: (none) → Malicious Code / C2 Server"},
        Row{"set", "rsit", "abusive-content/spam", "no-such/class",
            "Classification: Abusive Content / Spam → no-such/class"},
        Row{"set", "how-reported", "email", "web-form", "Reported by: E-mail → Web form"},
        Row{"set", "reporter-type", "constituent", "other-csirt", "Reporter type: Constituent → Other CSIRT"},
        Row{"set", "lessons-learned", "", "Patch\n  sooner", "Lessons learned: (none) → Patch sooner"},
        Row{"set", "colour", "red", "blue", "colour: red → blue"},
        Row{"transition", "state", "new", "open", "State: new → open"},
        Row{"cascade", "state", "open", "resolved", "State: open → resolved (follows its incident)"},
        Row{"link", "incident", none, "#12", "Linked to incident #12"},
        Row{"link", "child", none, "#7", "Ticket #7 linked to this incident"},
        Row{"unlink", "incident", "#12", none, "Unlinked from incident #12"},
        Row{"unlink", "child", "#7", none, "Ticket #7 unlinked from this incident"},
        Row{"merge", "from", none, "#7", "Merged #7 into this ticket"},
        Row{"merge", "into", none, "#12", "Merged into #12"},
        Row{"observable", "ipv4", none, "192.0.2.1", "Observable added: ipv4 192.0.2.1"},
        Row{"unobserve", "domain", "c2.example", none, "Observable removed: domain c2.example"},
        Row{"observables", "", none, R"(["ipv4:192.0.2.1","url:http://x.example/a"])",
            "Observables added: ipv4 192.0.2.1, url http://x.example/a"},
        Row{"observables", "", none, R"(["asn:1","asn:2","asn:3","asn:4","asn:5","asn:6","asn:7"])",
            "Observables added: asn 1, asn 2, asn 3, asn 4, asn 5 and 2 more"},
        Row{"tag", "tags", none, "phishing", "Tag added: phishing"},
        Row{"untag", "tags", "phishing", none, "Tag removed: phishing"},
        Row{"mail", "in", none, "mid:<a1@example.org>", "Mail received: <a1@example.org>"},
        Row{"mail", "out", none, "mid:<b2@example.org>", "Mail sent: <b2@example.org>"},
        Row{"mail", "in", none, "sha256:00ff", "Mail received (no Message-ID)"},
        Row{"sla", "policy", none, "1:60/240", "SLA policy changed"},
        Row{"comment", "", none, "Called the ISP.\n  They will call back.",
            "Comment: Called the ISP. They will call back."},
        // An action this version does not know: a generic sentence of what is stored, never an empty cell.
        Row{"escalate", "level", "1", "2", "escalate level: 1 → 2"},
        Row{"escalate", "level", none, "2", "escalate level: 2"},
        Row{"escalate", "level", "1", none, "escalate level: 1 removed"}, Row{"escalate", "", none, none, "escalate"});
    const std::string got = HistoryPhrasing::sentence(entry(row)).toStdString();
    CAPTURE(row.action, row.field, got);
    CHECK(HistoryPhrasing::sentence(entry(row)) == QString::fromUtf8(row.sentence));
}

TEST_CASE("Due dates read in local time, long values on one short line", "[history][phrasing]")
{
    HistoryEntry due;
    due.action = QStringLiteral("set");
    due.field = QStringLiteral("response-due");
    due.oldValue = QString();
    due.newValue = QStringLiteral("2026-05-01T17:00:00Z");
    const QString local =
        QLocale().toString(QDateTime::fromString(*due.newValue, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
    CHECK(HistoryPhrasing::sentence(due) == QStringLiteral("Response due: (none) → ") + local);
    // The first response, as MailComposer records a reply to the reporter.
    HistoryEntry responded = due;
    responded.field = QStringLiteral("first-response");
    responded.oldValue.reset();
    CHECK(HistoryPhrasing::sentence(responded) == QStringLiteral("First response: (none) → ") + local);

    HistoryEntry description;
    description.action = QStringLiteral("set");
    description.field = QStringLiteral("description");
    description.newValue = QString(200, QLatin1Char('x'));
    const QString sentence = HistoryPhrasing::sentence(description);
    CHECK(sentence.startsWith(QStringLiteral("Description: (none) → xxx")));
    CHECK(sentence.endsWith(QChar(0x2026)));
    CHECK(sentence.size() < 120);
}

TEST_CASE("The raw form keeps the row exactly as stored", "[history][phrasing]")
{
    HistoryEntry e;
    e.action = QStringLiteral("set");
    e.field = QStringLiteral("severity");
    e.oldValue = QStringLiteral("3");
    e.newValue = QStringLiteral("2");
    CHECK(HistoryPhrasing::raw(e) == QStringLiteral("set severity: 3 → 2"));
    e.oldValue.reset();
    CHECK(HistoryPhrasing::raw(e) == QStringLiteral("set severity: ∅ → 2"));
    e.newValue.reset();
    e.field.clear();
    CHECK(HistoryPhrasing::raw(e) == QStringLiteral("set"));
}

TEST_CASE("The rows the ticket stores write are phrased, none by the generic fallback", "[history][phrasing]")
{
    TicketFixture f;
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet"));
    const qint64 report = f.make(TicketKind::Report, QStringLiteral("Scanner"));
    const qint64 other = f.make(TicketKind::Report, QStringLiteral("Same scanner"));
    REQUIRE(f.editor->setField(report, QStringLiteral("severity"), QStringLiteral("high")));
    REQUIRE(f.editor->setField(report, QStringLiteral("tlp"), QStringLiteral("green")));
    REQUIRE(f.editor->setField(report, QStringLiteral("owner"), QStringLiteral("bob")));
    REQUIRE(f.tags->addTag(report, QStringLiteral("scan")));
    REQUIRE(f.tags->removeTag(report, QStringLiteral("scan")));
    const Observable ip{ObservableType::Ipv4, QStringLiteral("192.0.2.1")};
    REQUIRE(f.observables->addObservable(report, ip));
    REQUIRE(f.observables->removeObservable(report, ip));
    REQUIRE(f.observables->addObservables(report, {ip}));
    REQUIRE(f.workflow->link(report, incident));
    REQUIRE(f.workflow->unlink(report, incident));
    REQUIRE(f.workflow->merge(report, other));
    REQUIRE(f.comments->addComment(report, QStringLiteral("Asked the ISP.")));
    const qint64 task = f.tasks->addTask(report, NewTask{QStringLiteral("Call the ISP"), {}, {}, {}, {}}).value();
    REQUIRE(f.tasks->assign(task, QStringLiteral("bob")));
    REQUIRE(f.tasks->addNote(task, QStringLiteral("Voicemail.")));
    REQUIRE(f.tasks->setState(task, TaskState::NotApplicable));

    auto rows = f.tickets->history().forTicket(report);
    REQUIRE(rows);
    QStringList sentences;
    for (const HistoryEntry& e : std::as_const(*rows))
        sentences.append(HistoryPhrasing::sentence(e));
    const std::string all = sentences.join(QStringLiteral(" | ")).toStdString();
    CAPTURE(all);
    for (const QString& expected :
         {QStringLiteral("Created as Incident Report, TLP:AMBER"), QStringLiteral("Severity: Medium → High"),
          QStringLiteral("TLP: TLP:AMBER → TLP:GREEN"), QStringLiteral("Owner: (none) → bob"),
          QStringLiteral("Tag added: scan"), QStringLiteral("Tag removed: scan"),
          QStringLiteral("Observable added: ipv4 192.0.2.1"), QStringLiteral("Observable removed: ipv4 192.0.2.1"),
          QStringLiteral("Observables added: ipv4 192.0.2.1"), QStringLiteral("Linked to incident #%1").arg(incident),
          QStringLiteral("Unlinked from incident #%1").arg(incident),
          QStringLiteral("Merged #%1 into this ticket").arg(other), QStringLiteral("Comment: Asked the ISP."),
          QStringLiteral("Task added: Call the ISP"), QStringLiteral("Task Call the ISP assigned to bob"),
          QStringLiteral("Note on task Call the ISP: Voicemail."), QStringLiteral("Task not applicable: Call the ISP")})
        CHECK(sentences.contains(expected));
    // The state follows the link (new → open), phrased as a cascade.
    CHECK(sentences.contains(QStringLiteral("State: new → open (follows its incident)")));
    for (const HistoryEntry& e : std::as_const(*rows)) {
        CAPTURE(e.action, e.field);
        CHECK_FALSE(HistoryPhrasing::sentence(e).startsWith(e.action));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/TicketAudit.h"
#include "core/tickets/TicketStores.h"
#include "core/tickets/Triage.h"

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

namespace {

struct TriageFixture
{
    TicketFixture f;
    TicketStores stores{f.change(QStringLiteral("carol"))};
    Triage triage{stores};

    QStringList actions(qint64 id)
    {
        QStringList list;
        const QList<HistoryEntry> entries = f.tickets->history().forTicket(id).value();
        for (const HistoryEntry& e : entries)
            list.append(e.action);
        return list;
    }
    bool audited()
    {
        return f.tickets->history().verify().value().intact && TicketAudit(*f.vault).run().value().intact();
    }
};

} // namespace

TEST_CASE_METHOD(TriageFixture, "A field set in triage is undone by setting it back, in the history", "[triage]")
{
    const qint64 id = f.make(TicketKind::Report);
    auto tlp = triage.setField(id, QStringLiteral("tlp"), QStringLiteral("red"));
    REQUIRE(tlp);
    REQUIRE(*tlp);
    CHECK(tlp->before == QStringLiteral("amber"));
    CHECK(f.get(id).tlp == TlpLevel::Red);
    REQUIRE(triage.undo(*tlp));
    CHECK(f.get(id).tlp == TlpLevel::Amber);
    CHECK(actions(id) == QStringList{QStringLiteral("create"), QStringLiteral("set"), QStringLiteral("set")});

    // Setting what is already there changes nothing and offers no undo.
    auto same = triage.setField(id, QStringLiteral("tlp"), QStringLiteral("amber"));
    REQUIRE(same);
    CHECK_FALSE(*same);

    // The class, from none and back to none; the severity with its due dates.
    const QDateTime due = f.get(id).responseDue;
    auto rsit = triage.setField(id, QStringLiteral("rsit"), QStringLiteral("fraud/phishing"));
    auto severity = triage.setField(id, QStringLiteral("severity"), QStringLiteral("1"));
    REQUIRE((rsit && severity));
    CHECK(f.get(id).responseDue != due);
    REQUIRE(triage.undo(*severity));
    REQUIRE(triage.undo(*rsit));
    CHECK(f.get(id).rsitClass.isEmpty());
    CHECK(f.get(id).responseDue == due);
    CHECK(audited());
}

TEST_CASE_METHOD(TriageFixture, "A rejection needs a reason - undoing it brings the report back untriaged", "[triage]")
{
    const qint64 id = f.make(TicketKind::Report);
    for (const QString& none : {QString(), QStringLiteral("  ")}) {
        auto refused = triage.reject(id, none);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::BadInput);
    }
    CHECK(f.state(id) == QStringLiteral("new"));

    auto rejected = triage.reject(id, QStringLiteral("Spam, not an incident."));
    REQUIRE(rejected);
    const Ticket after = f.get(id);
    CHECK(after.state == QStringLiteral("rejected"));
    CHECK(after.resolution == QStringLiteral("Spam, not an incident."));
    CHECK(after.firstResponseAt.isValid());

    REQUIRE(triage.undo(*rejected));
    const Ticket back = f.get(id);
    CHECK(back.state == QStringLiteral("new"));
    CHECK(back.resolution.isEmpty());
    CHECK_FALSE(back.firstResponseAt.isValid()); // the rejection no longer counts as the team's answer
    CHECK_FALSE(back.closedAt.isValid());
    CHECK(actions(id).contains(QStringLiteral("undo")));
    CHECK(audited());
}

TEST_CASE_METHOD(TriageFixture, "A link and a new incident are undone - the mistaken incident is abandoned, not erased",
                 "[triage]")
{
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Phishing wave"));
    const qint64 a = f.make(TicketKind::Report, QStringLiteral("Phish 1"));
    const qint64 b = f.make(TicketKind::Report, QStringLiteral("Phish 2"));

    auto linked = triage.link(a, incident);
    REQUIRE(linked);
    CHECK(f.state(a) == QStringLiteral("open"));
    REQUIRE(triage.undo(*linked));
    CHECK(f.state(a) == QStringLiteral("new"));
    CHECK(f.workflow->incidentsOf(a).value().isEmpty());

    auto made = triage.newIncident(b, QStringLiteral("  Phishing against the bank  "), QStringLiteral("carol"));
    REQUIRE(made);
    const Ticket newIncident = f.get(made->incidentId);
    CHECK(newIncident.title == QStringLiteral("Phishing against the bank"));
    CHECK(newIncident.owner == QStringLiteral("carol"));
    CHECK(f.workflow->childrenOf(made->incidentId).value() == QList<qint64>{b});
    REQUIRE(triage.undo(*made));
    CHECK(f.state(b) == QStringLiteral("new"));
    CHECK(f.state(made->incidentId) == QStringLiteral("abandoned"));
    CHECK(f.get(made->incidentId).resolution.contains(QStringLiteral("undone")));
    CHECK(f.workflow->childrenOf(made->incidentId).value().isEmpty());
    CHECK(audited());
}

TEST_CASE_METHOD(TriageFixture, "An undo after a later change is refused and changes nothing", "[triage]")
{
    const qint64 incident = f.make(TicketKind::Incident);
    const qint64 id = f.make(TicketKind::Report);
    auto tlp = triage.setField(id, QStringLiteral("tlp"), QStringLiteral("green"));
    REQUIRE(tlp);
    REQUIRE(f.editor->setField(id, QStringLiteral("tlp"), QStringLiteral("clear")));
    const auto rows = actions(id).size();
    auto refused = triage.undo(*tlp);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(f.get(id).tlp == TlpLevel::Clear);
    CHECK(actions(id).size() == rows);

    auto rejected = triage.reject(id, QStringLiteral("Duplicate."));
    REQUIRE(rejected);
    REQUIRE(f.workflow->transition(id, QStringLiteral("open")));
    CHECK(triage.undo(*rejected).error().code == ErrorCode::Conflict);
    CHECK(f.state(id) == QStringLiteral("open"));

    // A new incident someone else already worked on stays; so does the link.
    const qint64 other = f.make(TicketKind::Report);
    auto made = triage.newIncident(other, QStringLiteral("Worked on"), QStringLiteral("carol"));
    REQUIRE(made);
    REQUIRE(f.workflow->link(f.make(TicketKind::Report), made->incidentId));
    CHECK(triage.undo(*made).error().code == ErrorCode::Conflict);
    CHECK(f.workflow->incidentsOf(other).value() == QList<qint64>{made->incidentId});
    CHECK(f.state(made->incidentId) == QStringLiteral("open"));
    CHECK(triage.undo(TriageUndo{}).error().code == ErrorCode::NotFound);
    CHECK(f.state(incident) == QStringLiteral("open"));
    CHECK(audited());
}

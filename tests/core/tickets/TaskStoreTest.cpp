// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/OwnTeam.h"
#include "core/directory/PersonStore.h"
#include "core/directory/TeamStore.h"
#include "core/history/HistoryPhrasing.h"
#include "core/history/TicketAudit.h"

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

namespace {

Playbook playbook(const QString& key, const QString& rsitClass, const QString& type, QList<PlaybookTask> tasks)
{
    return Playbook{key, key, {}, rsitClass, type, {}, std::move(tasks)};
}

// Phishing: two steps; fraud in general: one step shared by title with phishing, one of its own.
void addPlaybooks(TicketFixture& f)
{
    REQUIRE(f.playbooks->save(
        playbook(QStringLiteral("phishing"), QStringLiteral("fraud"), QStringLiteral("phishing"),
                 {PlaybookTask{QStringLiteral("Secure the evidence"), QStringLiteral("Keep the .eml."),
                               QStringLiteral("handler"), 2 * 60},
                  PlaybookTask{QStringLiteral("Request takedown"), {}, QStringLiteral("lead"), 3 * 24 * 60}})));
    REQUIRE(f.playbooks->save(playbook(
        QStringLiteral("fraud"), QStringLiteral("fraud"), {},
        {PlaybookTask{QStringLiteral("Secure the evidence"), {}, {}, 60},
         PlaybookTask{
             QStringLiteral("Inform the legal department"), {}, QStringLiteral("nobody-has-this"), std::nullopt}})));
}

qint64 incident(TicketFixture& f, const QString& rsit, int severity = 3)
{
    NewTicket t;
    t.kind = TicketKind::Incident;
    t.title = QStringLiteral("Incident");
    t.rsitClass = rsit.section(QLatin1Char('/'), 0, 0);
    t.rsitType = rsit.section(QLatin1Char('/'), 1);
    t.severity = severity;
    return f.workflow->create(t).value();
}

QStringList titles(const QList<TicketTask>& tasks)
{
    QStringList out;
    for (const TicketTask& task : tasks)
        out.append(task.title);
    return out;
}

QStringList sentences(TicketFixture& f, qint64 id)
{
    QStringList out;
    const QList<HistoryEntry> entries = f.tickets->history().forTicket(id).value();
    for (const HistoryEntry& entry : entries)
        out.append(HistoryPhrasing::sentence(entry));
    return out;
}

} // namespace

TEST_CASE("A new incident gets the tasks of the most specific playbook, due within its SLA, owned by role", "[tasks]")
{
    TicketFixture f;
    addPlaybooks(f);
    // Our team has a handler and a lead; another team has a handler too, who comes second.
    TeamStore teams(f.change());
    const qint64 ours = teams
                            .addTeam([] {
                                Team t;
                                t.shortName = QStringLiteral("CERT-XX");
                                t.officialName = QStringLiteral("CERT-XX");
                                return t;
                            }())
                            .value();
    const qint64 theirs = teams
                              .addTeam([] {
                                  Team t;
                                  t.shortName = QStringLiteral("Other");
                                  t.officialName = QStringLiteral("Other");
                                  return t;
                              }())
                              .value();
    REQUIRE(OwnTeam(*f.vault).setTeam(ours));
    PersonStore people(f.change());
    auto person = [&](const char* name, qint64 team, const char* role, QDate until = {}) {
        Person p;
        p.name = QString::fromLatin1(name);
        p.memberships = {TeamMembership{team, QString::fromLatin1(role), {}, until}};
        REQUIRE(people.addPerson(p));
    };
    person("Aaron Elsewhere", theirs, "handler");
    person("Former Lead", ours, "lead", QDate(2025, 1, 1)); // left before today
    person("Dana Handler", ours, "Handler");
    person("Lee Lead", ours, "lead");

    // Critical: resolved within a day, so the three-day takedown is due with the resolution.
    const qint64 id = incident(f, QStringLiteral("fraud/phishing"), 1);
    const Ticket ticket = f.get(id);
    const auto tasks = f.tasks->tasks(id).value();
    REQUIRE(titles(tasks) == QStringList{QStringLiteral("Secure the evidence"), QStringLiteral("Request takedown")});
    CHECK(tasks.at(0).playbook == QStringLiteral("phishing"));
    CHECK(tasks.at(0).description == QStringLiteral("Keep the .eml."));
    CHECK(tasks.at(0).due == ticket.createdAt.addSecs(2 * 3600));
    CHECK(tasks.at(1).due == ticket.resolveDue);
    CHECK(ticket.resolveDue == ticket.createdAt.addDays(1));
    CHECK(tasks.at(0).owner == QStringLiteral("Dana Handler"));
    CHECK(tasks.at(1).owner == QStringLiteral("Lee Lead"));
    CHECK(tasks.at(0).createdBy == QStringLiteral("alice"));
    CHECK(tasks.at(0).state == TaskState::Open);

    // The creation and each task are in the history, as sentences, in one change.
    const QStringList said = sentences(f, id);
    REQUIRE(said.size() == 3);
    CHECK(said.at(1) == QStringLiteral("Task added: Secure the evidence (playbook phishing)"));

    // Low severity: 30 days to resolve, so the offsets stand.
    const qint64 low = incident(f, QStringLiteral("fraud/phishing"), 4);
    CHECK(f.tasks->tasks(low).value().at(1).due == f.get(low).createdAt.addDays(3));

    // A role nobody holds leaves the task unowned; no offset: due with the resolution.
    const qint64 fraud = incident(f, QStringLiteral("fraud/masquerade"));
    const auto general = f.tasks->tasks(fraud).value();
    REQUIRE(titles(general) ==
            QStringList{QStringLiteral("Secure the evidence"), QStringLiteral("Inform the legal department")});
    CHECK(general.at(1).owner.isEmpty());
    CHECK(general.at(1).due == f.get(fraud).resolveDue);
    CHECK(general.at(0).owner.isEmpty()); // no role given
}

TEST_CASE("Only incidents get playbooks automatically, and only when a playbook matches", "[tasks]")
{
    TicketFixture f;
    addPlaybooks(f);
    NewTicket report;
    report.title = QStringLiteral("Phishing mail");
    report.rsitClass = QStringLiteral("fraud");
    report.rsitType = QStringLiteral("phishing");
    const qint64 r = f.workflow->create(report).value();
    CHECK(f.tasks->tasks(r).value().isEmpty());
    CHECK(f.tasks->tasks(incident(f, QStringLiteral("availability/ddos"))).value().isEmpty());
    CHECK(f.tasks->tasks(f.make(TicketKind::Incident)).value().isEmpty()); // unclassified
    // Reclassifying a report adds nothing either.
    REQUIRE(f.editor->setField(r, QStringLiteral("rsit"), QStringLiteral("fraud/masquerade")));
    CHECK(f.tasks->tasks(r).value().isEmpty());
}

TEST_CASE("Reclassifying adds the new playbook's missing tasks and never removes any", "[tasks]")
{
    TicketFixture f;
    addPlaybooks(f);
    const qint64 id = incident(f, QStringLiteral("fraud/masquerade")); // the general fraud playbook
    auto tasks = f.tasks->tasks(id).value();
    REQUIRE(tasks.size() == 2);
    REQUIRE(f.tasks->setState(tasks.at(0).id, TaskState::Done));

    f.clock.advanceSecs(3600);
    const QDateTime reclassified = f.clock.nowUtc();
    REQUIRE(f.editor->setField(id, QStringLiteral("rsit"), QStringLiteral("fraud/phishing")));
    tasks = f.tasks->tasks(id).value();
    // The phishing playbook's tasks come in (its "Secure the evidence" too: it is another playbook's), due from now;
    // the done task stays done.
    REQUIRE(titles(tasks) == QStringList{QStringLiteral("Secure the evidence"),
                                         QStringLiteral("Inform the legal department"),
                                         QStringLiteral("Secure the evidence"), QStringLiteral("Request takedown")});
    CHECK(tasks.at(0).state == TaskState::Done);
    CHECK(tasks.at(2).playbook == QStringLiteral("phishing"));
    CHECK(tasks.at(2).due == reclassified.addSecs(2 * 3600));

    // Back and forth: nothing is added twice, nothing removed.
    REQUIRE(f.editor->setField(id, QStringLiteral("rsit"), QStringLiteral("fraud/masquerade")));
    REQUIRE(f.editor->setField(id, QStringLiteral("rsit"), QStringLiteral("fraud/phishing")));
    CHECK(f.tasks->tasks(id).value().size() == 4);
    // Applied by hand, the same: only missing ones.
    CHECK(f.tasks->applyPlaybook(id, QStringLiteral("phishing")).value().isEmpty());
    CHECK(f.tasks->applyPlaybook(id, QStringLiteral("nope")).error().code == ErrorCode::NotFound);
    // A playbook that grew gives the new step only.
    Playbook grown = f.playbooks->playbook(QStringLiteral("phishing")).value();
    grown.tasks.append(PlaybookTask{QStringLiteral("Warn the constituency"), {}, {}, 60});
    REQUIRE(f.playbooks->save(grown));
    CHECK(f.tasks->applyPlaybook(id, QStringLiteral("phishing")).value().size() == 1);
    CHECK(f.tasks->tasks(id).value().size() == 5);
    CHECK(TicketAudit(*f.vault).run().value().intact());
}

TEST_CASE("A task is done, not applicable, reopened, assigned, given a due date and notes, each in the history",
          "[tasks]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Botnet C2"));
    const QDateTime due(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC);
    const qint64 task = f.tasks
                            ->addTask(id, NewTask{QStringLiteral("  Block the   C2 domain "),
                                                  QStringLiteral("At the resolvers."),
                                                  QStringLiteral("bob"),
                                                  due,
                                                  {}})
                            .value();
    const qint64 other = f.tasks->addTask(id, NewTask{QStringLiteral("Notify the hoster"), {}, {}, {}, {}}).value();

    REQUIRE(f.tasks->setState(task, TaskState::Done));
    CHECK(f.tasks->setState(task, TaskState::Done).error().code == ErrorCode::Conflict);
    f.clock.advanceSecs(60);
    REQUIRE(f.tasks->setState(task, TaskState::Open));
    REQUIRE(f.tasks->setState(other, TaskState::NotApplicable));
    REQUIRE(f.tasks->assign(task, QStringLiteral("carol")));
    REQUIRE(f.tasks->assign(task, QStringLiteral("carol"))); // no change, no row
    REQUIRE(f.tasks->setDue(task, due.addDays(1)));
    REQUIRE(f.tasks->addNote(task, QStringLiteral("\nResolver team asked.  \n")));
    REQUIRE(f.tasks->assign(task, QString()));
    REQUIRE(f.tasks->setDue(task, QDateTime()));

    const TicketTask stored = f.tasks->task(task).value();
    CHECK(stored.title == QStringLiteral("Block the C2 domain"));
    CHECK(stored.state == TaskState::Open);
    CHECK_FALSE(stored.closedAt.isValid());
    CHECK(stored.owner.isEmpty());
    CHECK_FALSE(stored.due.isValid());
    REQUIRE(stored.notes.size() == 1);
    CHECK(stored.notes.at(0).body == QStringLiteral("Resolver team asked."));
    CHECK(stored.notes.at(0).author == QStringLiteral("alice"));
    const TicketTask closed = f.tasks->task(other).value();
    CHECK(closed.state == TaskState::NotApplicable);
    CHECK(closed.closedAt == f.clock.nowUtc());

    const QStringList said = sentences(f, id);
    const QStringList expected{
        QStringLiteral("Task added: Block the C2 domain"),
        QStringLiteral("Task added: Notify the hoster"),
        QStringLiteral("Task done: Block the C2 domain"),
        QStringLiteral("Task reopened: Block the C2 domain"),
        QStringLiteral("Task not applicable: Notify the hoster"),
        QStringLiteral("Task Block the C2 domain assigned to carol"),
        QStringLiteral("Task Block the C2 domain due ") +
            QLocale().toString(due.addDays(1).toLocalTime(), QLocale::ShortFormat),
        QStringLiteral("Note on task Block the C2 domain: Resolver team asked."),
        QStringLiteral("Task unassigned: Block the C2 domain"),
        QStringLiteral("Task Block the C2 domain: due date removed"),
    };
    CHECK(said.mid(1) == expected);
    CHECK(f.tickets->history().verify().value().intact);
    CHECK(TicketAudit(*f.vault).run().value().intact());

    const TaskProgress progress = TaskStore::progress(f.tasks->tasks(id).value());
    CHECK(progress.total == 2);
    CHECK(progress.done == 0);
    CHECK(progress.notApplicable == 1);
    CHECK(progress.open() == 1);

    // Search finds the ticket by a task's title, description and notes.
    CHECK(f.search->fullText(QStringLiteral("hoster")).value() == QList<qint64>{id});
    CHECK(f.search->fullText(QStringLiteral("resolvers")).value() == QList<qint64>{id});
    CHECK(f.search->fullText(QStringLiteral("asked")).value() == QList<qint64>{id});
}

TEST_CASE("A bad or misplaced task change is refused and changes nothing", "[tasks]")
{
    TicketFixture f;
    const qint64 a = f.make(TicketKind::Report, QStringLiteral("Scan"));
    const qint64 b = f.make(TicketKind::Report, QStringLiteral("Same scan"));
    const qint64 task = f.tasks->addTask(b, NewTask{QStringLiteral("Ask the ISP"), {}, {}, {}, {}}).value();
    const qint64 rows = f.tickets->history().verify().value().rowsChecked;

    CHECK(f.tasks->addTask(a, NewTask{QStringLiteral("   "), {}, {}, {}, {}}).error().code == ErrorCode::BadInput);
    CHECK(f.tasks->addTask(a, NewTask{QString(201, QLatin1Char('x')), {}, {}, {}, {}}).error().code ==
          ErrorCode::BadInput);
    CHECK(f.tasks->addTask(999, NewTask{QStringLiteral("x"), {}, {}, {}, {}}).error().code == ErrorCode::NotFound);
    CHECK(f.tasks->addNote(task, QStringLiteral(" \n ")).error().code == ErrorCode::BadInput);
    CHECK(f.tasks->setState(999, TaskState::Done).error().code == ErrorCode::NotFound);
    CHECK(f.tasks->setState(task, TaskState::Open).error().code == ErrorCode::Conflict);
    CHECK(f.tickets->history().verify().value().rowsChecked == rows);

    // A merged report's tasks stay with it, read-only.
    REQUIRE(f.workflow->merge(a, b));
    CHECK(f.tasks->setState(task, TaskState::Done).error().code == ErrorCode::Conflict);
    CHECK(f.tasks->addNote(task, QStringLiteral("late")).error().code == ErrorCode::Conflict);
    CHECK(f.tasks->addTask(b, NewTask{QStringLiteral("x"), {}, {}, {}, {}}).error().code == ErrorCode::Conflict);
    CHECK(f.tasks->tasks(b).value().size() == 1);
}

TEST_CASE("Open tasks are found by owner and by due date across tickets, merged tickets left out", "[tasks]")
{
    TicketFixture f;
    const QDateTime now = f.clock.nowUtc();
    const qint64 one = f.make(TicketKind::Incident, QStringLiteral("One"));
    const qint64 two = f.make(TicketKind::Incident, QStringLiteral("Two"));
    const qint64 late =
        f.tasks->addTask(one, NewTask{QStringLiteral("Late"), {}, QStringLiteral("alice"), now.addSecs(-60), {}})
            .value();
    const qint64 soon =
        f.tasks->addTask(two, NewTask{QStringLiteral("Soon"), {}, QStringLiteral("alice"), now.addSecs(3600), {}})
            .value();
    const qint64 bobs =
        f.tasks->addTask(two, NewTask{QStringLiteral("Bob's"), {}, QStringLiteral("bob"), now.addSecs(-60), {}})
            .value();
    const qint64 done =
        f.tasks->addTask(one, NewTask{QStringLiteral("Done late"), {}, QStringLiteral("alice"), now.addSecs(-60), {}})
            .value();
    REQUIRE(f.tasks->setState(done, TaskState::Done));

    auto ids = [&](const TaskFilter& filter) {
        QList<qint64> out;
        const QList<TicketTask> found = f.tasks->find(filter).value();
        for (const TicketTask& task : found)
            out.append(task.id);
        return out;
    };
    CHECK(ids(TaskFilter{.owner = QStringLiteral("alice"), .openOnly = true}) == QList<qint64>{late, soon});
    CHECK(ids(TaskFilter{.owner = QStringLiteral("alice")}) == QList<qint64>{late, done, soon});
    CHECK(ids(TaskFilter{.dueBefore = now}) == QList<qint64>{late, bobs});
    CHECK(ids(TaskFilter{.ticketId = two}) == QList<qint64>{soon, bobs});
    CHECK(f.tasks->task(late).value().isOverdue(now));
    CHECK_FALSE(f.tasks->task(done).value().isOverdue(now));
    CHECK_FALSE(f.tasks->task(soon).value().isOverdue(now));
}

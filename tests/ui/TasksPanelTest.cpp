// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TasksPanel.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/ticket/TicketRelationsPanel.h"
#include "ui/ticket/TicketView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

namespace {

struct Tasks
{
    Tasks()
    {
        REQUIRE(f.session->stores().playbooks.installShipped());
        view.setSession(f.session.get());
        view.resize(1200, 800);
        view.show();
        relations = view.findChild<TicketRelationsPanel*>();
        panel = view.findChild<TasksPanel*>();
        REQUIRE((relations && panel));
        relations->setCurrentWidget(panel);
        list = panel->findChild<QTreeWidget*>(QStringLiteral("tasksTreeWidget"));
        progress = panel->findChild<QLabel*>(QStringLiteral("tasksProgressLabel"));
        bar = panel->findChild<QProgressBar*>(QStringLiteral("tasksProgressBar"));
        detail = panel->findChild<QPlainTextEdit*>(QStringLiteral("taskDetailTextEdit"));
        done = panel->findChild<QPushButton*>(QStringLiteral("taskDoneButton"));
        notApplicable = panel->findChild<QPushButton*>(QStringLiteral("taskNotApplicableButton"));
        reopen = panel->findChild<QPushButton*>(QStringLiteral("taskReopenButton"));
        owner = panel->findChild<QLineEdit*>(QStringLiteral("taskOwnerLineEdit"));
        assign = panel->findChild<QPushButton*>(QStringLiteral("taskAssignButton"));
        note = panel->findChild<QLineEdit*>(QStringLiteral("taskNoteLineEdit"));
        addNote = panel->findChild<QPushButton*>(QStringLiteral("taskNoteButton"));
        newTitle = panel->findChild<QLineEdit*>(QStringLiteral("newTaskLineEdit"));
        add = panel->findChild<QPushButton*>(QStringLiteral("addTaskButton"));
        playbooks = panel->findChild<QComboBox*>(QStringLiteral("playbookComboBox"));
        apply = panel->findChild<QPushButton*>(QStringLiteral("applyPlaybookButton"));
        error = panel->findChild<QLabel*>(QStringLiteral("taskErrorLabel"));
        REQUIRE((list && progress && bar && detail && done && notApplicable && reopen && owner && assign && note &&
                 addNote && newTitle && add && playbooks && apply && error));
    }

    qint64 phishingIncident()
    {
        NewTicket t;
        t.kind = TicketKind::Incident;
        t.title = QStringLiteral("Phishing wave");
        t.rsitClass = QStringLiteral("fraud");
        t.rsitType = QStringLiteral("phishing");
        return f.session->workflow().create(t).value();
    }

    QString tabText() const { return relations->tabText(relations->indexOf(panel)); }
    QTreeWidgetItem* row(int i) const { return list->topLevelItem(i); }
    void select(int i) const { list->setCurrentItem(list->topLevelItem(i)); }

    SessionFixture f;
    TicketView view;
    TicketRelationsPanel* relations = nullptr;
    TasksPanel* panel = nullptr;
    QTreeWidget* list = nullptr;
    QLabel* progress = nullptr;
    QProgressBar* bar = nullptr;
    QPlainTextEdit* detail = nullptr;
    QPushButton* done = nullptr;
    QPushButton* notApplicable = nullptr;
    QPushButton* reopen = nullptr;
    QLineEdit* owner = nullptr;
    QPushButton* assign = nullptr;
    QLineEdit* note = nullptr;
    QPushButton* addNote = nullptr;
    QLineEdit* newTitle = nullptr;
    QPushButton* add = nullptr;
    QComboBox* playbooks = nullptr;
    QPushButton* apply = nullptr;
    QLabel* error = nullptr;
};

} // namespace

TEST_CASE_METHOD(Tasks, "An incident's playbook tasks show with their progress - done, n.a. and reopen move it",
                 "[ui][ticket][tasks]")
{
    const qint64 id = phishingIncident();
    view.showTicket(id);
    const int total = list->topLevelItemCount();
    REQUIRE(total == 7);
    CHECK(row(0)->text(0) == QStringLiteral("Secure the evidence"));
    CHECK(row(0)->text(1) == QStringLiteral("open"));
    CHECK(progress->text() == QStringLiteral("0 of 7 done"));
    CHECK(tabText() == QStringLiteral("Tasks (0/7)"));
    CHECK(bar->maximum() == 7);
    CHECK(bar->value() == 0);
    // The first open task is selected, its description shown; nothing to reopen.
    CHECK(list->currentItem() == row(0));
    CHECK(detail->toPlainText().contains(QStringLiteral("full headers")));
    CHECK(detail->toPlainText().contains(QStringLiteral("From playbook phishing.")));
    CHECK_FALSE(reopen->isEnabled());

    QTest::mouseClick(done, Qt::LeftButton);
    CHECK(row(0)->text(1) == QStringLiteral("done"));
    CHECK(progress->text() == QStringLiteral("1 of 7 done"));
    CHECK(bar->value() == 1);
    CHECK(tabText() == QStringLiteral("Tasks (1/7)"));
    CHECK(reopen->isEnabled());
    CHECK_FALSE(done->isEnabled());

    select(1);
    QTest::mouseClick(notApplicable, Qt::LeftButton);
    CHECK(row(1)->text(1) == QStringLiteral("not applicable"));
    CHECK(progress->text() == QStringLiteral("1 of 7 done, 1 not applicable"));
    CHECK(bar->value() == 2);
    QTest::mouseClick(reopen, Qt::LeftButton);
    CHECK(row(1)->text(1) == QStringLiteral("open"));
    CHECK(bar->value() == 1);

    // Every change is in the ticket's history, as the store writes it.
    const auto history = f.session->tickets().history().forTicket(id).value();
    CHECK(history.last().action == QStringLiteral("task"));
    CHECK(history.last().field == QStringLiteral("state"));
    CHECK(f.session->stores().tasks.task(row(0)->data(0, Qt::UserRole + 1).toLongLong()).value().state ==
          TaskState::Done);
}

TEST_CASE_METHOD(Tasks, "A task is assigned, gets notes, is added by hand, and a playbook is applied",
                 "[ui][ticket][tasks]")
{
    const qint64 id = phishingIncident();
    view.showTicket(id);
    select(2);
    owner->setText(QStringLiteral("bob"));
    QTest::mouseClick(assign, Qt::LeftButton);
    CHECK(row(2)->text(2) == QStringLiteral("bob"));
    CHECK(list->currentItem() == row(2));

    CHECK_FALSE(addNote->isEnabled());
    QTest::keyClicks(note, QStringLiteral("Proxy blocks in place."));
    CHECK(addNote->isEnabled());
    QTest::keyClick(note, Qt::Key_Return);
    CHECK(note->text().isEmpty());
    CHECK(detail->toPlainText().contains(QStringLiteral("alice: Proxy blocks in place.")));

    QTest::keyClicks(newTitle, QStringLiteral("Call the bank's CISO"));
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(list->topLevelItemCount() == 8);
    CHECK(row(7)->text(0) == QStringLiteral("Call the bank's CISO"));
    CHECK(list->currentItem() == row(7));
    CHECK(newTitle->text().isEmpty());

    playbooks->setCurrentIndex(playbooks->findData(QStringLiteral("incident-closure")));
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(list->topLevelItemCount() == 11);
    CHECK(tabText() == QStringLiteral("Tasks (0/11)"));
    // Again: nothing to add, said so.
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(list->topLevelItemCount() == 11);
    CHECK(error->isVisibleTo(panel));
    CHECK(error->text().contains(QStringLiteral("already")));
}

TEST_CASE_METHOD(Tasks, "Overdue tasks say so in words - a merged ticket's tasks cannot be changed",
                 "[ui][ticket][tasks]")
{
    const qint64 id = phishingIncident();
    f.clock.advanceSecs(3 * 3600); // the two-hour tasks are late
    view.showTicket(id);
    CHECK(row(0)->text(3).contains(QStringLiteral("overdue")));
    CHECK_FALSE(row(3)->text(3).contains(QStringLiteral("overdue"))); // due in eight hours

    const qint64 report = f.make(TicketKind::Report, QStringLiteral("Scan"));
    const qint64 same = f.make(TicketKind::Report, QStringLiteral("Same scan"));
    REQUIRE(f.session->stores().tasks.addTask(same, NewTask{QStringLiteral("Ask the ISP"), {}, {}, {}, {}}));
    REQUIRE(f.session->workflow().merge(report, same));
    view.showTicket(same);
    REQUIRE(list->topLevelItemCount() == 1);
    select(0);
    for (QWidget* w : std::initializer_list<QWidget*>{done, notApplicable, assign, owner, note, newTitle, add, apply})
        CHECK_FALSE(w->isEnabled());
    CHECK_FALSE(panel->setSelectedState(TaskState::Done));

    // No ticket: nothing shown, nothing enabled.
    view.showTicket(0);
    CHECK(list->topLevelItemCount() == 0);
    CHECK(tabText() == QStringLiteral("Tasks"));
    CHECK_FALSE(add->isEnabled());
}

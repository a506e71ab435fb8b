// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/WorklogPanel.h"

#include "core/mail/MailImporter.h"
#include "tests/core/mail/MailTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ticket/TicketRelationsPanel.h"
#include "ui/ticket/TicketView.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

namespace {

struct Worklog
{
    Worklog()
    {
        view.setSession(f.session.get());
        view.resize(1200, 800);
        view.show();
        // Keys reach a widget's shortcuts only in the active window, as on a desktop.
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        panel = view.findChild<WorklogPanel*>();
        REQUIRE(panel);
        tree = panel->findChild<QTreeWidget*>(QStringLiteral("worklogTreeWidget"));
        edit = panel->findChild<QPlainTextEdit*>(QStringLiteral("worklogCommentEdit"));
        add = panel->findChild<QPushButton*>(QStringLiteral("addCommentButton"));
        error = panel->findChild<QLabel*>(QStringLiteral("worklogErrorLabel"));
        detail = panel->findChild<QPlainTextEdit*>(QStringLiteral("worklogDetailText"));
        REQUIRE((tree && edit && add && error && detail));
    }

    QStringList rows() const
    {
        QStringList texts;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (!tree->topLevelItem(i)->isHidden())
                texts.append(tree->topLevelItem(i)->text(2));
        }
        return texts;
    }

    SessionFixture f;
    TicketView view;
    WorklogPanel* panel = nullptr;
    QTreeWidget* tree = nullptr;
    QPlainTextEdit* edit = nullptr;
    QPushButton* add = nullptr;
    QLabel* error = nullptr;
    QPlainTextEdit* detail = nullptr;
};

} // namespace

TEST_CASE_METHOD(Worklog, "The worklog shows mail, changes and comments in time order - Ctrl+Return adds a comment",
                 "[ui][ticket][worklog]")
{
    MailImporter importer(ChangeContext{f.session->vault(), f.clock, QStringLiteral("alice")});
    auto imported = importer.importBytes(plainMessage("scan-1@isp.example.net", "Scanning from our customer",
                                                      "Port scans from 192.0.2.7 since 08:00.\n"),
                                         QStringLiteral("test"));
    REQUIRE(imported);
    const qint64 id = imported->ticketId;
    f.clock.advanceSecs(60);
    REQUIRE(f.session->editor().setField(id, QStringLiteral("severity"), QStringLiteral("high")));
    f.clock.advanceSecs(60);
    view.showTicket(id);

    CHECK(rows().size() >= 3);
    CHECK(rows().first().startsWith(QStringLiteral("Created as Incident Report")));
    // The report is worked on its mail: the message it came with is shown under the description.
    auto* description = view.findChild<QTextBrowser*>(QStringLiteral("descriptionTextBrowser"));
    REQUIRE(description);
    CHECK(description->toPlainText().contains(QStringLiteral("Reported message")));
    CHECK(description->toPlainText().contains(QStringLiteral("Port scans from 192.0.2.7 since 08:00.")));
    CHECK(rows().filter(QStringLiteral("Mail from Reporter")).size() == 1);
    CHECK(rows().contains(QStringLiteral("Severity: Medium → High")));
    CHECK_FALSE(add->isEnabled());
    // A change reads as its sentence first, then as the history chain holds it.
    tree->setCurrentItem(tree->topLevelItem(rows().indexOf(QStringLiteral("Severity: Medium → High"))));
    CHECK(detail->toPlainText().startsWith(QStringLiteral("Severity: Medium → High\n\nAs recorded: ")));

    // Typed and added with the keyboard; the box empties and the comment is the newest row, its text below.
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Called the ISP."));
    CHECK(add->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    INFO(error->text().toStdString());
    CHECK(edit->toPlainText().isEmpty());
    CHECK(rows().last() == QStringLiteral("Comment: Called the ISP."));
    CHECK(tree->currentItem()->text(1) == QStringLiteral("alice"));
    CHECK(detail->toPlainText() == QStringLiteral("Called the ISP."));
    CHECK(f.session->comments().comments(id).value().size() == 1);
    CHECK(f.session->tickets().history().forTicket(id).value().last().action == QStringLiteral("comment"));
    auto* tabs = view.findChild<TicketRelationsPanel*>();
    REQUIRE(tabs);
    CHECK(tabs->tabText(tabs->indexOf(panel)) == QStringLiteral("Worklog (1)"));
    CHECK(tabs->tabToolTip(tabs->indexOf(panel)).contains(QStringLiteral("1 comment(s)")));

    // Filters: only comments, only mail.
    panel->findChild<QCheckBox*>(QStringLiteral("worklogChangesCheckBox"))->setChecked(false);
    panel->findChild<QCheckBox*>(QStringLiteral("worklogMailCheckBox"))->setChecked(false);
    CHECK(rows() == QStringList{QStringLiteral("Comment: Called the ISP.")});
    panel->findChild<QCheckBox*>(QStringLiteral("worklogCommentsCheckBox"))->setChecked(false);
    panel->findChild<QCheckBox*>(QStringLiteral("worklogMailCheckBox"))->setChecked(true);
    REQUIRE(rows().size() == 1);
    CHECK(rows().first().startsWith(QStringLiteral("Mail from Reporter")));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden())
            tree->setCurrentItem(tree->topLevelItem(i));
    }
    CHECK(detail->toPlainText().contains(QStringLiteral("Port scans from 192.0.2.7")));

    // A comment found by search.
    CHECK(f.session->search().fullText(QStringLiteral("ISP")).value().contains(id));
}

TEST_CASE_METHOD(Worklog, "A refused comment says why until it is fixed - a draft stays with its ticket",
                 "[ui][ticket][worklog]")
{
    const qint64 a = f.make(TicketKind::Incident, QStringLiteral("First"));
    const qint64 b = f.make(TicketKind::Incident, QStringLiteral("Second"));
    view.showTicket(a);

    edit->setPlainText(QString(CommentStore::kMaxLength + 1, QLatin1Char('x')));
    CHECK_FALSE(panel->addComment());
    CHECK(error->isVisibleTo(panel));
    CHECK(error->text().contains(QStringLiteral("at most")));
    CHECK(f.session->comments().comments(a).value().isEmpty());
    CHECK(edit->toPlainText().size() == CommentStore::kMaxLength + 1); // nothing the user wrote is lost
    edit->setPlainText(QStringLiteral("Shorter."));
    CHECK_FALSE(error->isVisibleTo(panel));

    // Going to another ticket keeps the draft for this one and never posts it there.
    view.showTicket(b);
    CHECK(edit->toPlainText().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("For the second."));
    view.showTicket(a);
    CHECK(edit->toPlainText() == QStringLiteral("Shorter."));
    view.showTicket(b);
    CHECK(edit->toPlainText() == QStringLiteral("For the second."));
    REQUIRE(panel->addComment());
    CHECK(f.session->comments().comments(b).value().first().body == QStringLiteral("For the second."));
    CHECK(f.session->comments().comments(a).value().isEmpty());
}

TEST_CASE_METHOD(Worklog, "A merged report's worklog is read-only", "[ui][ticket][worklog]")
{
    const qint64 into = f.make(TicketKind::Report, QStringLiteral("Kept"));
    const qint64 from = f.make(TicketKind::Report, QStringLiteral("Duplicate"));
    REQUIRE(f.session->comments().addComment(from, QStringLiteral("Same as the other one.")));
    REQUIRE(f.session->workflow().merge(into, from));
    view.showTicket(from);
    CHECK_FALSE(edit->isEnabled());
    CHECK(edit->placeholderText().contains(QStringLiteral("merged")));
    CHECK(rows().contains(QStringLiteral("Comment: Same as the other one.")));
    CHECK_FALSE(panel->addComment());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/IncidentReportDialog.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace fb;
using namespace fb::test;

TEST_CASE("The report dialog previews the chosen sections, escapes ticket text and saves as a job")
{
    SessionFixture f;
    NewTicket t;
    t.kind = TicketKind::Incident;
    t.title = QStringLiteral("<b>Botnet</b> C2");
    t.description = QStringLiteral("<script>alert(1)</script>");
    const qint64 id = f.session->workflow().create(t).value();
    REQUIRE(f.session->stores().tasks.addTask(id, NewTask{QStringLiteral("Block the C2"), {}, {}, {}, {}}));
    NewTimelineEvent event;
    event.occurredAt = QDateTime(QDate(2026, 3, 1), QTime(14, 5), Qt::UTC);
    event.title = QStringLiteral("First beacon to <the> C2");
    event.source = QStringLiteral("proxy log");
    REQUIRE(f.session->stores().timeline.add(id, event));

    IncidentReportDialog dialog(*f.session, id, false);
    dialog.show();
    auto* preview = dialog.findChild<QTextBrowser*>(QStringLiteral("reportPreviewTextBrowser"));
    auto* tasks = dialog.findChild<QCheckBox*>(QStringLiteral("tasksSectionCheckBox"));
    auto* history = dialog.findChild<QCheckBox*>(QStringLiteral("historySectionCheckBox"));
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("reportFormatComboBox"));
    REQUIRE((preview && tasks && history && format));
    CHECK(dialog.findChild<QCheckBox*>(QStringLiteral("timelineSectionCheckBox")));
    CHECK(tasks->isChecked());
    CHECK_FALSE(history->isChecked());
    const QString text = preview->toPlainText();
    CHECK(text.contains(QStringLiteral("<b>Botnet</b> C2"))); // shown as text, not markup
    CHECK(text.contains(QStringLiteral("<script>alert(1)</script>")));
    CHECK(text.contains(QStringLiteral("Block the C2")));
    CHECK(text.contains(QStringLiteral("First beacon to <the> C2")));
    CHECK(text.contains(QStringLiteral("2026-03-01 14:05 UTC")));
    CHECK(text.count(QStringLiteral("TLP:AMBER")) >= 2);

    tasks->setChecked(false);
    CHECK_FALSE(preview->toPlainText().contains(QStringLiteral("Block the C2")));
    history->setChecked(true); // the digest names the task's addition
    CHECK(preview->toPlainText().contains(QStringLiteral("Task added: Block the C2")));

    format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
    const QString path = f.dir.file(QStringLiteral("report.pdf"));
    REQUIRE(dialog.saveTo(path));
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.busy(); }, 120000));
    INFO(dialog.message().toStdString());
    CHECK(readAll(path).startsWith("%PDF-"));
    CHECK(dialog.message().contains(QStringLiteral("Report written")));
}

TEST_CASE("A TLP:RED report opens only after the user confirms it")
{
    SessionFixture f;
    ScriptedPrompts prompts;
    TicketView view;
    view.setSession(f.session.get());
    view.actions()->setPrompts(prompts.prompts());
    NewTicket t;
    t.kind = TicketKind::Incident;
    t.title = QStringLiteral("Ministry breach");
    t.tlp = TlpLevel::Red;
    const qint64 id = f.session->workflow().create(t).value();
    view.showTicket(id);

    prompts.confirmAnswer = false;
    CHECK(view.exportReport() == nullptr);
    REQUIRE(prompts.asked.size() == 1);
    CHECK(prompts.asked.first().contains(QStringLiteral("TLP:RED")));
    prompts.confirmAnswer = true;
    IncidentReportDialog* dialog = view.exportReport();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QTextBrowser*>(QStringLiteral("reportPreviewTextBrowser"))
              ->toPlainText()
              .contains(QStringLiteral("TLP:RED")));
    dialog->close();

    // Without the confirmation core refuses: nothing is shown or saved.
    IncidentReportDialog unconfirmed(*f.session, id, false);
    CHECK(unconfirmed.message().contains(QStringLiteral("TLP:RED")));
    CHECK_FALSE(unconfirmed.findChild<QPushButton*>(QStringLiteral("saveReportButton"))->isEnabled());
    CHECK(unconfirmed.findChild<QTextBrowser*>(QStringLiteral("reportPreviewTextBrowser"))->toPlainText().isEmpty());
    REQUIRE(unconfirmed.saveTo(f.dir.file(QStringLiteral("red.html"))));
    REQUIRE(QTest::qWaitFor([&]() { return !unconfirmed.busy(); }, 120000));
    CHECK(unconfirmed.message().contains(QStringLiteral("TLP:RED")));
    CHECK_FALSE(QFile::exists(f.dir.file(QStringLiteral("red.html"))));

    // Not for other kinds of ticket.
    const qint64 report = f.make(TicketKind::Report, QStringLiteral("Scan"));
    view.showTicket(report);
    CHECK(view.exportReport() == nullptr);
}

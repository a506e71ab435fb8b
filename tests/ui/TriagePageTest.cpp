// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/triage/TriagePage.h"

#include "core/mail/MailImporter.h"
#include "tests/core/mail/MailTestSupport.h"
#include "tests/ui/UiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace fb;
using namespace fb::test;

namespace {

// The page shown, active and focused, as a handler at work has it.
void showActive(TriagePage& page)
{
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.setFocus();
}

} // namespace

TEST_CASE("A report is triaged into a new incident with the keyboard only", "[ui][triage]")
{
    SessionFixture f;
    NewTicket report;
    report.kind = TicketKind::Report;
    report.title = QStringLiteral("SSH brute force from 192.0.2.7");
    report.observables = {Observable{ObservableType::Ipv4, QStringLiteral("192.0.2.7")}};
    const qint64 first = f.session->workflow().create(report).value();
    report.title = QStringLiteral("Spam run");
    const qint64 second = f.session->workflow().create(report).value();
    const qint64 third = f.make(TicketKind::Report, QStringLiteral("Port scan"));

    TriagePage page;
    ScriptedPrompts script;
    script.texts = {QStringLiteral("SSH brute force against the campus"), QStringLiteral("Spam, not an incident.")};
    page.setPrompts(script.prompts());
    page.setSession(f.session.get());
    showActive(page);
    REQUIRE(page.reportCount() == 3);
    CHECK(page.currentReport() == first);

    // Class intrusion attempts (T), TLP:RED (R, confirmed), severity high (2), then a new incident (N) with the
    // report's title offered and changed.
    QTest::keyClick(&page, Qt::Key_T);
    QTest::keyClick(&page, Qt::Key_R);
    QTest::keyClick(&page, Qt::Key_2);
    QTest::keyClick(&page, Qt::Key_N);
    const Ticket triaged = f.get(first);
    CHECK(triaged.state == QStringLiteral("open"));
    CHECK(triaged.tlp == TlpLevel::Red);
    CHECK(triaged.severity == 2);
    CHECK(triaged.rsitClass == QStringLiteral("intrusion-attempts"));
    auto incidents = f.session->workflow().incidentsOf(first);
    REQUIRE(incidents);
    REQUIRE(incidents->size() == 1);
    const Ticket incident = f.get(incidents->first());
    CHECK(incident.kind == TicketKind::Incident);
    CHECK(script.initials.first() == triaged.title);
    CHECK(incident.title == QStringLiteral("SSH brute force against the campus"));
    CHECK(script.asked.filter(QStringLiteral("TLP:RED")).size() == 1);
    CHECK(incident.tlp == TlpLevel::Red);
    CHECK(incident.observables.size() == 1);
    CHECK(page.currentReport() == second);

    // L, type the incident's number, Enter: the second report joins it.
    QTest::keyClick(&page, Qt::Key_L);
    auto* incidentEdit = child<QLineEdit>(&page, "incidentLineEdit");
    CHECK(incidentEdit->hasFocus());
    QTest::keyClicks(incidentEdit, QStringLiteral("#") + QString::number(incident.id));
    QTest::keyClick(incidentEdit, Qt::Key_Return);
    CHECK(f.get(second).state == QStringLiteral("open"));
    CHECK(f.session->workflow().childrenOf(incident.id).value().contains(second));

    // X asks why and rejects the third; the end of the queue says so; K goes back.
    CHECK(page.currentReport() == third);
    CHECK(child<QLabel>(&page, "triagePositionLabel")->text() == QStringLiteral("Report 3 of 3 (1 still new)"));
    QTest::keyClick(&page, Qt::Key_X);
    CHECK(f.get(third).state == QStringLiteral("rejected"));
    CHECK(f.get(third).resolution == QStringLiteral("Spam, not an incident."));
    CHECK(child<QLabel>(&page, "triagePositionLabel")->text().startsWith(QStringLiteral("All new reports triaged")));
    QTest::keyClick(&page, Qt::Key_K);
    CHECK(page.currentReport() == second);
}

TEST_CASE("Each triage decision can be undone, by the bar or Ctrl+Z, and cancelled questions change nothing",
          "[ui][triage]")
{
    SessionFixture f;
    const qint64 first = f.make(TicketKind::Report, QStringLiteral("Phish 1"));
    const qint64 second = f.make(TicketKind::Report, QStringLiteral("Phish 2"));
    TriagePage page;
    ScriptedPrompts script;
    page.setPrompts(script.prompts());
    page.setSession(f.session.get());
    showActive(page);
    const auto historyOf = [&f](qint64 id) { return f.session->tickets().history().forTicket(id).value().size(); };

    // Cancelled: the reason, the title, TLP:RED. An empty title or reason is refused. Nothing changes.
    script.texts = {ScriptedPrompts::kCancel, ScriptedPrompts::kCancel, QStringLiteral("  "), QStringLiteral("")};
    script.confirmAnswer = false;
    QTest::keyClick(&page, Qt::Key_X);
    QTest::keyClick(&page, Qt::Key_N);
    QTest::keyClick(&page, Qt::Key_N);
    CHECK(child<QLabel>(&page, "triageStatusLabel")->text().contains(QStringLiteral("needs a title")));
    QTest::keyClick(&page, Qt::Key_X);
    CHECK(child<QLabel>(&page, "triageStatusLabel")->text().contains(QStringLiteral("Say why")));
    QTest::keyClick(&page, Qt::Key_R);
    CHECK(f.get(first).tlp == TlpLevel::Amber);
    CHECK(f.get(first).state == QStringLiteral("new"));
    CHECK(historyOf(first) == 1);
    CHECK_FALSE(page.canUndo());
    CHECK(page.currentReport() == first);

    // Reject, then the Undo bar's button: back to new, back on this report.
    script.texts = {QStringLiteral("Duplicate of #2.")};
    QTest::keyClick(&page, Qt::Key_X);
    CHECK(f.get(first).state == QStringLiteral("rejected"));
    CHECK(page.currentReport() == second);
    auto* bar = child<QWidget>(&page, "triageUndoBar");
    CHECK(bar->isVisible());
    CHECK(child<QLabel>(&page, "triageUndoLabel")->text() == QStringLiteral("Report #%1 rejected.").arg(first));
    QTest::mouseClick(child<QPushButton>(&page, "triageUndoButton"), Qt::LeftButton);
    CHECK(f.get(first).state == QStringLiteral("new"));
    CHECK(f.get(first).resolution.isEmpty());
    CHECK_FALSE(bar->isVisible());
    CHECK(page.currentReport() == first);

    // A TLP, then Ctrl+Z.
    QTest::keyClick(&page, Qt::Key_G);
    CHECK(f.get(first).tlp == TlpLevel::Green);
    QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.get(first).tlp == TlpLevel::Amber);
    CHECK_FALSE(page.canUndo());
    CHECK_FALSE(page.undo()); // nothing left to undo

    // A new incident, then Ctrl+Z: the report is new again and the incident abandoned.
    script.texts = {QStringLiteral("Phishing wave")};
    QTest::keyClick(&page, Qt::Key_N);
    const qint64 incident = f.session->workflow().incidentsOf(first).value().value(0);
    REQUIRE(incident != 0);
    QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.get(first).state == QStringLiteral("new"));
    CHECK(f.get(incident).state == QStringLiteral("abandoned"));
    CHECK(f.session->tickets().history().verify().value().intact);

    // After a change elsewhere the undo is refused with core's reason, and nothing is lost.
    script.texts = {QStringLiteral("Not ours.")};
    QTest::keyClick(&page, Qt::Key_X);
    REQUIRE(f.session->workflow().transition(first, QStringLiteral("open")));
    CHECK_FALSE(page.undo());
    CHECK(child<QLabel>(&page, "triageStatusLabel")->text().contains(QStringLiteral("changed since")));
    CHECK(f.get(first).state == QStringLiteral("open"));
}

TEST_CASE("Triage keeps its place when the reports are read again after an import", "[ui][triage]")
{
    SessionFixture f;
    f.make(TicketKind::Report, QStringLiteral("One"));
    const qint64 two = f.make(TicketKind::Report, QStringLiteral("Two"));
    TriagePage page;
    page.setSession(f.session.get());
    page.setFocus();
    QTest::keyClick(&page, Qt::Key_J);
    REQUIRE(page.currentReport() == two);
    f.make(TicketKind::Report, QStringLiteral("Three, just imported"));
    page.reload();
    CHECK(page.reportCount() == 3);
    CHECK(page.currentReport() == two);
}

TEST_CASE("A report that came by mail is triaged on the mail's text, its quotes folded", "[ui][triage]")
{
    SessionFixture f;
    MailImporter importer(ChangeContext{f.session->vault(), f.clock, QStringLiteral("alice")});
    auto imported = importer.importBytes(plainMessage("phish-1@isp.example.net", "Phishing from your network",
                                                      "Our users got phishing from 198.51.100.9.\n"
                                                      "On Mon, 2 Mar 2026, Abuse wrote:\n> earlier text\n"),
                                         QStringLiteral("test"));
    REQUIRE(imported);
    TriagePage page;
    page.setSession(f.session.get());
    REQUIRE(page.currentReport() == imported->ticketId);
    const QString shown = child<QTextBrowser>(&page, "reportTextBrowser")->toPlainText();
    CHECK(shown.contains(QStringLiteral("Reported message")));
    CHECK(shown.contains(QStringLiteral("Our users got phishing from 198.51.100.9.")));
    CHECK(shown.contains(QStringLiteral("[2 quoted line(s) hidden]")));
    CHECK_FALSE(shown.contains(QStringLiteral("earlier text")));
}

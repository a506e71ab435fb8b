// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/triage/TriagePage.h"

#include "tests/ui/UiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace fb;
using namespace fb::test;

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
    page.setSession(f.session.get());
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.setFocus();
    REQUIRE(page.reportCount() == 3);
    CHECK(page.currentReport() == first);

    // Class intrusion attempts (T), TLP:RED (R), severity high (2), then a new incident (N).
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
    CHECK(incident.title == triaged.title);
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

    // X rejects the third; K goes back.
    CHECK(page.currentReport() == third);
    QTest::keyClick(&page, Qt::Key_X);
    CHECK(f.get(third).state == QStringLiteral("rejected"));
    QTest::keyClick(&page, Qt::Key_K);
    CHECK(page.currentReport() == second);
    CHECK(child<QLabel>(&page, "triagePositionLabel")->text() == QStringLiteral("Report 2 of 3"));
}

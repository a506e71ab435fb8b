// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/NewTicketDialog.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/ticket/LaunchDialog.h"
#include "ui/ticket/ObservableDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace fb;
using namespace fb::test;

TEST_CASE("The new-ticket dialog starts at the given kind and answers what was chosen", "[ui][ticket][dialog]")
{
    Ticket incident;
    incident.id = 7;
    incident.kind = TicketKind::Incident;
    incident.title = QStringLiteral("Botnet");
    NewTicketDialog dialog(TicketKind::Investigation, {incident});
    auto* ok = child<QDialogButtonBox>(&dialog, "newTicketButtonBox")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no title yet
    child<QLineEdit>(&dialog, "newTicketTitleLineEdit")->setText(QStringLiteral("  Who was first?  "));
    CHECK(ok->isEnabled());
    auto* rsitClass = child<QComboBox>(&dialog, "newTicketRsitClassComboBox");
    rsitClass->setCurrentIndex(rsitClass->findData(QStringLiteral("malicious-code")));
    auto* rsitType = child<QComboBox>(&dialog, "newTicketRsitTypeComboBox");
    rsitType->setCurrentIndex(rsitType->findData(QStringLiteral("infected-system")));
    REQUIRE(rsitType->currentIndex() > 0);
    auto* incidentBox = child<QComboBox>(&dialog, "newTicketIncidentComboBox");
    incidentBox->setCurrentIndex(1);
    NewTicket answer = dialog.answer();
    CHECK(answer.kind == TicketKind::Investigation);
    CHECK(answer.title == QStringLiteral("Who was first?"));
    CHECK(answer.tlp == TlpLevel::Amber);
    CHECK(answer.rsitClass == QStringLiteral("malicious-code"));
    CHECK(answer.rsitType == QStringLiteral("infected-system"));
    CHECK(answer.incidentId == 7);

    // An incident stands alone.
    auto* kind = child<QComboBox>(&dialog, "newTicketKindComboBox");
    kind->setCurrentIndex(kind->findData(QStringLiteral("incident")));
    CHECK_FALSE(incidentBox->isEnabled());
    CHECK_FALSE(dialog.answer().incidentId);
}

TEST_CASE("The launch dialog starts at the incident's TLP", "[ui][ticket][dialog]")
{
    Ticket incident;
    incident.id = 3;
    incident.kind = TicketKind::Incident;
    incident.title = QStringLiteral("Defacement");
    incident.tlp = TlpLevel::Red;
    LaunchDialog dialog(TicketKind::Countermeasure, incident);
    CHECK(child<QComboBox>(&dialog, "launchTlpComboBox")->currentData().toString() == QStringLiteral("red"));
    child<QLineEdit>(&dialog, "launchTitleLineEdit")->setText(QStringLiteral("Restore from backup"));
    CHECK(dialog.answer().title == QStringLiteral("Restore from backup"));
    CHECK(dialog.answer().tlp == TlpLevel::Red);
}

// Renders the desk's dialogs for a look: FB_SCREENSHOT=folder test-ui "[.screenshot][desk]".
TEST_CASE("Ticket desk dialogs screenshot", "[.screenshot][desk]")
{
    const QString dir = qEnvironmentVariable("FB_SCREENSHOT", QDir::tempPath());
    Ticket incident;
    incident.id = 27;
    incident.kind = TicketKind::Incident;
    incident.title = QStringLiteral("Phishing campaign imitating Example Bank");
    incident.tlp = TlpLevel::Green;
    NewTicketDialog create(TicketKind::Incident, {incident});
    LaunchDialog launch(TicketKind::Investigation, incident);
    ObservableDialog observable;
    for (QDialog* dialog :
         {static_cast<QDialog*>(&create), static_cast<QDialog*>(&launch), static_cast<QDialog*>(&observable)}) {
        dialog->show();
        QTest::qWait(20);
        CHECK(dialog->grab().save(dir + QLatin1Char('/') + dialog->objectName() + QStringLiteral(".png")));
    }
}

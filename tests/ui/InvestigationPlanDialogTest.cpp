// SPDX-License-Identifier: GPL-3.0-or-later
// Launch investigations from an incident (InvestigationPlanDialog, TicketActions): the plan's contents, a refused team
// shown with its reason and no box, the unknown observables copied, the preview, a pasted list, and Launch creating
// the Investigations with their signed notifications (the passphrase asked).
#include "ui/ticket/InvestigationPlanDialog.h"

#include "core/mail/MailStore.h"
#include "tests/ui/CaseWorkUiSupport.h"
#include "tests/ui/UserGnupgHome.h"
#include "ui/job/KeyPassphrasePrompt.h"
#include "ui/ticket/TicketActions.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>

using namespace fb;
using namespace fb::test;

namespace {

void waitForPlan(InvestigationPlanDialog& dialog)
{
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isPlanning(); }, 120000));
    REQUIRE(dialog.plan());
}

} // namespace

TEST_CASE("The investigation plan lists teams, refusals and unknown observables, and previews each notification",
          "[ui][investigation]")
{
    PlanFixture f;
    const qint64 id = f.incident(TlpLevel::Red);
    InvestigationPlanDialog dialog(*f.session, id);
    dialog.show();
    waitForPlan(dialog);

    auto* table = child<QTableWidget>(&dialog, "planTableWidget");
    REQUIRE(table->rowCount() == 2);
    const int peer = dialog.rowOf(f.peerId);
    const int plain = dialog.rowOf(f.plainId);
    REQUIRE(peer >= 0);
    REQUIRE(plain >= 0);
    QTableWidgetItem* peerTeam = table->item(peer, InvestigationPlanDialog::TeamColumn);
    CHECK(peerTeam->text() == QStringLiteral("PEER-CERT"));
    CHECK((peerTeam->flags() & Qt::ItemIsUserCheckable));
    CHECK(peerTeam->checkState() == Qt::Checked);
    CHECK(table->item(peer, InvestigationPlanDialog::ObservablesColumn)->text() == QStringLiteral("192.0.2.5"));
    CHECK(table->item(peer, InvestigationPlanDialog::RecipientColumn)->text() == QStringLiteral("cert@peer.example"));
    CHECK(table->item(peer, InvestigationPlanDialog::KeyColumn)->text() == QStringLiteral("valid"));
    CHECK(table->item(peer, InvestigationPlanDialog::KeyColumn)->toolTip().contains(QStringLiteral("encrypted")));
    CHECK(table->item(peer, InvestigationPlanDialog::TlpColumn)->text() == QStringLiteral("TLP:RED"));
    CHECK(table->item(peer, InvestigationPlanDialog::EncryptedColumn)->text() == QStringLiteral("yes"));

    // Refused: TLP:RED without a key. Shown with the reason, and cannot be ticked.
    QTableWidgetItem* plainTeam = table->item(plain, InvestigationPlanDialog::TeamColumn);
    CHECK_FALSE((plainTeam->flags() & Qt::ItemIsUserCheckable));
    CHECK(table->item(plain, InvestigationPlanDialog::KeyColumn)->text() == QStringLiteral("none"));
    const QString status = table->item(plain, InvestigationPlanDialog::StatusColumn)->text();
    CHECK(status.startsWith(QStringLiteral("Refused")));
    CHECK(status.contains(QStringLiteral("TLP:RED")));
    dialog.setIncluded(f.plainId, true);
    CHECK(dialog.choice().excludedTeams.isEmpty());
    CHECK(plainTeam->checkState() != Qt::Checked);

    // Unknown observables, copied one a line.
    auto* unknown = child<QListWidget>(&dialog, "unknownListWidget");
    REQUIRE(unknown->count() == 2);
    QTest::mouseClick(child<QPushButton>(&dialog, "copyUnknownButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied.contains(QStringLiteral("198.51.100.77")));
    CHECK(copied.contains(QStringLiteral("89690c12")));

    // The preview of the selected team; the refused one says why there is none.
    table->selectRow(peer);
    CHECK(dialog.previewText().contains(QStringLiteral("To: cert@peer.example")));
    CHECK(dialog.previewText().contains(QStringLiteral("192.0.2.5")));
    CHECK(dialog.previewText().contains(QStringLiteral("signed and encrypted")));
    table->selectRow(plain);
    CHECK(dialog.previewText().startsWith(QStringLiteral("No notification")));
    CHECK(child<QPushButton>(&dialog, "launchInvestigationsButton")->isEnabled());
    // Unticking the only team left leaves nothing to launch.
    dialog.setIncluded(f.peerId, false);
    CHECK(dialog.choice().excludedTeams == QList<qint64>{f.peerId});
    CHECK_FALSE(child<QPushButton>(&dialog, "launchInvestigationsButton")->isEnabled());
    CHECK(f.session->workflow().childrenOf(id)->isEmpty()); // the preview created nothing
}

TEST_CASE("A pasted list is planned instead of the incident's observables", "[ui][investigation]")
{
    PlanFixture f;
    const qint64 id = f.incident(TlpLevel::Amber);
    InvestigationPlanDialog dialog(*f.session, id);
    waitForPlan(dialog);
    CHECK(dialog.plan()->groups.size() == 2);
    child<QPlainTextEdit>(&dialog, "pastedObservablesTextEdit")->setPlainText(QStringLiteral("203.0.113[.]1 junk"));
    QTest::mouseClick(child<QPushButton>(&dialog, "planButton"), Qt::LeftButton);
    waitForPlan(dialog);
    REQUIRE(dialog.plan()->groups.size() == 1);
    CHECK(dialog.plan()->groups.first().teamId == f.plainId);
    CHECK(child<QListWidget>(&dialog, "unknownListWidget")->count() == 1);
}

TEST_CASE("Launch creates the ticked teams' investigations with their signed notifications", "[ui][investigation]")
{
    PlanFixture f;
    const qint64 id = f.incident(TlpLevel::Amber);
    // From the incident's actions: shown for incidents only.
    QWidget host;
    TicketActions actions(&host);
    actions.setSession(f.session.get());
    actions.setTicket(f.make(TicketKind::Report));
    CHECK_FALSE(actions.launchInvestigationsAction()->isVisible());
    CHECK_FALSE(actions.replyToReportersAction()->isVisible());
    CHECK(actions.launchInvestigations() == nullptr);
    actions.setTicket(id);
    CHECK(actions.launchInvestigationsAction()->isVisible());
    CHECK(actions.replyToReportersAction()->isEnabled());
    QPointer<InvestigationPlanDialog> dialog = actions.launchInvestigations();
    REQUIRE(dialog);
    waitForPlan(*dialog);
    dialog->setIncluded(f.plainId, false);

    QStringList asked;
    KeyPassphrasePrompt::setAsk([&](QWidget*, const QString& key) -> std::optional<SecretBytes> {
        asked.append(key);
        QString copy = kTeamKeyPassphrase;
        return SecretBytes::takeUtf8(copy);
    });
    QSignalSpy changed(&actions, &TicketActions::changed);
    {
        UserHome user(f.teamHome);
        QTest::mouseClick(child<QPushButton>(dialog.data(), "launchInvestigationsButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&]() { return !dialog || !dialog->isLaunching(); }, 120000));
        QThreadPool::globalInstance()->waitForDone();
    }
    KeyPassphrasePrompt::setAsk({});
    CHECK(asked.size() == 1);
    INFO((dialog ? dialog->statusText() : QString()).toStdString());
    auto children = f.session->workflow().childrenOf(id);
    REQUIRE(children);
    REQUIRE(children->size() == 1);
    const Ticket investigation = f.get(children->first());
    CHECK(investigation.kind == TicketKind::Investigation);
    CHECK(investigation.reporter == QStringLiteral("cert@peer.example"));
    CHECK(investigation.observables.size() == 1);
    auto messages = MailStore(f.session->vault()).messagesOf(investigation.id, false);
    REQUIRE(messages);
    REQUIRE(messages->size() == 1);
    CHECK(messages->first().direction == MailDirection::Out);
    CHECK(messages->first().message.isEncrypted);
    CHECK(messages->first().message.signatureStatus == QStringLiteral("good"));
    CHECK(changed.count() == 1);
    REQUIRE(QTest::qWaitFor([&]() { return !dialog; }, 30000)); // accepted and deleted
}

TEST_CASE("Without a team key the plan says so and Launch stays disabled", "[ui][investigation]")
{
    PlanFixture f;
    REQUIRE(OwnTeam(f.session->vault()).clearSigningKey());
    const qint64 id = f.incident(TlpLevel::Amber);
    InvestigationPlanDialog dialog(*f.session, id);
    waitForPlan(dialog);
    CHECK(dialog.statusText().contains(QStringLiteral("no team key")));
    CHECK_FALSE(child<QPushButton>(&dialog, "launchInvestigationsButton")->isEnabled());
    INFO(dialog.previewText().toStdString());
    CHECK(dialog.previewText().contains(QStringLiteral("not signed")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A handler's case from start to end in the GUI alone: a report imported from mail, triaged with the keyboard
// into a new incident, an investigation launched from it, a signed reply to the reporter, a comment in the
// worklog, and the incident resolved with its lessons learned, its children following.
#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/OwnTeam.h"
#include "core/history/TicketAudit.h"
#include "core/mail/MailImporter.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/mail/ComposerDialog.h"
#include "ui/ticket/CorrespondencePanel.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketRelationsPanel.h"
#include "ui/ticket/TicketView.h"
#include "ui/ticket/WorklogPanel.h"
#include "ui/triage/TriagePage.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QThreadPool>

using namespace fb;
using namespace fb::test;

TEST_CASE("A report goes from import through triage, incident and investigation to a signed reply and resolution",
          "[ui][walk]")
{
    SessionFixture f;
    // Our team's key, in the handler's own GnuPG home, known to the workspace.
    GnupgHome home = makeHome();
    const QString teamKey = generateKey(home, QStringLiteral("CERT Demo <cert@team.example.org>"),
                                        QStringLiteral("future-default"), QStringLiteral("default"));
    auto armored = OpenPgp(home).exportPublicKey(teamKey);
    REQUIRE(armored);
    REQUIRE(KeyringStore(f.session->vault(), f.clock).addKeys(*armored, QStringLiteral("test")));
    REQUIRE(OwnTeam(f.session->vault()).setSigningKey(teamKey));

    // 1. The report arrives by mail.
    const QByteArray raw = "From: Jane Doe <jane@isp.example.net>\nTo: cert@team.example.org\n"
                           "Date: Mon, 02 Mar 2026 08:00:00 +0000\nMessage-ID: <jd1@isp.example.net>\n"
                           "Subject: SSH brute force from 203.0.113.45\nMIME-Version: 1.0\n"
                           "Content-Type: text/plain; charset=utf-8\n\nOur servers see logins from 203.0.113.45.\n";
    auto imported = MailImporter(f.session->change()).importBytes(raw, QStringLiteral("inbox"));
    REQUIRE(imported);
    const qint64 report = imported->ticketId;

    // 2. Triage with the keyboard: class intrusion attempts, TLP:GREEN, a new incident with its own title.
    TriagePage triage;
    ScriptedPrompts triageAnswers;
    triageAnswers.texts = {QStringLiteral("SSH brute force against our customers")};
    triage.setPrompts(triageAnswers.prompts());
    triage.setSession(f.session.get());
    triage.show();
    triage.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&triage));
    triage.setFocus();
    REQUIRE(triage.currentReport() == report);
    QTest::keyClick(&triage, Qt::Key_T);
    QTest::keyClick(&triage, Qt::Key_G);
    QTest::keyClick(&triage, Qt::Key_N);
    const QList<qint64> incidents = f.session->workflow().incidentsOf(report).value();
    REQUIRE(incidents.size() == 1);
    const qint64 incident = incidents.first();
    CHECK(f.get(incident).title == QStringLiteral("SSH brute force against our customers"));
    CHECK(f.get(incident).tlp == TlpLevel::Green);
    CHECK(f.get(report).state == QStringLiteral("open"));
    triage.close();

    // 3. From the incident, an investigation to the ISP.
    TicketView view;
    view.setSession(f.session.get());
    view.resize(1300, 900);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    ScriptedPrompts desk;
    desk.launches = {LaunchAnswer{QStringLiteral("Ask the ISP who runs 203.0.113.45"), TlpLevel::Green}};
    view.actions()->setPrompts(desk.prompts());
    view.showTicket(incident);
    view.actions()->launchInvestigationAction()->trigger();
    CHECK(desk.messages.isEmpty());
    const QList<qint64> children = f.session->workflow().childrenOf(incident).value();
    REQUIRE(children.size() == 2);
    const qint64 investigation = children.last();
    CHECK(f.get(investigation).kind == TicketKind::Investigation);

    // 4. A signed reply to the reporter from the report: it threads, and is the first response.
    view.showTicket(report);
    CorrespondencePanel* correspondence = view.relations()->correspondence();
    REQUIRE(correspondence->messageCount() == 1);
    ComposerDialog* composer = view.writeMail();
    REQUIRE(composer);
    REQUIRE(QTest::qWaitFor([&]() { return composer->keysKnown(); }, 120000));
    CHECK(child<QCheckBox>(composer, "signCheckBox")->isChecked());
    const QByteArray previous = qgetenv("GNUPGHOME");
    QThreadPool::globalInstance()->waitForDone(); // no job reads the environment while it changes
    qputenv("GNUPGHOME", home.path().toLocal8Bit());
    const TempDir out;
    composer->setSavePathPrompt([&out](QWidget*, const QString&) { return out.file(QStringLiteral("reply.eml")); });
    composer->saveAsEml();
    REQUIRE(QTest::qWaitFor([&]() { return !composer->isComposing(); }, 120000));
    QThreadPool::globalInstance()->waitForDone();
    qputenv("GNUPGHOME", previous);
    INFO(composer->statusText().toStdString());
    const QByteArray eml = readAll(out.file(QStringLiteral("reply.eml")));
    CHECK(eml.contains("Content-Type: multipart/signed"));
    CHECK(eml.contains("In-Reply-To: <jd1@isp.example.net>"));
    composer->close();
    CHECK(correspondence->messageCount() == 2);
    CHECK(f.get(report).firstResponseAt.isValid());

    // 5. A comment in the incident's worklog.
    view.showTicket(incident);
    view.activateWindow(); // back from the composer
    REQUIRE(QTest::qWaitForWindowActive(&view));
    auto* comment = child<QPlainTextEdit>(&view, "worklogCommentEdit");
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("ISP confirms a compromised VPS; suspended."));
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.session->comments().comments(incident).value().size() == 1);

    // 6. Resolved with its lessons learned; the report and the investigation follow.
    view.setLessonsPrompt(
        [](QWidget*, qint64) { return std::optional<QString>(QStringLiteral("Ask ISPs for the customer at once.")); });
    view.transitionTo(QStringLiteral("resolved"));
    CHECK(f.get(incident).state == QStringLiteral("resolved"));
    CHECK(f.get(incident).lessonsLearned == QStringLiteral("Ask ISPs for the customer at once."));
    CHECK(f.get(report).state == QStringLiteral("resolved"));
    CHECK(f.get(investigation).state == QStringLiteral("resolved"));

    // Everything went through the history, and the audit finds the tickets as it says.
    CHECK(f.session->tickets().history().verify().value().intact);
    CHECK(TicketAudit(f.session->vault()).run().value().intact());
    home.shutDown();
}

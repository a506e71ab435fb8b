// SPDX-License-Identifier: GPL-3.0-or-later
// Reply to all reporters of an incident (ReplyAllDialog): the reporters with key status, one reply per ticked reporter
// stored on their report and threaded, a reporter left out gets nothing.
#include "ui/ticket/ReplyAllDialog.h"

#include "core/mail/MailImporter.h"
#include "core/mail/MailStore.h"
#include "tests/ui/CaseWorkUiSupport.h"
#include "tests/ui/UserGnupgHome.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace fb;
using namespace fb::test;

TEST_CASE("Reply to all reporters writes one reply per ticked reporter, on their reports", "[ui][investigation]")
{
    PlanFixture f;
    auto import = [&](const QByteArray& from, const QByteArray& messageId) {
        const QByteArray raw = "From: " + from +
                               "\nTo: cert@team.example.org\nDate: Mon, 02 Mar 2026 08:00:00 +0000\n"
                               "Message-ID: <" +
                               messageId +
                               ">\nSubject: Scanning\nMIME-Version: 1.0\n"
                               "Content-Type: text/plain; charset=utf-8\n\nScans from 192.0.2.5.\n";
        auto imported = MailImporter(f.session->change()).importBytes(raw, QStringLiteral("test"));
        REQUIRE(imported);
        return imported->ticketId;
    };
    const qint64 jane = import("Jane Doe <jane@isp.example.net>", "j@isp");
    const qint64 peer = import("Peer CERT <cert@peer.example>", "p@peer");
    const qint64 id = f.incident(TlpLevel::Amber);
    REQUIRE(f.session->workflow().link(jane, id));
    REQUIRE(f.session->workflow().link(peer, id));

    ReplyAllDialog dialog(*f.session, id);
    dialog.show();
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isBusy(); }, 120000));
    INFO("status after listing: " << dialog.statusText().toStdString());
    auto* list = child<QListWidget>(&dialog, "reportersListWidget");
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().contains(QStringLiteral("cert@peer.example")));
    CHECK(list->item(0)->text().contains(QStringLiteral("encrypted")));
    CHECK(list->item(1)->checkState() == Qt::Checked);
    CHECK(child<QPlainTextEdit>(&dialog, "replyTextEdit")->toPlainText().contains(QStringLiteral("{greeting}")));
    // Jane opts out; unsigned, so no passphrase is needed.
    dialog.setIncluded(QStringLiteral("jane@isp.example.net"), false);
    CHECK(dialog.excluded() == QStringList{QStringLiteral("jane@isp.example.net")});
    child<QCheckBox>(&dialog, "signCheckBox")->setChecked(false);
    QSignalSpy stored(&dialog, &ReplyAllDialog::repliesStored);
    {
        UserHome user(f.teamHome);
        auto* write = child<QPushButton>(&dialog, "writeRepliesButton");
        REQUIRE(write->isEnabled());
        QTest::mouseClick(write, Qt::LeftButton);
        INFO("status after the click: " << dialog.statusText().toStdString());
        CHECK(dialog.isBusy());
        REQUIRE(QTest::qWaitFor([&]() { return !dialog.isBusy(); }, 120000));
        QThreadPool::globalInstance()->waitForDone();
    }
    INFO("status after writing: " << dialog.statusText().toStdString());
    REQUIRE(stored.count() == 1);
    CHECK(stored.first().first().value<QList<qint64>>() == QList<qint64>{peer});
    auto onPeer = MailStore(f.session->vault()).messagesOf(peer, false);
    REQUIRE(onPeer);
    REQUIRE(onPeer->size() == 2);
    CHECK(onPeer->at(1).message.inReplyTo == QStringLiteral("p@peer"));
    CHECK(onPeer->at(1).message.isEncrypted);
    auto onJane = MailStore(f.session->vault()).messagesOf(jane, false);
    REQUIRE(onJane);
    CHECK(onJane->size() == 1); // left out: nothing written
}

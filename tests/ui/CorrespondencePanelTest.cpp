// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/CorrespondencePanel.h"

#include "core/crypto/KeyringStore.h"
#include "core/mail/MailImporter.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/mail/MailTestSupport.h"
#include "tests/ui/UiTestSupport.h"

#include <QCheckBox>
#include <QDialog>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

qint64 importOne(SessionFixture& f, const QByteArray& raw)
{
    MailImporter importer(ChangeContext{f.session->vault(), f.clock, QStringLiteral("alice")});
    auto imported = importer.importBytes(raw, QStringLiteral("test"));
    REQUIRE(imported);
    REQUIRE(imported->outcome == ImportOutcome::Imported);
    return imported->ticketId;
}

} // namespace

TEST_CASE("The correspondence shows each message with its signature badge", "[ui][mail]")
{
    SessionFixture f;
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, QStringLiteral("Rita Reporter <reporter@isp.example.net>"));
    OpenPgp pgp(home);
    const qint64 plain = importOne(f, plainMessage("plain-1@isp.example.net", "Plain report", "Nothing signed."));
    const qint64 signedTicket =
        importOne(f, signedMessage(pgp, fpr, "signed-1@isp.example.net", "Signed report", "Scans from 192.0.2.7.\n"));

    CorrespondencePanel panel;
    panel.setSession(f.session.get());
    panel.show();

    SECTION("an unsigned message says so in the cell and in a sentence")
    {
        panel.showTicket(plain);
        REQUIRE(panel.messageCount() == 1);
        CHECK_FALSE(panel.isVerifying());
        CHECK(panel.badgeText(0) == shortLabel(SignatureStatus::NotSigned));
        CHECK(panel.badgeToolTip(0) == sentence(VerificationResult{}));
        auto* text = child<QPlainTextEdit>(&panel, "messageTextEdit");
        CHECK(text->toPlainText().contains(QStringLiteral("Nothing signed.")));
        CHECK(text->toPlainText().contains(QStringLiteral("reporter@isp.example.net")));
    }
    SECTION("a signed message is checked off the GUI thread against the workspace keyring")
    {
        auto armored = pgp.exportPublicKey(fpr);
        REQUIRE(armored);
        REQUIRE(KeyringStore(f.session->vault(), f.clock).addKeys(*armored, QStringLiteral("test")));
        panel.showTicket(signedTicket);
        REQUIRE(panel.messageCount() == 1);
        CHECK(panel.isVerifying());
        REQUIRE(QTest::qWaitFor([&]() { return !panel.isVerifying(); }, 120000));
        CHECK(panel.badgeText(0) == shortLabel(SignatureStatus::ValidTrusted));
        CHECK(panel.badgeToolTip(0).contains(QStringLiteral("Rita Reporter")));
        CHECK(panel.badgeToolTip(0).contains(groupedFingerprint(fpr).right(19)));
    }
    SECTION("a signature by a key the workspace lacks is an unknown signer")
    {
        panel.showTicket(signedTicket);
        REQUIRE(QTest::qWaitFor([&]() { return !panel.isVerifying(); }, 120000));
        CHECK(panel.badgeText(0) == shortLabel(SignatureStatus::KeyMissing));
        CHECK(panel.badgeToolTip(0).contains(QStringLiteral("not in the keyring")));

        // The way out is one click away: import the key, and the badge is checked again.
        auto* importKey = child<QPushButton>(&panel, "importKeyButton");
        REQUIRE(importKey->isVisible());
        TempDir keys;
        auto armored = pgp.exportPublicKey(fpr);
        REQUIRE(armored);
        writeAll(keys.file(QStringLiteral("rita.asc")), *armored);
        panel.setKeyFilePrompt([&](QWidget*) { return keys.file(QStringLiteral("rita.asc")); });
        importKey->click();
        REQUIRE(QTest::qWaitFor([&]() { return !panel.isVerifying(); }, 120000));
        CHECK(panel.badgeText(0) == shortLabel(SignatureStatus::ValidTrusted));
        CHECK(panel.statusText().contains(groupedFingerprint(fpr)));
        CHECK_FALSE(importKey->isVisible());
    }
    SECTION("a file without a key is refused with GnuPG's reason and changes nothing")
    {
        panel.showTicket(signedTicket);
        REQUIRE(QTest::qWaitFor([&]() { return !panel.isVerifying(); }, 120000));
        TempDir keys;
        writeAll(keys.file(QStringLiteral("not-a-key.asc")), "hello\n");
        panel.setKeyFilePrompt([&](QWidget*) { return keys.file(QStringLiteral("not-a-key.asc")); });
        panel.importKey();
        REQUIRE(QTest::qWaitFor([&]() { return !panel.isVerifying(); }, 120000));
        CHECK_FALSE(panel.statusText().isEmpty());
        CHECK(panel.badgeText(0) == shortLabel(SignatureStatus::KeyMissing));
        CHECK(child<QPushButton>(&panel, "importKeyButton")->isVisible());
    }
    SECTION("attachments are saved where the user says")
    {
        panel.showTicket(signedTicket);
        TempDir out;
        const QString target = out.file(QStringLiteral("sig.asc"));
        panel.setSavePathPrompt([&](QWidget*, const QString& suggested) {
            CHECK(suggested == QStringLiteral("signature.asc"));
            return target;
        });
        auto* list = child<QListWidget>(&panel, "attachmentsListWidget");
        REQUIRE(list->count() == 1);
        CHECK(list->item(0)->text().startsWith(QStringLiteral("OpenPGP part, not an attachment: signature.asc")));
        REQUIRE(panel.saveAttachment(0));
        CHECK(readAll(target).contains("BEGIN PGP SIGNATURE"));
        REQUIRE(QTest::qWaitFor([&]() { return !panel.isVerifying(); }, 120000));
    }
    home.shutDown();
}

TEST_CASE("A message's quotes are folded until asked for, and it reads in a window of its own", "[ui][mail]")
{
    SessionFixture f;
    const qint64 id = importOne(f, plainMessage("reply-1@isp.example.net", "Re: Scans",
                                                "We blocked 192.0.2.7.\n\nOn Mon, 2 Mar 2026, CERT wrote:\n"
                                                "> Please block 192.0.2.7.\n> Thanks.\n\nRita\n"));
    CorrespondencePanel panel;
    panel.setSession(f.session.get());
    panel.resize(900, 700);
    panel.show();
    panel.showTicket(id);
    auto* text = child<QPlainTextEdit>(&panel, "messageTextEdit");
    CHECK(text->toPlainText().contains(QStringLiteral("We blocked 192.0.2.7.")));
    CHECK(text->toPlainText().contains(QStringLiteral("[3 quoted line(s) hidden]")));
    CHECK_FALSE(text->toPlainText().contains(QStringLiteral("> Thanks.")));
    // No attachments: the text has the room.
    CHECK_FALSE(child<QListWidget>(&panel, "attachmentsListWidget")->isVisibleTo(&panel));

    child<QCheckBox>(&panel, "showQuotedCheckBox")->setChecked(true);
    CHECK(text->toPlainText().contains(QStringLiteral("> Thanks.")));

    child<QPushButton>(&panel, "openMessageButton")->click();
    auto* window = panel.findChild<QDialog*>(QStringLiteral("messageReaderDialog"));
    REQUIRE(window);
    CHECK(window->isVisible());
    CHECK(window->windowTitle() == QStringLiteral("Re: Scans"));
    CHECK(child<QPlainTextEdit>(window, "messageReaderText")->toPlainText().contains(QStringLiteral("> Thanks.")));
    window->close();
}

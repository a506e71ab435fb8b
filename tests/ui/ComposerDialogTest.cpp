// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/ComposerDialog.h"

#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/TeamStore.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailStore.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/ui/UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QThreadPool>

using namespace fb;
using namespace fb::test;

namespace {

qint64 reportFrom(SessionFixture& f, const QString& reporter)
{
    const qint64 id = f.make(TicketKind::Report, QStringLiteral("Phishing wave"));
    REQUIRE(f.session->editor().setField(id, QStringLiteral("reporter"), reporter));
    return id;
}

void pickTlp(ComposerDialog& dialog, TlpLevel level)
{
    auto* tlp = child<QComboBox>(&dialog, "composerTlpComboBox");
    tlp->setCurrentIndex(tlp->findData(Tlp::key(level)));
}

} // namespace

TEST_CASE("The composer writes a reply to the reporter from a template and saves it as .eml", "[ui][mail][composer]")
{
    SessionFixture f;
    const qint64 id = reportFrom(f, QStringLiteral("rita@isp.example.net"));
    ComposerDialog dialog(*f.session, id);
    dialog.show();
    CHECK(child<QLineEdit>(&dialog, "toLineEdit")->text() == QStringLiteral("rita@isp.example.net"));
    CHECK(child<QComboBox>(&dialog, "templateComboBox")->currentData().toString() == QStringLiteral("reply-reporter"));
    const QString body = child<QPlainTextEdit>(&dialog, "bodyTextEdit")->toPlainText();
    CHECK(body.contains(QStringLiteral("Dear rita@isp.example.net,")));
    CHECK(body.contains(QStringLiteral("[FIREBREAK #%1]").arg(id)));
    CHECK_FALSE(child<QCheckBox>(&dialog, "signCheckBox")->isEnabled()); // no team key yet

    TempDir out;
    const QString target = out.file(QStringLiteral("reply.eml"));
    dialog.setSavePathPrompt([&](QWidget*, const QString& suggested) {
        CHECK(suggested.endsWith(QStringLiteral(".eml")));
        return target;
    });
    pickTlp(dialog, TlpLevel::Amber);
    dialog.saveAsEml();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isComposing(), 30000);
    INFO(dialog.statusText().toStdString());
    const QByteArray eml = readAll(target);
    CHECK(eml.contains("To: rita@isp.example.net"));
    CHECK(eml.contains(QStringLiteral("[FIREBREAK #%1]").arg(id).toUtf8()));
    CHECK(eml.contains("TLP:AMBER"));
    CHECK(dialog.statusText().contains(target));
    // The sent message is kept on the ticket, byte for byte what was saved.
    auto stored = MailStore(f.session->vault()).messagesOf(id, true);
    REQUIRE(stored);
    QList<StoredMessage> sent;
    for (const StoredMessage& message : *stored) {
        if (message.direction == MailDirection::Out)
            sent.append(message);
    }
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().message.raw == eml);
}

TEST_CASE("The composer writes Cc and blind copies; To stays the reporter", "[ui][mail][composer]")
{
    SessionFixture f;
    const qint64 id = reportFrom(f, QStringLiteral("rita@isp.example.net"));
    ComposerDialog dialog(*f.session, id);
    dialog.show();
    child<QLineEdit>(&dialog, "ccLineEdit")->setText(QStringLiteral("noc@isp.example.net"));
    child<QLineEdit>(&dialog, "bccLineEdit")
        ->setText(QStringLiteral("lead@cert.example.org, Ann <ann@cert.example.org>"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keysKnown(), 60000);
    // The key status is about To and Cc: an encrypted message cannot have blind copies.
    CHECK(child<QLabel>(&dialog, "recipientKeysLabel")->text().contains(QStringLiteral("noc@isp.example.net")));
    CHECK_FALSE(child<QLabel>(&dialog, "recipientKeysLabel")->text().contains(QStringLiteral("ann@cert.example.org")));

    TempDir out;
    const QString target = out.file(QStringLiteral("copies.eml"));
    dialog.setSavePathPrompt([&](QWidget*, const QString&) { return target; });
    pickTlp(dialog, TlpLevel::Green);
    dialog.saveAsEml();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isComposing(), 30000);
    INFO(dialog.statusText().toStdString());
    const QByteArray eml = readAll(target);
    CHECK(headerField(eml, "To") == "rita@isp.example.net");
    CHECK(headerField(eml, "Cc") == "noc@isp.example.net");
    const QByteArray bcc = headerField(eml, "Bcc");
    CHECK(bcc.contains("lead@cert.example.org"));
    CHECK(bcc.contains("ann@cert.example.org"));
}

TEST_CASE("The composer refuses an unencrypted TLP:RED message and writes nothing", "[ui][mail][composer]")
{
    SessionFixture f;
    const qint64 id = reportFrom(f, QStringLiteral("rita@isp.example.net"));
    ComposerDialog dialog(*f.session, id);
    dialog.show();
    bool asked = false;
    dialog.setSavePathPrompt([&](QWidget*, const QString&) {
        asked = true;
        return QString();
    });
    pickTlp(dialog, TlpLevel::Red);
    REQUIRE_FALSE(child<QCheckBox>(&dialog, "encryptCheckBox")->isChecked());
    child<QPushButton>(&dialog, "saveEmlButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isComposing(), 30000);
    CHECK_FALSE(asked);
    CHECK(dialog.statusText().contains(QStringLiteral("TLP:RED")));
    CHECK(dialog.statusText().contains(QStringLiteral("encrypted")));
}

TEST_CASE("Sign and encrypt switches show the team key and each recipient's key", "[ui][mail][composer]")
{
    SessionFixture f;
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, QStringLiteral("Rita <rita@isp.example.net>"),
                                    QStringLiteral("future-default"), QStringLiteral("default"));
    auto armored = OpenPgp(home).exportPublicKey(fpr);
    REQUIRE(armored);
    REQUIRE(KeyringStore(f.session->vault(), f.clock).addKeys(*armored, QStringLiteral("test")));
    REQUIRE(OwnTeam(f.session->vault()).setSigningKey(fpr));
    const qint64 id = reportFrom(f, QStringLiteral("rita@isp.example.net"));

    ComposerDialog dialog(*f.session, id);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keysKnown(), 60000);
    auto* keys = child<QLabel>(&dialog, "recipientKeysLabel");
    CHECK(keys->text().contains(QStringLiteral("rita@isp.example.net: usable key")));
    child<QLineEdit>(&dialog, "toLineEdit")->setText(QStringLiteral("rita@isp.example.net, nobody@example.com"));
    CHECK(keys->text().contains(QStringLiteral("nobody@example.com: no usable key")));

    auto* sign = child<QCheckBox>(&dialog, "signCheckBox");
    CHECK(sign->isEnabled());
    CHECK(sign->isChecked());
    CHECK(child<QLabel>(&dialog, "signInfoLabel")->text().contains(groupedFingerprint(fpr)));

    SECTION("the message is signed with the team key (PGP/MIME)")
    {
        // The team key lives in the user's own GnuPG home: here, the test's.
        const QByteArray previous = qgetenv("GNUPGHOME");
        QThreadPool::globalInstance()->waitForDone(); // no job reads the environment while it changes
        qputenv("GNUPGHOME", home.path().toLocal8Bit());
        const TempDir out;
        const QString file = out.file(QStringLiteral("signed.eml"));
        dialog.setSavePathPrompt([&file](QWidget*, const QString&) { return file; });
        child<QLineEdit>(&dialog, "toLineEdit")->setText(QStringLiteral("rita@isp.example.net"));
        pickTlp(dialog, TlpLevel::Green);
        dialog.saveAsEml();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isComposing(), 30000);
        QThreadPool::globalInstance()->waitForDone();
        qputenv("GNUPGHOME", previous);
        INFO(dialog.statusText().toStdString());
        CHECK(dialog.statusText().contains(QStringLiteral("Saved to")));
        const QByteArray eml = readAll(file);
        CHECK(eml.contains("Content-Type: multipart/signed"));
        CHECK(eml.contains("application/pgp-signature"));
    }
    home.shutDown();
}

TEST_CASE("The composer offers investigation correspondents and directory teams as recipients", "[ui][mail][composer]")
{
    SessionFixture f;
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet"));
    const qint64 investigation = f.make(TicketKind::Investigation, QStringLiteral("Ask the host"), incident);
    REQUIRE(f.session->editor().setField(investigation, QStringLiteral("reporter"),
                                         QStringLiteral("noc@host.example.net")));
    Team team;
    team.shortName = QStringLiteral("CERT-YY");
    team.officialName = QStringLiteral("CERT YY");
    team.channels = {
        Channel{ChannelKind::Email, QStringLiteral("cert@yy.example.org"), ChannelUsage::Contact, {}, false},
        Channel{ChannelKind::Email, QStringLiteral("abuse@yy.example.org"), ChannelUsage::Abuse, {}, false}};
    auto added = TeamStore(ChangeContext{f.session->vault(), f.clock, QStringLiteral("alice")}).addTeam(team);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);

    ComposerDialog dialog(*f.session, incident);
    dialog.show();
    auto* recipient = child<QComboBox>(&dialog, "recipientComboBox");
    REQUIRE(recipient->count() == 2);
    CHECK(recipient->itemText(0).contains(QStringLiteral("noc@host.example.net")));
    CHECK(child<QLineEdit>(&dialog, "toLineEdit")->text() == QStringLiteral("noc@host.example.net"));
    CHECK(child<QComboBox>(&dialog, "templateComboBox")->currentData().toString() ==
          QStringLiteral("investigation-request"));

    recipient->setCurrentIndex(1);
    CHECK(recipient->itemText(1).contains(QStringLiteral("CERT-YY")));
    CHECK(child<QLineEdit>(&dialog, "toLineEdit")->text() == QStringLiteral("abuse@yy.example.org"));
    CHECK(child<QComboBox>(&dialog, "templateComboBox")->currentData().toString() == QStringLiteral("notify-team"));
    CHECK(child<QPlainTextEdit>(&dialog, "bodyTextEdit")->toPlainText().contains(QStringLiteral("Botnet")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keysKnown(), 60000);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/ComposerDialog.h"

#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/TeamStore.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailImporter.h"
#include "core/mail/MailStore.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/UserGnupgHome.h"
#include "ui/job/KeyPassphrasePrompt.h"
#include "ui/ticket/CorrespondencePanel.h"
#include "ui/ticket/TicketRelationsPanel.h"
#include "ui/ticket/TicketView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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

// A report made from a received message, as mail import makes it.
qint64 reportFromMail(SessionFixture& f)
{
    const QByteArray raw = "From: Jane Doe <jane@isp.example.net>\nTo: cert@team.example.org\n"
                           "Date: Mon, 02 Mar 2026 08:00:00 +0000\nMessage-ID: <jd1@isp.example.net>\n"
                           "References: <older@isp.example.net>\nSubject: Defaced web server\nMIME-Version: 1.0\n"
                           "Content-Type: text/plain; charset=utf-8\n\nOur web server 198.51.100.7 was defaced.\n"
                           "\nCan you help?\n-- \nJane Doe, ISP abuse desk\n";
    auto imported = MailImporter(f.session->change()).importBytes(raw, QStringLiteral("test"));
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported);
    return imported->ticketId;
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
    // No name is known for a bare address: a neutral greeting; nothing was received, so nothing is quoted.
    CHECK(body.startsWith(QStringLiteral("Hello,\n")));
    CHECK_FALSE(body.contains(QStringLiteral("wrote:")));
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
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isComposing(); }, 120000));
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

TEST_CASE("The composer writes Cc and blind copies - To stays the reporter", "[ui][mail][composer]")
{
    SessionFixture f;
    const qint64 id = reportFrom(f, QStringLiteral("rita@isp.example.net"));
    ComposerDialog dialog(*f.session, id);
    dialog.show();
    child<QLineEdit>(&dialog, "ccLineEdit")->setText(QStringLiteral("noc@isp.example.net"));
    child<QLineEdit>(&dialog, "bccLineEdit")
        ->setText(QStringLiteral("lead@cert.example.org, Ann <ann@cert.example.org>"));
    REQUIRE(QTest::qWaitFor([&]() { return dialog.keysKnown(); }, 120000));
    // The key status is about To and Cc: an encrypted message cannot have blind copies.
    CHECK(child<QLabel>(&dialog, "recipientKeysLabel")->text().contains(QStringLiteral("noc@isp.example.net")));
    CHECK_FALSE(child<QLabel>(&dialog, "recipientKeysLabel")->text().contains(QStringLiteral("ann@cert.example.org")));

    TempDir out;
    const QString target = out.file(QStringLiteral("copies.eml"));
    dialog.setSavePathPrompt([&](QWidget*, const QString&) { return target; });
    pickTlp(dialog, TlpLevel::Green);
    dialog.saveAsEml();
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isComposing(); }, 120000));
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
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isComposing(); }, 120000));
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
    auto* encrypt = child<QCheckBox>(&dialog, "encryptCheckBox");
    CHECK_FALSE(encrypt->isEnabled()); // not before the keys are known
    REQUIRE(QTest::qWaitFor([&]() { return dialog.keysKnown(); }, 120000));
    auto* keys = child<QLabel>(&dialog, "recipientKeysLabel");
    CHECK(keys->text().contains(QStringLiteral("rita@isp.example.net: usable key")));
    CHECK(encrypt->isEnabled());
    encrypt->setChecked(true);
    child<QLineEdit>(&dialog, "toLineEdit")->setText(QStringLiteral("rita@isp.example.net, nobody@example.com"));
    CHECK(keys->text().contains(QStringLiteral("nobody@example.com: no usable key")));
    // Encrypt cannot be ticked now, and says for whom the key is missing.
    CHECK_FALSE(encrypt->isEnabled());
    CHECK_FALSE(encrypt->isChecked());
    CHECK(encrypt->toolTip().contains(QStringLiteral("nobody@example.com")));
    CHECK_FALSE(encrypt->toolTip().contains(QStringLiteral("rita@")));
    child<QLineEdit>(&dialog, "ccLineEdit")->setText(QStringLiteral("Noc <noc@isp.example.net>"));
    CHECK(encrypt->toolTip().contains(QStringLiteral("nobody@example.com, noc@isp.example.net")));
    child<QLineEdit>(&dialog, "ccLineEdit")->clear();
    child<QLineEdit>(&dialog, "toLineEdit")->setText(QStringLiteral("Rita <rita@isp.example.net>"));
    CHECK(encrypt->isEnabled());

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
        REQUIRE(QTest::qWaitFor([&]() { return !dialog.isComposing(); }, 120000));
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
    REQUIRE(QTest::qWaitFor([&]() { return dialog.keysKnown(); }, 120000));
}

TEST_CASE("A reply from the composer threads, greets by name, quotes the original and is the first response",
          "[ui][mail][composer]")
{
    SessionFixture f;
    const qint64 id = reportFromMail(f);
    REQUIRE_FALSE(f.get(id).firstResponseAt.isValid());
    ComposerDialog dialog(*f.session, id);
    QSignalSpy stored(&dialog, &ComposerDialog::messageStored);
    dialog.show();
    CHECK(child<QComboBox>(&dialog, "recipientComboBox")->itemText(0).contains(QStringLiteral("jane@isp.example.net")));
    CHECK(child<QLineEdit>(&dialog, "toLineEdit")->text() == QStringLiteral("Jane Doe <jane@isp.example.net>"));
    const QString body = child<QPlainTextEdit>(&dialog, "bodyTextEdit")->toPlainText();
    CHECK(body.startsWith(QStringLiteral("Dear Jane Doe,\n")));
    CHECK(body.contains(QStringLiteral("Jane Doe wrote:\n> Our web server 198.51.100.7 was defaced.\n>\n> Can you "
                                       "help?\n")));
    CHECK_FALSE(body.contains(QStringLiteral("abuse desk"))); // the signature is not quoted

    TempDir out;
    const QString target = out.file(QStringLiteral("reply.eml"));
    dialog.setSavePathPrompt([&](QWidget*, const QString&) { return target; });
    pickTlp(dialog, TlpLevel::Amber);
    f.clock.advanceSecs(1800);
    dialog.saveAsEml();
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isComposing(); }, 120000));
    INFO(dialog.statusText().toStdString());
    const QByteArray eml = readAll(target);
    CHECK(headerField(eml, "In-Reply-To") == "<jd1@isp.example.net>");
    CHECK(headerField(eml, "References") == "<older@isp.example.net> <jd1@isp.example.net>");
    CHECK(headerField(eml, "Subject").contains("Re: Defaced web server"));
    CHECK(stored.count() == 1);
    CHECK(f.get(id).firstResponseAt == f.clock.nowUtc());

    SECTION("without quoting, when the workspace says so")
    {
        REQUIRE(MailStore(f.session->vault()).setQuoteOriginal(false));
        ComposerDialog unquoted(*f.session, id);
        const QString text = child<QPlainTextEdit>(&unquoted, "bodyTextEdit")->toPlainText();
        CHECK(text.startsWith(QStringLiteral("Dear Jane Doe,\n")));
        CHECK_FALSE(text.contains(QStringLiteral("wrote:")));
        CHECK_FALSE(text.contains(QStringLiteral("> Our web server")));
    }
}

TEST_CASE("The composer warns when the TLP is lower than the ticket's, and not otherwise", "[ui][mail][composer]")
{
    SessionFixture f;
    const qint64 id = reportFrom(f, QStringLiteral("rita@isp.example.net"));
    REQUIRE(f.get(id).tlp == TlpLevel::Amber);
    ComposerDialog dialog(*f.session, id);
    dialog.show();
    auto* warning = child<QLabel>(&dialog, "tlpWarningLabel");
    CHECK(warning->isHidden());
    pickTlp(dialog, TlpLevel::Green);
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(QStringLiteral("TLP:GREEN")));
    CHECK(warning->text().contains(QStringLiteral("TLP:AMBER")));
    pickTlp(dialog, TlpLevel::Clear);
    CHECK(warning->text().contains(QStringLiteral("TLP:CLEAR")));
    pickTlp(dialog, TlpLevel::AmberStrict);
    CHECK(warning->isHidden());
    pickTlp(dialog, TlpLevel::Amber);
    CHECK(warning->isHidden());
    // A warning, not a block: a lower label still saves.
    pickTlp(dialog, TlpLevel::Green);
    TempDir out;
    dialog.setSavePathPrompt([&](QWidget*, const QString&) { return out.file(QStringLiteral("green.eml")); });
    dialog.saveAsEml();
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isComposing(); }, 120000));
    INFO(dialog.statusText().toStdString());
    CHECK_FALSE(dialog.hasError());
    CHECK(readAll(out.file(QStringLiteral("green.eml"))).contains("TLP:GREEN"));
}

TEST_CASE("The composer's errors clear when their cause is mended", "[ui][mail][composer]")
{
    SessionFixture f;
    const qint64 id = reportFrom(f, QStringLiteral("rita@isp.example.net"));
    ComposerDialog dialog(*f.session, id);
    dialog.show();
    auto* status = child<QLabel>(&dialog, "composerStatusLabel");
    dialog.setSavePathPrompt([](QWidget*, const QString&) { return QString(); });

    pickTlp(dialog, TlpLevel::Red);
    dialog.saveAsEml();
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isComposing(); }, 120000));
    REQUIRE(dialog.hasError());
    CHECK(status->text().contains(QStringLiteral("TLP:RED")));
    CHECK_FALSE(status->isHidden());
    pickTlp(dialog, TlpLevel::Amber);
    CHECK_FALSE(dialog.hasError());
    CHECK(status->isHidden());

    auto* to = child<QLineEdit>(&dialog, "toLineEdit");
    to->setText(QStringLiteral("not an address"));
    dialog.saveAsEml();
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isComposing(); }, 120000));
    REQUIRE(dialog.hasError());
    CHECK(status->text().contains(QStringLiteral("not an address")));
    // Another problem while mending it: the error shown follows what is wrong now.
    to->clear();
    CHECK(dialog.hasError());
    CHECK(status->text().contains(QStringLiteral("recipient")));
    to->setText(QStringLiteral("rita@isp.example.net"));
    CHECK_FALSE(dialog.hasError());
    CHECK(status->isHidden());
}

TEST_CASE("The composer never offers our own team as a recipient", "[ui][mail][composer]")
{
    SessionFixture f;
    const ChangeContext change{f.session->vault(), f.clock, QStringLiteral("alice")};
    Team us;
    us.shortName = QStringLiteral("CERT-XX");
    us.officialName = QStringLiteral("CERT XX");
    us.channels = {Channel{ChannelKind::Email, QStringLiteral("cert@xx.example.org"), ChannelUsage::Abuse, {}, false}};
    auto ourId = TeamStore(change).addTeam(us);
    REQUIRE(ourId);
    REQUIRE(OwnTeam(f.session->vault()).setTeam(*ourId));
    Team them;
    them.shortName = QStringLiteral("CERT-YY");
    them.officialName = QStringLiteral("CERT YY");
    them.channels = {
        Channel{ChannelKind::Email, QStringLiteral("abuse@yy.example.org"), ChannelUsage::Abuse, {}, false}};
    REQUIRE(TeamStore(change).addTeam(them));
    // An investigation whose correspondent is ourselves (a note to self) is not offered either.
    const qint64 incident = f.make(TicketKind::Incident, QStringLiteral("Botnet"));
    const qint64 investigation = f.make(TicketKind::Investigation, QStringLiteral("Ask"), incident);
    REQUIRE(f.session->editor().setField(investigation, QStringLiteral("reporter"),
                                         QStringLiteral("CERT XX <CERT@xx.example.org>")));

    ComposerDialog dialog(*f.session, incident);
    auto* recipient = child<QComboBox>(&dialog, "recipientComboBox");
    QStringList offered;
    for (int i = 0; i < recipient->count(); ++i)
        offered.append(recipient->itemText(i));
    INFO(offered.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(offered.size() == 1);
    CHECK(offered.first().contains(QStringLiteral("CERT-YY")));
    CHECK_FALSE(offered.join(QLatin1Char(' ')).contains(QStringLiteral("xx.example.org"), Qt::CaseInsensitive));
    CHECK(child<QLineEdit>(&dialog, "toLineEdit")->text() == QStringLiteral("abuse@yy.example.org"));
}

TEST_CASE("A reply saved from the ticket's composer shows in its correspondence at once", "[ui][mail][composer]")
{
    SessionFixture f;
    const qint64 id = reportFromMail(f);
    TicketView view;
    view.setSession(f.session.get());
    view.showTicket(id);
    CorrespondencePanel* correspondence = view.relations()->correspondence();
    REQUIRE(correspondence->messageCount() == 1);
    auto* sla = child<QLabel>(&view, "slaLabel");
    CHECK(sla->text().contains(QStringLiteral("First response due")));

    ComposerDialog* composer = view.writeMail();
    REQUIRE(composer);
    TempDir out;
    composer->setSavePathPrompt([&](QWidget*, const QString&) { return out.file(QStringLiteral("reply.eml")); });
    composer->saveAsEml();
    REQUIRE(QTest::qWaitFor([&]() { return !composer->isComposing(); }, 120000));
    INFO(composer->statusText().toStdString());
    // No reselecting, no refresh: the view follows the composer.
    CHECK(correspondence->messageCount() == 2);
    CHECK(sla->text().contains(QStringLiteral("Resolution due")));
    composer->close();
}

// Renders a reply with a lowered TLP and a recipient without a key: FB_SCREENSHOT=path test-ui
// "[.screenshot][composer]".
TEST_CASE("Composer reply screenshot", "[.screenshot][composer]")
{
    SessionFixture f;
    const qint64 id = reportFromMail(f);
    ComposerDialog dialog(*f.session, id);
    dialog.resize(900, 760);
    dialog.show();
    REQUIRE(QTest::qWaitFor([&]() { return dialog.keysKnown(); }, 120000));
    pickTlp(dialog, TlpLevel::Green);
    child<QLineEdit>(&dialog, "ccLineEdit")->setText(QStringLiteral("noc@isp.example.net"));
    QTest::qWait(20);
    CHECK(
        dialog.grab().save(qEnvironmentVariable("FB_SCREENSHOT", QDir::tempPath() + QStringLiteral("/composer.png"))));
}

TEST_CASE("A team key with a passphrase: the composer asks for it, and a wrong one or a cancel signs nothing",
          "[ui][mail][composer][passphrase]")
{
    SessionFixture f;
    GnupgHome home = makeHome();
    const QString fpr =
        generateKey(home, QStringLiteral("Team <cert@team.example.org>"), QStringLiteral("future-default"),
                    QStringLiteral("default"), QStringLiteral("0"), QStringLiteral("team key passphrase"));
    REQUIRE(OwnTeam(f.session->vault()).setSigningKey(fpr));
    const qint64 id = reportFrom(f, QStringLiteral("rita@isp.example.net"));
    ComposerDialog dialog(*f.session, id);
    dialog.show();
    REQUIRE(QTest::qWaitFor([&]() { return dialog.keysKnown(); }, 120000));
    REQUIRE(child<QCheckBox>(&dialog, "signCheckBox")->isChecked());
    const TempDir out;
    const QString file = out.file(QStringLiteral("reply.eml"));
    dialog.setSavePathPrompt([&file](QWidget*, const QString&) { return file; });
    pickTlp(dialog, TlpLevel::Green);

    QStringList asked;
    std::optional<QString> answer;
    KeyPassphrasePrompt::setAsk([&](QWidget* parent, const QString& key) -> std::optional<SecretBytes> {
        CHECK(parent == &dialog);
        asked.append(key);
        if (!answer)
            return std::nullopt;
        QString copy = *answer;
        return SecretBytes::takeUtf8(copy);
    });
    {
        UserHome user(home);
        const auto save = [&]() {
            dialog.saveAsEml();
            REQUIRE(QTest::qWaitFor([&]() { return !dialog.isComposing(); }, 120000));
            QThreadPool::globalInstance()->waitForDone();
        };
        // Cancelled: nothing is written.
        save();
        REQUIRE(asked.size() == 1);
        CHECK(asked.first().contains(QStringLiteral("cert@team.example.org")));
        CHECK_FALSE(QFileInfo::exists(file));
        CHECK_FALSE(dialog.statusText().contains(QStringLiteral("Saved to")));

        // Wrong: GnuPG refuses it, the status says so, nothing is written.
        answer = QStringLiteral("not the passphrase");
        save();
        INFO(dialog.statusText().toStdString());
        CHECK(dialog.statusText().contains(QStringLiteral("passphrase"), Qt::CaseInsensitive));
        CHECK_FALSE(QFileInfo::exists(file));

        // Right: signed.
        answer = QStringLiteral("team key passphrase");
        save();
        INFO(dialog.statusText().toStdString());
        CHECK(dialog.statusText().contains(QStringLiteral("Saved to")));
        CHECK(readAll(file).contains("Content-Type: multipart/signed"));
    }
    KeyPassphrasePrompt::setAsk({});
    home.shutDown();
}

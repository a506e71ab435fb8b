// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/FirstRunGuide.h"

#include "core/crypto/OpenPgp.h"
#include "core/directory/OwnTeam.h"
#include "core/directory/TeamReader.h"
#include "core/mail/MailStore.h"
#include "core/settings/FirstRun.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/UserGnupgHome.h"
#include "ui/firstrun/FirstRunKeyPage.h"
#include "ui/firstrun/FirstRunSlaPage.h"
#include "ui/firstrun/FirstRunTeamPage.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsPage.h"
#include "ui/start/StartDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

constexpr int kKdfTimeoutMs = 60000;
constexpr int kKeyTimeoutMs = 120000;
const QString kStrong = QStringLiteral("tangerine ferry quietly orbits granite");

// The guide the window shows, once its queued start has run; nullptr when none shows.
FirstRunGuide* shownGuide(MainWindow& window)
{
    QTest::qWait(50);
    QCoreApplication::processEvents();
    const QList<FirstRunGuide*> guides = window.findChildren<FirstRunGuide*>();
    for (FirstRunGuide* guide : guides) {
        if (guide->isVisible())
            return guide;
    }
    return nullptr;
}

void typeInto(QWidget* root, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(root, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWizard& guide, QWizard::WizardButton which)
{
    QAbstractButton* button = guide.button(which);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    button->click();
}

// Waits for the key page's listing, import or creation to end.
void waitForKeys(FirstRunKeyPage* page, int timeoutMs = kKeyTimeoutMs)
{
    REQUIRE(QTest::qWaitFor([&]() { return !page->isWorking(); }, timeoutMs));
}

bool selectKey(FirstRunKeyPage* page, const QString& fingerprint)
{
    auto* keys = child<QComboBox>(page, "signingKeyComboBox");
    const int index = keys->findData(fingerprint);
    keys->setCurrentIndex(index);
    return index > 0;
}

// The key step lists the user's GnuPG home: a test that does not bring its own gets an empty sealed one, so that no
// test reads the home of whoever runs it.
struct SealedUserHome
{
    GnupgHome home = makeHome();
    UserHome user{home};
};

int slaRows(SessionFixture& f)
{
    return int(f.session->tickets().history().forFieldPrefix(QStringLiteral("policy")).value().size());
}

} // namespace

TEST_CASE("The guide opens after a workspace is created, never after opening one or the demo", "[ui][firstrun]")
{
    const SealedUserHome sealed;
    TempDir dir;
    TestSettings s(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString path = dir.file(QStringLiteral("new.firebreak"));
    {
        StartDialog start(s.settings, [](Vault&) { return Status(); });
        start.show();
        child<QPushButton>(&start, "newWorkspaceButton")->click();
        QTest::keyClicks(child<QLineEdit>(&start, "newPathLineEdit"), path);
        QTest::keyClicks(child<QLineEdit>(&start, "newPassphraseLineEdit"), kStrong);
        QTest::keyClicks(child<QLineEdit>(&start, "repeatPassphraseLineEdit"), kStrong);
        QSignalSpy accepted(&start, &QDialog::accepted);
        child<QPushButton>(&start, "createButton")->click();
        REQUIRE(accepted.wait(kKdfTimeoutMs));
        MainWindow window(s.settings, clock, QStringLiteral("alice"));
        window.setWorkspace(start.takeVault());
        window.show();
        FirstRunGuide* guide = shownGuide(window);
        REQUIRE(guide);
        CHECK(guide->currentId() == FirstRunGuide::TeamPage);
        CHECK(guide->isModal());

        SECTION("locking closes it unsaved, and unlocking brings it back")
        {
            window.lock();
            CHECK(shownGuide(window) == nullptr);
            QString passphrase = kStrong;
            auto vault = Vault::open(path, SecretBytes::takeUtf8(passphrase));
            REQUIRE(vault);
            CHECK(FirstRun::isPending(**vault).value());
            window.setWorkspace(std::move(*vault));
            guide = shownGuide(window);
            REQUIRE(guide);
        }
        // Esc: skip all, and done.
        QTest::keyClick(guide, Qt::Key_Escape);
        CHECK(shownGuide(window) == nullptr);
        CHECK_FALSE(FirstRun::isPending(window.session()->vault()).value());
        CHECK_FALSE(OwnTeam(window.session()->vault()).team().value().has_value());
    }
    SECTION("opened again, the workspace does not show it")
    {
        StartDialog start(s.settings, [](Vault&) { return Status(); });
        start.show();
        child<QLineEdit>(&start, "pathLineEdit")->setText(path);
        QTest::keyClicks(child<QLineEdit>(&start, "passphraseLineEdit"), kStrong);
        QSignalSpy accepted(&start, &QDialog::accepted);
        child<QPushButton>(&start, "openButton")->click();
        REQUIRE(accepted.wait(kKdfTimeoutMs));
        MainWindow window(s.settings, clock, QStringLiteral("alice"));
        window.setWorkspace(start.takeVault());
        window.show();
        CHECK(shownGuide(window) == nullptr);
        SECTION("but Settings runs it on request")
        {
            child<QPushButton>(window.settingsPage(), "firstRunGuidePushButton")->click();
            CHECK(shownGuide(window) != nullptr);
        }
    }
    SECTION("the demo workspace does not show it")
    {
        QFile::remove(StartDialog::demoPath());
        StartDialog start(s.settings, [](Vault&) { return Status(); });
        start.show();
        QSignalSpy accepted(&start, &QDialog::accepted);
        start.openDemo(SecretBytes("demo", 4));
        REQUIRE(accepted.wait(kKdfTimeoutMs));
        MainWindow window(s.settings, clock, QStringLiteral("alice"));
        window.setWorkspace(start.takeVault());
        window.show();
        CHECK(shownGuide(window) == nullptr);
        window.close();
        QFile::remove(StartDialog::demoPath());
    }
    SECTION("a workspace made elsewhere (the command line, a test) does not show it")
    {
        auto vault = Vault::create(dir.file(QStringLiteral("other.firebreak")), SecretBytes("test", 4));
        REQUIRE(vault);
        MainWindow window(s.settings, clock, QStringLiteral("alice"));
        window.setWorkspace(std::move(*vault));
        window.show();
        CHECK(shownGuide(window) == nullptr);
    }
}

TEST_CASE("The team page makes our team, from the keyboard, and the other steps skipped stay untouched",
          "[ui][firstrun]")
{
    const SealedUserHome sealed;
    SessionFixture f;
    FirstRunGuide guide(*f.session);
    guide.show();
    guide.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&guide));
    FirstRunTeamPage* team = guide.teamPage();
    CHECK(child<QLineEdit>(team, "subjectTagLineEdit")->text() == QStringLiteral("FIREBREAK")); // what is stored
    typeInto(team, "teamNameLineEdit", QStringLiteral("CERT-X"));
    typeInto(team, "teamEmailLineEdit", QStringLiteral("cert.example.org"));
    typeInto(team, "subjectTagLineEdit", QStringLiteral("[CERT-X #%1]"));
    auto* example = child<QLabel>(team, "subjectTagExampleLabel");
    CHECK(example->text().contains(QStringLiteral("without '['"))); // the tag alone, said while typing
    typeInto(team, "subjectTagLineEdit", QStringLiteral("CERT-X"));
    CHECK(example->text() == QStringLiteral("Subjects will read “[CERT-X #123] …”."));
    auto* error = child<QLabel>(team, "teamErrorLabel");

    // Enter advances, but not past a wrong address: the error shows there, and nothing typed is lost.
    QTest::keyClick(child<QLineEdit>(team, "subjectTagLineEdit"), Qt::Key_Return);
    CHECK(guide.currentId() == FirstRunGuide::TeamPage);
    CHECK(error->text().contains(QStringLiteral("e-mail"), Qt::CaseInsensitive));
    CHECK(child<QLineEdit>(team, "teamEmailLineEdit")->hasFocus());
    CHECK(child<QLineEdit>(team, "teamNameLineEdit")->text() == QStringLiteral("CERT-X"));
    typeInto(team, "teamEmailLineEdit", QStringLiteral("cert@example.org"));
    CHECK(error->text().isEmpty()); // fixed: gone

    QTest::keyClick(child<QLineEdit>(team, "teamEmailLineEdit"), Qt::Key_Return);
    REQUIRE(guide.currentId() == FirstRunGuide::KeyPage);
    // A new key would be named as the team.
    CHECK(child<QLineEdit>(guide.keyPage(), "keyNameLineEdit")->text() == QStringLiteral("CERT-X"));
    CHECK(child<QLineEdit>(guide.keyPage(), "keyEmailLineEdit")->text() == QStringLiteral("cert@example.org"));
    waitForKeys(guide.keyPage());
    click(guide, QWizard::CustomButton1); // skip the key
    REQUIRE(guide.currentId() == FirstRunGuide::SlaPage);
    QSignalSpy finished(&guide, &QDialog::finished);
    click(guide, QWizard::CustomButton1); // skip the SLA: the last step, so the guide finishes
    REQUIRE(finished.count() == 1);
    CHECK(guide.result() == QDialog::Accepted);

    auto ours = OwnTeam(f.session->vault()).team();
    REQUIRE(ours);
    REQUIRE(ours->has_value());
    CHECK((*ours)->officialName == QStringLiteral("CERT-X"));
    CHECK((*ours)->channels.value(0).value == QStringLiteral("cert@example.org"));
    CHECK(MailStore(f.session->vault()).subjectTag().value() == QStringLiteral("CERT-X"));
    CHECK(OwnTeam(f.session->vault()).chosenSigningKey().value().isEmpty());
    CHECK(slaRows(f) == 0);
    CHECK(f.session->sla().slaPolicy().value().targets(1).responseMinutes ==
          SlaPolicy::defaults().targets(1).responseMinutes);
    CHECK_FALSE(FirstRun::isPending(f.session->vault()).value());
}

TEST_CASE("Skipping every step changes nothing but marks the guide done", "[ui][firstrun]")
{
    const SealedUserHome sealed;
    SessionFixture f;
    REQUIRE(FirstRun::markPending(f.session->vault()));
    FirstRunGuide guide(*f.session);
    guide.show();
    typeInto(guide.teamPage(), "teamNameLineEdit", QStringLiteral("Typed but skipped"));
    click(guide, QWizard::CustomButton1);
    waitForKeys(guide.keyPage());
    click(guide, QWizard::CustomButton1);
    child<QDoubleSpinBox>(guide.slaPage(), "responseHours1DoubleSpinBox")->setValue(0.5);
    click(guide, QWizard::CustomButton1);
    CHECK(guide.result() == QDialog::Accepted);
    CHECK_FALSE(OwnTeam(f.session->vault()).team().value().has_value());
    CHECK(TeamReader(f.session->vault()).teams().value().isEmpty());
    CHECK(MailStore(f.session->vault()).subjectTag().value() == QStringLiteral("FIREBREAK"));
    CHECK(OwnTeam(f.session->vault()).chosenSigningKey().value().isEmpty());
    CHECK(slaRows(f) == 0);
    CHECK_FALSE(FirstRun::isPending(f.session->vault()).value());
}

TEST_CASE("The SLA page starts from the policy and changes it with a history row", "[ui][firstrun]")
{
    const SealedUserHome sealed;
    SessionFixture f;
    SlaPolicy start = SlaPolicy::defaults();
    start.setTargets(4, SlaTargets{2 * 24 * 60, 20 * 24 * 60});
    REQUIRE(f.session->sla().setSlaPolicy(start));
    const int before = slaRows(f);
    FirstRunGuide guide(*f.session);
    guide.show();
    click(guide, QWizard::CustomButton1);
    waitForKeys(guide.keyPage());
    click(guide, QWizard::CustomButton1);
    FirstRunSlaPage* sla = guide.slaPage();
    CHECK(child<QDoubleSpinBox>(sla, "responseHours4DoubleSpinBox")->value() == 48.0); // prefilled
    auto* response = child<QDoubleSpinBox>(sla, "responseHours1DoubleSpinBox");
    auto* resolve = child<QDoubleSpinBox>(sla, "resolveHours1DoubleSpinBox");
    // A response due after the resolution is refused on the page, and the message goes when it is fixed.
    response->setValue(30);
    resolve->setValue(10);
    click(guide, QWizard::FinishButton);
    CHECK(guide.isVisible());
    auto* error = child<QLabel>(sla, "slaErrorLabel");
    CHECK(error->text().contains(QStringLiteral("first response")));
    response->setValue(0.5);
    CHECK(error->text().isEmpty());
    click(guide, QWizard::FinishButton);
    CHECK(guide.result() == QDialog::Accepted);
    const SlaPolicy now = f.session->sla().slaPolicy().value();
    CHECK(now.targets(1).responseMinutes == 30);
    CHECK(now.targets(1).resolveMinutes == 10 * 60);
    CHECK(now.targets(4).responseMinutes == 2 * 24 * 60);
    CHECK(slaRows(f) == before + 1);
    CHECK_FALSE(OwnTeam(f.session->vault()).team().value().has_value()); // the team page was skipped
}

TEST_CASE("The key page sets a key of the GnuPG home as our signing key, linked to our team", "[ui][firstrun][gpg]")
{
    SessionFixture f;
    GnupgHome home = makeHome();
    const QString first = generateKey(home, QStringLiteral("Someone Else <else@example.org>"));
    const QString ours = generateKey(home, QStringLiteral("CERT-X <cert@example.org>"));
    const UserHome user(home);
    FirstRunGuide guide(*f.session);
    guide.show();
    typeInto(guide.teamPage(), "teamNameLineEdit", QStringLiteral("CERT-X"));
    typeInto(guide.teamPage(), "teamEmailLineEdit", QStringLiteral("cert@example.org"));
    typeInto(guide.teamPage(), "subjectTagLineEdit", QStringLiteral("CERT-X"));
    click(guide, QWizard::NextButton);
    FirstRunKeyPage* key = guide.keyPage();
    waitForKeys(key);
    CHECK(child<QComboBox>(key, "signingKeyComboBox")->count() == 3); // "Choose a key" and the two
    // Next without a key: said on the page.
    click(guide, QWizard::NextButton);
    CHECK(guide.currentId() == FirstRunGuide::KeyPage);
    CHECK_FALSE(child<QLabel>(key, "keyErrorLabel")->text().isEmpty());
    REQUIRE(selectKey(key, ours));
    CHECK(child<QLabel>(key, "keyErrorLabel")->text().isEmpty());
    click(guide, QWizard::NextButton);
    click(guide, QWizard::FinishButton);
    CHECK(guide.result() == QDialog::Accepted);
    CHECK(OwnTeam(f.session->vault()).chosenSigningKey().value() == ours);
    auto team = OwnTeam(f.session->vault()).team().value();
    REQUIRE(team.has_value());
    CHECK(team->keyFingerprints == QStringList{ours});
    CHECK_FALSE(team->keyFingerprints.contains(first));
}

TEST_CASE("With a single key in the GnuPG home, the key page offers it chosen", "[ui][firstrun][gpg]")
{
    SessionFixture f;
    GnupgHome home = makeHome();
    const QString only = generateKey(home, QStringLiteral("CERT-X <cert@example.org>"));
    const UserHome user(home);
    FirstRunGuide guide(*f.session);
    guide.show();
    click(guide, QWizard::CustomButton1);
    waitForKeys(guide.keyPage());
    CHECK(guide.keyPage()->chosenKey() == only);
    click(guide, QWizard::CustomButton1); // skipped: not set all the same
    click(guide, QWizard::CustomButton1);
    CHECK(guide.result() == QDialog::Accepted);
    CHECK(OwnTeam(f.session->vault()).chosenSigningKey().value().isEmpty());
}

TEST_CASE("The key page imports a secret key from a file and chooses it, and refuses a public key alone",
          "[ui][firstrun][gpg]")
{
    SessionFixture f;
    TempDir files;
    GnupgHome elsewhere = makeHome();
    const QString fpr = generateKey(elsewhere, QStringLiteral("CERT-X <cert@example.org>"));
    const QString secretFile = files.file(QStringLiteral("team-secret.asc"));
    const QString publicFile = files.file(QStringLiteral("team-public.asc"));
    const GpgRun secretKey =
        gpg(elsewhere, {QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"), QStringLiteral("--passphrase"),
                        QString(), QStringLiteral("--armor"), QStringLiteral("--export-secret-keys"), fpr});
    REQUIRE(secretKey.exitCode == 0);
    writeAll(secretFile, secretKey.out);
    writeAll(publicFile, gpg(elsewhere, {QStringLiteral("--armor"), QStringLiteral("--export"), fpr}).out);

    GnupgHome home = makeHome();
    const UserHome user(home);
    FirstRunGuide guide(*f.session);
    QString answer;
    guide.setKeyFilePrompt([&answer](QWidget*) { return answer; });
    guide.show();
    click(guide, QWizard::CustomButton1);
    FirstRunKeyPage* key = guide.keyPage();
    waitForKeys(key);
    CHECK(key->chosenKey().isEmpty());

    answer = publicFile;
    child<QPushButton>(key, "importKeyPushButton")->click();
    waitForKeys(key);
    CHECK(child<QLabel>(key, "keyErrorLabel")->text().contains(QStringLiteral("no secret key")));
    CHECK(key->chosenKey().isEmpty());

    answer = secretFile;
    child<QPushButton>(key, "importKeyPushButton")->click();
    REQUIRE(QTest::qWaitFor([&]() { return key->chosenKey() == fpr; }, kKeyTimeoutMs));
    waitForKeys(key);
    CHECK(child<QLabel>(key, "keyErrorLabel")->text().isEmpty());
    click(guide, QWizard::NextButton);
    click(guide, QWizard::CustomButton1); // SLA skipped: finish
    CHECK(guide.result() == QDialog::Accepted);
    CHECK(OwnTeam(f.session->vault()).chosenSigningKey().value() == fpr);
}

TEST_CASE("The key page creates a new key as a job, and it signs for us", "[ui][firstrun][gpg]")
{
    SessionFixture f;
    GnupgHome home = makeHome();
    const UserHome user(home);
    FirstRunGuide guide(*f.session);
    guide.show();
    click(guide, QWizard::CustomButton1); // the team stays as it is
    FirstRunKeyPage* key = guide.keyPage();
    waitForKeys(key);
    CHECK(key->chosenKey().isEmpty()); // an empty home: nothing to choose
    typeInto(key, "keyNameLineEdit", QStringLiteral("CERT-X"));
    typeInto(key, "keyEmailLineEdit", QStringLiteral("cert@example.org"));

    SECTION("a weak passphrase is refused on the page")
    {
        typeInto(key, "newPassphraseLineEdit", QStringLiteral("secret"));
        typeInto(key, "repeatPassphraseLineEdit", QStringLiteral("secret"));
        child<QPushButton>(key, "createKeyPushButton")->click();
        CHECK_FALSE(key->isWorking());
        CHECK(child<QLabel>(key, "keyErrorLabel")->text().contains(QStringLiteral("too easy")));
        CHECK(child<QLineEdit>(key, "keyNameLineEdit")->text() == QStringLiteral("CERT-X"));
    }
    SECTION("a wrong address is refused on the page")
    {
        typeInto(key, "keyEmailLineEdit", QStringLiteral("cert"));
        typeInto(key, "newPassphraseLineEdit", kStrong);
        typeInto(key, "repeatPassphraseLineEdit", kStrong);
        child<QPushButton>(key, "createKeyPushButton")->click();
        CHECK_FALSE(key->isWorking());
        CHECK(child<QLabel>(key, "keyErrorLabel")->text().contains(QStringLiteral("e-mail")));
        CHECK(child<QLineEdit>(key, "newPassphraseLineEdit")->text() == kStrong); // nothing typed is lost
    }
    SECTION("a good one makes the key, chosen at once")
    {
        typeInto(key, "newPassphraseLineEdit", kStrong);
        typeInto(key, "repeatPassphraseLineEdit", kStrong);
        QSignalSpy ended(key, &FirstRunKeyPage::workFinished);
        child<QPushButton>(key, "createKeyPushButton")->click();
        CHECK(key->isWorking());
        CHECK(child<QPushButton>(key, "cancelKeyPushButton")->isVisible());
        CHECK(child<QLineEdit>(key, "newPassphraseLineEdit")->text().isEmpty()); // taken into wiped memory
        REQUIRE(QTest::qWaitFor([&]() { return ended.count() >= 1 && !key->isWorking(); }, kKeyTimeoutMs));
        INFO(child<QLabel>(key, "keyErrorLabel")->text().toStdString());
        const QString made = key->chosenKey();
        REQUIRE(made.size() == 40);
        CHECK(child<QLabel>(key, "keyStatusLabel")->text().contains(QStringLiteral("CERT-X <cert@example.org>")));
        click(guide, QWizard::NextButton);
        click(guide, QWizard::FinishButton);
        CHECK(guide.result() == QDialog::Accepted);
        CHECK(OwnTeam(f.session->vault()).chosenSigningKey().value() == made);
        auto info = OpenPgp(home).key(made);
        REQUIRE(info);
        CHECK(info->userIds == QStringList{QStringLiteral("CERT-X <cert@example.org>")});
        CHECK(info->hasSecret);
        CHECK(info->canSign);
    }
}

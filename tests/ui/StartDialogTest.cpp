// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/StartDialog.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/start/PassphraseStrength.h"

#include <QFileInfo>
#include <QLabel>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

constexpr int kKdfTimeoutMs = 60000;
const QString kStrong = QStringLiteral("tangerine ferry quietly orbits granite");

} // namespace

TEST_CASE("A workspace is created through the start dialog", "[ui][start]")
{
    TempDir dir;
    TestSettings s(dir);
    StartDialog dialog(s.settings, {});
    dialog.show();
    child<QPushButton>(&dialog, "newWorkspaceButton")->click();
    const QString path = dir.file(QStringLiteral("new"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "newPathLineEdit"), path);

    SECTION("a very weak passphrase is refused")
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPassphraseLineEdit"), QStringLiteral("password1"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatPassphraseLineEdit"), QStringLiteral("password1"));
        CHECK(child<QLabel>(&dialog, "strengthLabel")->text().startsWith(QStringLiteral("Very weak")));
        child<QPushButton>(&dialog, "createButton")->click();
        CHECK(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("too easy to guess")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".firebreak")));
    }
    SECTION("different passphrases are refused")
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPassphraseLineEdit"), kStrong);
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatPassphraseLineEdit"), kStrong + QStringLiteral("x"));
        child<QPushButton>(&dialog, "createButton")->click();
        CHECK(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("differ")));
    }
    SECTION("a strong one creates and opens the workspace, off the GUI thread")
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPassphraseLineEdit"), kStrong);
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatPassphraseLineEdit"), kStrong);
        CHECK(PassphraseStrength::evaluate(kStrong).acceptable());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        child<QPushButton>(&dialog, "createButton")->click();
        // The click returns at once; the busy bar shows while the KDF runs.
        CHECK(child<QWidget>(&dialog, "busyProgressBar")->isVisible());
        REQUIRE(accepted.wait(kKdfTimeoutMs));
        auto vault = dialog.takeVault();
        REQUIRE(vault);
        CHECK(vault->path() == path + QStringLiteral(".firebreak"));
        CHECK(s.settings.value(QStringLiteral("workspaces/recent")).toStringList().first() == vault->path());
    }
}

TEST_CASE("Creating a workspace works from the keyboard, and its checks are live", "[ui][start]")
{
    TempDir dir;
    TestSettings s(dir);
    StartDialog dialog(s.settings, {});
    dialog.show();
    child<QPushButton>(&dialog, "newWorkspaceButton")->click();
    auto* path = child<QLineEdit>(&dialog, "newPathLineEdit");
    auto* passphrase = child<QLineEdit>(&dialog, "newPassphraseLineEdit");
    auto* repeat = child<QLineEdit>(&dialog, "repeatPassphraseLineEdit");
    auto* match = child<QLabel>(&dialog, "passphraseMatchLabel");
    auto* message = child<QLabel>(&dialog, "messageLabel");

    // Tab goes passphrase → repeat → Create; Create is the default button here.
    CHECK(passphrase->nextInFocusChain() == repeat);
    CHECK(repeat->nextInFocusChain() == child<QPushButton>(&dialog, "createButton"));
    CHECK(child<QPushButton>(&dialog, "createButton")->isDefault());

    // Enter with no file says so; typing the name clears the message.
    QTest::keyClick(path, Qt::Key_Return);
    CHECK(message->text().contains(QStringLiteral("Choose where")));
    CHECK(message->isVisibleTo(&dialog));
    QTest::keyClicks(path, dir.file(QStringLiteral("keys")));
    CHECK_FALSE(message->isVisibleTo(&dialog));

    // The mismatch check while typing the repeat.
    QTest::keyClicks(passphrase, kStrong);
    CHECK(match->text().isEmpty());
    QTest::keyClicks(repeat, kStrong.left(5));
    CHECK(match->text().contains(QStringLiteral("Keep typing")));
    QTest::keyClicks(repeat, QStringLiteral("X"));
    CHECK(match->text().contains(QStringLiteral("differ")));
    QTest::keyClick(repeat, Qt::Key_Return);
    CHECK(message->text().contains(QStringLiteral("differ")));
    CHECK(message->isVisibleTo(&dialog));
    QTest::keyClick(repeat, Qt::Key_Backspace);
    CHECK_FALSE(message->isVisibleTo(&dialog)); // the stale refusal goes with its cause
    QTest::keyClicks(repeat, kStrong.mid(5));
    CHECK(match->text() == QStringLiteral("The passphrases match."));

    // Enter in the repeat field creates.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(repeat, Qt::Key_Return);
    REQUIRE(accepted.wait(kKdfTimeoutMs));
    CHECK(dialog.takeVault());
}

TEST_CASE("A wrong passphrase says so and the user can retry", "[ui][start]")
{
    TempDir dir;
    TestSettings s(dir);
    const QString path = dir.file(QStringLiteral("w.firebreak"));
    REQUIRE(Vault::create(path, SecretBytes("right passphrase", 16)));
    StartDialog::rememberRecent(s.settings, path);
    StartDialog dialog(s.settings, {});
    dialog.show();
    CHECK(child<QListWidget>(&dialog, "recentListWidget")->count() == 1);
    CHECK(child<QLineEdit>(&dialog, "pathLineEdit")->text() == path);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto* passphrase = child<QLineEdit>(&dialog, "passphraseLineEdit");
    auto* message = child<QLabel>(&dialog, "messageLabel");
    QTest::keyClicks(passphrase, QStringLiteral("wrong passphrase"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&]() { return message->isVisible(); }, kKdfTimeoutMs));
    CHECK(message->text().contains(QStringLiteral("Wrong passphrase")));
    CHECK(accepted.isEmpty());
    CHECK(passphrase->isEnabled());
    CHECK(passphrase->text().isEmpty());

    QTest::keyClicks(passphrase, QStringLiteral("right passphrase"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(accepted.wait(kKdfTimeoutMs));
    CHECK(dialog.takeVault());
}

TEST_CASE("The demo button says plainly when no demo generator is built in", "[ui][start]")
{
    TempDir dir;
    TestSettings s(dir);
    StartDialog dialog(s.settings, {});
    dialog.show();
    child<QPushButton>(&dialog, "demoButton")->click();
    auto* message = child<QLabel>(&dialog, "messageLabel");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("not available")));
}

TEST_CASE("A workspace opened from the file manager asks for its passphrase at once", "[ui][start]")
{
    TempDir dir;
    TestSettings s(dir);
    const QString recent = dir.file(QStringLiteral("recent.firebreak"));
    const QString opened = dir.file(QStringLiteral("opened.firebreak"));
    REQUIRE(Vault::create(recent, SecretBytes("recent passphrase", 17)));
    REQUIRE(Vault::create(opened, SecretBytes("opened passphrase", 17)));
    StartDialog::rememberRecent(s.settings, recent);
    StartDialog dialog(s.settings, {});
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    dialog.selectWorkspace(opened); // what `firebreak opened.firebreak` does
    auto* passphrase = child<QLineEdit>(&dialog, "passphraseLineEdit");
    CHECK(child<QLineEdit>(&dialog, "pathLineEdit")->text() == opened);
    CHECK(passphrase->hasFocus());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClicks(passphrase, QStringLiteral("opened passphrase"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(accepted.wait(kKdfTimeoutMs));
    auto vault = dialog.takeVault();
    REQUIRE(vault);
    CHECK(vault->path() == opened);
}

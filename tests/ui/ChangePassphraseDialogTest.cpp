// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/ChangePassphraseDialog.h"

#include "tests/ui/UiTestSupport.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

constexpr int kJobTimeoutMs = 60000;
const QString kOld = QStringLiteral("copper lantern drifts over seven quiet hills");
const QString kNew = QStringLiteral("tangerine ferry quietly orbits granite");

SecretBytes secret(const QString& text)
{
    QString copy = text;
    return SecretBytes::takeUtf8(copy);
}

// A window's side of the dialog: it hands its Vault over and takes it back.
struct Holder
{
    std::unique_ptr<Vault> vault;
    int taken = 0;
    int given = 0;
    ChangePassphraseDialog::TakeVault take()
    {
        return [this]() {
            ++taken;
            return std::move(vault);
        };
    }
    ChangePassphraseDialog::GiveBackVault giveBack()
    {
        return [this](std::unique_ptr<Vault> back) {
            ++given;
            vault = std::move(back);
        };
    }
};

void type(ChangePassphraseDialog& dialog, const QString& current, const QString& next, const QString& repeat)
{
    QTest::keyClicks(child<QLineEdit>(&dialog, "currentPassphraseLineEdit"), current);
    QTest::keyClicks(child<QLineEdit>(&dialog, "newPassphraseLineEdit"), next);
    QTest::keyClicks(child<QLineEdit>(&dialog, "repeatPassphraseLineEdit"), repeat);
}

} // namespace

TEST_CASE("The passphrase is changed from the GUI off the GUI thread, and the workspace comes back", "[ui][passphrase]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("p.firebreak"));
    Holder holder;
    auto created = Vault::create(path, secret(kOld));
    REQUIRE(created);
    holder.vault = std::move(*created);
    REQUIRE(holder.vault->execScript("INSERT INTO settings (key, value) VALUES ('kept', 'yes')"));

    ChangePassphraseDialog dialog(holder.take(), holder.giveBack());
    dialog.show();

    SECTION("with the right current passphrase the file is re-keyed and the same Vault reads on")
    {
        type(dialog, kOld, kNew, kNew);
        QSignalSpy changed(&dialog, &ChangePassphraseDialog::changed);
        child<QPushButton>(&dialog, "changeButton")->click();
        CHECK(dialog.isBusy());
        CHECK(child<QWidget>(&dialog, "busyProgressBar")->isVisible());
        dialog.reject(); // refused while the file is re-encrypted
        CHECK(dialog.isVisible());
        REQUIRE(changed.wait(kJobTimeoutMs));
        REQUIRE(holder.vault);
        CHECK(holder.taken == 1);
        CHECK(holder.given == 1);
        CHECK(*holder.vault->pragmaInt("SELECT count(*) FROM settings WHERE key = 'kept'") == 1);
        holder.vault.reset();
        CHECK(Vault::open(path, secret(kNew)));
        CHECK(Vault::open(path, secret(kOld)).error().code == ErrorCode::WrongPassphrase);
        CHECK(child<QLineEdit>(&dialog, "newPassphraseLineEdit")->text().isEmpty());
    }
    SECTION("a wrong current passphrase changes nothing and gives the workspace back")
    {
        type(dialog, QStringLiteral("not the passphrase at all"), kNew, kNew);
        child<QPushButton>(&dialog, "changeButton")->click();
        REQUIRE(QTest::qWaitFor([&]() { return !dialog.isBusy(); }, kJobTimeoutMs));
        CHECK(holder.given == 1);
        REQUIRE(holder.vault);
        CHECK(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("current passphrase")));
        holder.vault.reset();
        CHECK(Vault::open(path, secret(kOld)));
    }
    SECTION("new passphrases that differ or are weak are refused before anything is taken")
    {
        type(dialog, kOld, kNew, kNew + QStringLiteral("x"));
        child<QPushButton>(&dialog, "changeButton")->click();
        CHECK(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("differ")));
        child<QLineEdit>(&dialog, "newPassphraseLineEdit")->setText(QStringLiteral("password1"));
        child<QLineEdit>(&dialog, "repeatPassphraseLineEdit")->setText(QStringLiteral("password1"));
        child<QPushButton>(&dialog, "changeButton")->click();
        CHECK(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("too easy to guess")));
        CHECK(holder.taken == 0);
        CHECK_FALSE(dialog.isBusy());
    }
}

// Renders the dialog for a look: FB_SCREENSHOT=path test-ui "[.screenshot][passphrase]".
TEST_CASE("Change passphrase dialog screenshot", "[.screenshot][passphrase]")
{
    Holder holder;
    ChangePassphraseDialog dialog(holder.take(), holder.giveBack());
    type(dialog, QStringLiteral("current"), kNew, kNew);
    dialog.show();
    QTest::qWait(50);
    CHECK(dialog.grab().save(
        qEnvironmentVariable("FB_SCREENSHOT", QDir::tempPath() + QStringLiteral("/change-passphrase.png"))));
}

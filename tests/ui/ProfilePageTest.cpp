// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/KeyInfo.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/OwnTeam.h"
#include "core/profile/ProfileRenderer.h"
#include "core/profile/ProfileStore.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/profile/ProfileFixture.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/UserGnupgHome.h"
#include "ui/profile/ProfilePage.h"
#include "ui/profile/ProfilePublishDialog.h"
#include "ui/profile/ProfilePublishJob.h"
#include "ui/profile/ProfileTranslationDialog.h"
#include "ui/profile/ProfileVersionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QThreadPool>

using namespace fb;
using namespace fb::test;

namespace {

ProfileStore storeOf(SessionFixture& f)
{
    return ProfileStore(ChangeContext{f.session->vault(), f.clock, QStringLiteral("alice")});
}

QString editedText(ProfilePage& page)
{
    return child<QPlainTextEdit>(&page, "previewTextEdit")->toPlainText();
}

QListWidgetItem* findingIn(ProfilePage& page, const QString& section)
{
    auto* list = child<QListWidget>(&page, "lintList");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(QStringLiteral(" %1: ").arg(section)))
            return list->item(i);
    return nullptr;
}

} // namespace

TEST_CASE("Editing a profile section updates the preview and saves the draft", "[ui][profile]")
{
    SessionFixture f;
    REQUIRE(storeOf(f).saveDraft(sampleProfile()));
    ProfilePage page;
    page.setSession(f.session.get());
    page.show();
    REQUIRE(QTest::qWaitFor([&]() { return !page.isCheckingKey(); }, 120000));
    CHECK(editedText(page).contains(QStringLiteral("CERT-XX helps the public sector")));

    REQUIRE(page.selectSection(QStringLiteral("3.1")));
    CHECK(child<QLabel>(&page, "sectionTitleLabel")->text().startsWith(QStringLiteral("3.1")));
    auto* editor = child<QPlainTextEdit>(&page, "sectionEdit");
    CHECK(editor->toPlainText().startsWith(QStringLiteral("CERT-XX helps")));
    editor->setPlainText(QStringLiteral("CERT-XX protects the schools of Example Land."));
    CHECK(page.isDirty());
    CHECK(child<QPushButton>(&page, "saveButton")->isEnabled());
    // The preview follows after a short typing pause.
    REQUIRE(QTest::qWaitFor([&]() { return editedText(page).contains(QStringLiteral("CERT-XX protects the schools")); },
                            5000));
    CHECK_FALSE(editedText(page).contains(QStringLiteral("CERT-XX helps the public sector")));

    child<QPushButton>(&page, "saveButton")->click();
    CHECK_FALSE(page.isDirty());
    auto stored = storeOf(f).draft();
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->sectionText(QStringLiteral("3.1")) ==
          QStringLiteral("CERT-XX protects the schools of Example Land."));

    SECTION("another section shows its own text")
    {
        REQUIRE(page.selectSection(QStringLiteral("2.1")));
        CHECK(editor->toPlainText() == QStringLiteral("CERT-XX, the Computer Emergency Response Team of Example Land"));
    }
    SECTION("without a marked team, filling from the directory says why and changes nothing")
    {
        CHECK_FALSE(page.fillFromDirectory());
        CHECK(page.message().contains(QStringLiteral("No directory entry")));
        CHECK_FALSE(page.isDirty());
    }
}

TEST_CASE("A lint error blocks signing and its finding selects the section at fault", "[ui][profile]")
{
    SessionFixture f;
    f.clock.set(QDateTime::currentDateTimeUtc()); // the key is made now
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, QStringLiteral("CERT-XX <cert@cert-xx.example.org>"));
    REQUIRE(OwnTeam(f.session->vault()).setSigningKey(fpr));
    REQUIRE(storeOf(f).saveDraft(sampleProfile(fpr)));

    ProfilePage page;
    auto* publish = child<QPushButton>(&page, "publishButton");
    {
        const UserHome user(home);
        page.setSession(f.session.get());
        page.show();
        REQUIRE(QTest::qWaitFor([&]() { return !page.isCheckingKey(); }, 120000));
    }
    INFO(page.message().toStdString());
    for (const LintFinding& finding : page.findings())
        INFO(finding.field.toStdString() << ": " << finding.message.toStdString());
    CHECK_FALSE(hasLintErrors(page.findings()));
    CHECK(publish->isEnabled());

    REQUIRE(page.selectSection(QStringLiteral("3.1")));
    child<QPlainTextEdit>(&page, "sectionEdit")->clear();
    page.refreshPreview();
    CHECK(hasLintErrors(page.findings()));
    CHECK_FALSE(publish->isEnabled());
    CHECK(publish->toolTip().contains(QStringLiteral("errors block signing")));
    const TempDir out;
    CHECK_FALSE(page.publishTo(out.path()));
    CHECK(QDir(out.path()).isEmpty());

    QListWidgetItem* finding = findingIn(page, QStringLiteral("3.1"));
    REQUIRE(finding != nullptr);
    CHECK(finding->text().startsWith(QStringLiteral("Error in 3.1")));
    REQUIRE(page.selectSection(QStringLiteral("2.1")));
    Q_EMIT child<QListWidget>(&page, "lintList")->itemActivated(finding);
    CHECK(page.currentSection() == QStringLiteral("3.1"));

    // Writing the mission again lifts the block.
    child<QPlainTextEdit>(&page, "sectionEdit")->setPlainText(QStringLiteral("We help."));
    page.refreshPreview();
    CHECK(publish->isEnabled());
    home.shutDown();
}

TEST_CASE("Without a signing key the 2.8 finding says where the window chooses one, not a command", "[ui][profile]")
{
    SessionFixture f;
    REQUIRE(storeOf(f).saveDraft(sampleProfile(QString())));
    ProfilePage page;
    page.setSession(f.session.get());
    page.show();
    REQUIRE(QTest::qWaitFor([&]() { return !page.isCheckingKey(); }, 120000));
    page.refreshPreview();
    auto* list = child<QListWidget>(&page, "lintList");
    QString text;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(QStringLiteral("signing key")))
            text = list->item(i)->text();
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Error in 2.8")));
    CHECK(text.contains(QStringLiteral("Team → Settings")));
    CHECK_FALSE(text.contains(QStringLiteral("--signing-key")));
    CHECK_FALSE(text.contains(QStringLiteral("profile edit")));
}

TEST_CASE("Sign and publish writes files that the stock gpg --verify accepts", "[ui][profile][gpg]")
{
    SessionFixture f;
    f.clock.set(QDateTime::currentDateTimeUtc());
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, QStringLiteral("CERT-XX <cert@cert-xx.example.org>"));
    REQUIRE(OwnTeam(f.session->vault()).setSigningKey(fpr));
    REQUIRE(storeOf(f).saveDraft(sampleProfile(fpr)));

    ProfilePublishDialog dialog(fpr, {});
    CHECK(child<QLabel>(&dialog, "fingerprintLabel")->text() == groupedFingerprint(fpr));

    ProfilePage page;
    const TempDir out;
    QSignalSpy finished(&page, &ProfilePage::publishFinished);
    {
        const UserHome user(home);
        page.setSession(f.session.get());
        page.show();
        REQUIRE(QTest::qWaitFor([&]() { return !page.isCheckingKey(); }, 120000));
        INFO(page.message().toStdString());
        REQUIRE(page.publishTo(out.path()));
        REQUIRE(QTest::qWaitFor([&]() { return !page.isPublishing(); }, 120000));
    }
    INFO(page.message().toStdString());
    REQUIRE(finished.count() == 1);
    const QStringList files = finished.at(0).at(0).toStringList();
    CHECK(finished.at(0).at(1).toString().isEmpty());
    CHECK(files.size() == 4);
    CHECK(page.message().contains(QStringLiteral("Signed version 1")));

    const QString asc = QDir(out.path()).filePath(QStringLiteral("rfc2350.txt.asc"));
    const QByteArray signedText = readAll(asc);
    CHECK(signedText.startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));
    CHECK(signedText.contains("CERT-XX helps the public sector"));
    const GpgRun good = gpg(home, {QStringLiteral("--verify"), asc});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);

    // One character changed in the signed text: the stock gpg refuses it.
    QByteArray tampered = signedText;
    const qsizetype at = tampered.indexOf("public sector");
    REQUIRE(at > 0);
    tampered[at] = 'P';
    const QString tamperedPath = out.file(QStringLiteral("tampered.txt.asc"));
    writeAll(tamperedPath, tampered);
    CHECK(gpg(home, {QStringLiteral("--verify"), tamperedPath}).exitCode != 0);

    const QString securityTxt = QDir(out.path()).filePath(QStringLiteral("security.txt"));
    CHECK(readAll(securityTxt).contains("Contact: mailto:cert@cert-xx.example.org"));
    CHECK(gpg(home, {QStringLiteral("--verify"), securityTxt}).exitCode == 0);
    CHECK(
        readAll(QDir(out.path()).filePath(QStringLiteral("rfc2350.html"))).contains("CERT-XX helps the public sector"));
    CHECK(readAll(QDir(out.path()).filePath(QStringLiteral("rfc2350.pdf"))).startsWith("%PDF-"));

    // The draft now carries the Date of Last Update; a second version differs from the first in 3.1.
    CHECK(page.profile().lastUpdate == f.clock.nowUtc().date());
    REQUIRE(page.selectSection(QStringLiteral("3.1")));
    child<QPlainTextEdit>(&page, "sectionEdit")->setPlainText(QStringLiteral("CERT-XX protects the schools."));
    {
        const UserHome user(home);
        REQUIRE(page.publishTo(out.path()));
        REQUIRE(QTest::qWaitFor([&]() { return !page.isPublishing(); }, 120000));
    }
    CHECK(page.message().contains(QStringLiteral("Signed version 2")));
    auto versions = storeOf(f).versions();
    REQUIRE(versions);
    REQUIRE(versions->size() == 2);
    ProfileVersionsDialog versionsDialog(*versions);
    REQUIRE(versionsDialog.compare(1, 2));
    const QString diff = versionsDialog.diffText();
    CHECK(diff.contains(QStringLiteral("--- version 1")));
    CHECK(diff.contains(QStringLiteral("+++ version 2")));
    bool added = false;
    bool removed = false;
    for (const QString& line : diff.split(QLatin1Char('\n'))) {
        added = added || (line.startsWith(QLatin1Char('+')) && line.contains(QStringLiteral("CERT-XX protects")));
        removed = removed || (line.startsWith(QLatin1Char('-')) && line.contains(QStringLiteral("CERT-XX helps")));
    }
    CHECK(added);
    CHECK(removed);
    CHECK_FALSE(versionsDialog.compare(1, 7));
    home.shutDown();
}

TEST_CASE("Signing into a folder that does not exist writes nothing and says so", "[ui][profile]")
{
    SessionFixture f;
    f.clock.set(QDateTime::currentDateTimeUtc());
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, QStringLiteral("CERT-XX <cert@cert-xx.example.org>"));
    REQUIRE(OwnTeam(f.session->vault()).setSigningKey(fpr));
    REQUIRE(storeOf(f).saveDraft(sampleProfile(fpr)));
    ProfilePage page;
    const TempDir out;
    {
        const UserHome user(home);
        page.setSession(f.session.get());
        REQUIRE(QTest::qWaitFor([&]() { return !page.isCheckingKey(); }, 120000));
        REQUIRE(page.publishTo(out.file(QStringLiteral("missing"))));
        REQUIRE(QTest::qWaitFor([&]() { return !page.isPublishing(); }, 120000));
    }
    CHECK(page.message().contains(QStringLiteral("Not published")));
    CHECK(page.message().contains(QStringLiteral("does not exist")));
    auto versions = storeOf(f).versions();
    REQUIRE(versions);
    CHECK(versions->isEmpty());
    home.shutDown();
}

TEST_CASE("A new translation appears in the language selector and its preview says the original binds", "[ui][profile]")
{
    SessionFixture f;
    REQUIRE(storeOf(f).saveDraft(sampleProfile()));
    ProfilePage page;
    page.setSession(f.session.get());
    page.show();
    REQUIRE(QTest::qWaitFor([&]() { return !page.isCheckingKey(); }, 120000));
    auto* languages = child<QComboBox>(&page, "languageComboBox");
    REQUIRE(languages->findData(QStringLiteral("de")) < 0);
    CHECK_FALSE(editedText(page).simplified().contains(ProfileRenderer::translationNotice().simplified()));

    REQUIRE(page.createTranslation(QStringLiteral("de")));
    INFO(page.message().toStdString());
    const int de = languages->findData(QStringLiteral("de"));
    REQUIRE(de >= 0);
    CHECK(languages->currentIndex() == de);
    CHECK(page.profile().language == QStringLiteral("de"));
    CHECK(page.profile().originalLanguage == sampleProfile().language);
    CHECK(editedText(page).simplified().contains(ProfileRenderer::translationNotice().simplified()));
    // The translation starts from the original's text, and the original is unchanged.
    CHECK(editedText(page).contains(QStringLiteral("CERT-XX helps the public sector")));
    auto original = storeOf(f).draft();
    REQUIRE(original);
    REQUIRE(original->has_value());
    CHECK((*original)->originalLanguage.isEmpty());
    auto stored = storeOf(f).draft(QStringLiteral("de"));
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->originalLanguage == sampleProfile().language);

    // A language the profile already has is refused, and nothing changes.
    CHECK_FALSE(page.createTranslation(QStringLiteral("DE")));
    CHECK(page.message().contains(QStringLiteral("already")));
    CHECK(languages->count() == 2);

    // The dialog offers Firebreak's languages, not the ones the profile has, and any typed code.
    ProfileTranslationDialog dialog({sampleProfile().language, QStringLiteral("de")});
    auto* codes = child<QComboBox>(&dialog, "translationLanguageComboBox");
    CHECK(codes->findText(QStringLiteral("de")) < 0);
    CHECK(codes->findText(QStringLiteral("fr")) >= 0);
    CHECK(codes->findText(QStringLiteral("pt-BR")) >= 0);
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    codes->setEditText(QStringLiteral("de"));
    CHECK_FALSE(ok->isEnabled());
    codes->setEditText(QStringLiteral(" nl "));
    CHECK(ok->isEnabled());
    CHECK(dialog.language() == QStringLiteral("nl"));
}

TEST_CASE("A translation needs an original profile", "[ui][profile]")
{
    SessionFixture f;
    ProfilePage page;
    page.setSession(f.session.get());
    REQUIRE(QTest::qWaitFor([&]() { return !page.isCheckingKey(); }, 120000));
    CHECK_FALSE(page.createTranslation(QStringLiteral("de")));
    CHECK(page.message().contains(QStringLiteral("no profile")));
    auto stored = storeOf(f).draft(QStringLiteral("de"));
    REQUIRE(stored);
    CHECK_FALSE(stored->has_value());
}

// Renders the dialog for a look: FB_SCREENSHOT=path test-ui "[.screenshot]".
TEST_CASE("New translation dialog screenshot", "[.screenshot][translation]")
{
    ProfileTranslationDialog dialog({QStringLiteral("en")});
    dialog.show();
    QTest::qWait(50);
    const QString path =
        qEnvironmentVariable("FB_SCREENSHOT", QDir::tempPath() + QStringLiteral("/profile-translation.png"));
    CHECK(dialog.grab().save(path));
}

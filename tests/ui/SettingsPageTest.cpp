// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsPage.h"

#include "core/demo/DemoDirectory.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/TeamReader.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailStore.h"
#include "core/base/Translations.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/main/NavigationPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTranslator>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

namespace {

struct SettingsUi
{
    SettingsUi()
        : settings(f.dir)
        , page(settings.settings)
    {
        REQUIRE(DemoDirectory::populate(f.session->vault(), f.clock));
        page.setSession(f.session.get());
    }

    QString ownTeam()
    {
        auto team = OwnTeam(f.session->vault()).team();
        REQUIRE(team);
        return team->has_value() ? (*team)->shortName : QString();
    }

    void chooseTeam(const QString& shortName)
    {
        auto* combo = child<QComboBox>(&page, "ownTeamComboBox");
        TeamReader store(f.session->vault());
        const int index = combo->findData(store.findTeam(shortName)->id);
        REQUIRE(index > 0);
        combo->setCurrentIndex(index);
    }

    SessionFixture f;
    TestSettings settings;
    SettingsPage page;
};

} // namespace

TEST_CASE("Settings show what the workspace and this computer hold", "[ui][settings]")
{
    SettingsUi ui;
    CHECK(child<QComboBox>(&ui.page, "ownTeamComboBox")->currentText().startsWith(QStringLiteral("EXU-CERT")));
    CHECK(child<QLineEdit>(&ui.page, "subjectTagLineEdit")->text() == QStringLiteral("FIREBREAK"));
    CHECK(child<QCheckBox>(&ui.page, "quoteOriginalCheckBox")->isChecked()); // replies quote unless turned off
    CHECK(child<QDoubleSpinBox>(&ui.page, "responseHours1DoubleSpinBox")->value() == 1.0);
    CHECK(child<QDoubleSpinBox>(&ui.page, "resolveHours4DoubleSpinBox")->value() == 720.0);
    CHECK(child<QSpinBox>(&ui.page, "staleDaysSpinBox")->value() == DirectoryQueries::kDefaultStaleDays);
    CHECK(child<QSpinBox>(&ui.page, "autoLockSpinBox")->value() == SettingsPage::kDefaultIdleMinutes);
    auto* language = child<QComboBox>(&ui.page, "languageComboBox");
    CHECK(language->count() ==
          2 + Translations::available().size() - (Translations::available().contains(QStringLiteral("en")) ? 1 : 0));
}

TEST_CASE("Saving settings writes each store and tells the window the new auto-lock time", "[ui][settings]")
{
    SettingsUi ui;
    QSignalSpy autoLock(&ui.page, &SettingsPage::autoLockChanged);
    ui.chooseTeam(QStringLiteral("CERT-XX"));
    child<QLineEdit>(&ui.page, "subjectTagLineEdit")->setText(QStringLiteral("CERT-XX"));
    child<QCheckBox>(&ui.page, "quoteOriginalCheckBox")->setChecked(false);
    child<QDoubleSpinBox>(&ui.page, "responseHours1DoubleSpinBox")->setValue(2.0);
    child<QDoubleSpinBox>(&ui.page, "resolveHours2DoubleSpinBox")->setValue(48.5);
    child<QSpinBox>(&ui.page, "staleDaysSpinBox")->setValue(90);
    child<QSpinBox>(&ui.page, "autoLockSpinBox")->setValue(5);
    auto* language = child<QComboBox>(&ui.page, "languageComboBox");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    REQUIRE(ui.page.save());

    CHECK(ui.ownTeam() == QStringLiteral("CERT-XX"));
    CHECK(MailStore(ui.f.session->vault()).subjectTag().value() == QStringLiteral("CERT-XX"));
    CHECK_FALSE(MailStore(ui.f.session->vault()).quoteOriginal().value());
    CHECK_FALSE(child<QCheckBox>(&ui.page, "quoteOriginalCheckBox")->isChecked()); // as reloaded after saving
    // A fresh store reads the policy from the workspace, not from a cache.
    SqliteTicketRepository bob(ChangeContext{ui.f.session->vault(), ui.f.clock, QStringLiteral("bob")});
    SlaPolicyStore fresh(bob);
    const SlaPolicy policy = fresh.slaPolicy().value();
    CHECK(policy.targets(1).responseMinutes == 120);
    CHECK(policy.targets(1).resolveMinutes == 1440);
    CHECK(policy.targets(2).resolveMinutes == 2910);
    DirectoryQueries directory(ui.f.session->vault(), ui.f.clock);
    CHECK(directory.staleDays().value() == 90);
    CHECK(ui.settings.settings.value(QStringLiteral("lock/idleMinutes")).toInt() == 5);
    CHECK(ui.settings.settings.value(QString::fromLatin1(Translations::kLanguageKey)).toString() ==
          QStringLiteral("en"));
    REQUIRE(autoLock.size() == 1);
    CHECK(autoLock.first().first().toInt() == 5);
    CHECK(child<QLabel>(&ui.page, "settingsStatusLabel")->text() == QStringLiteral("Settings saved."));
}

TEST_CASE("A refused setting saves nothing and says what was wrong", "[ui][settings]")
{
    SettingsUi ui;
    auto* tag = child<QLineEdit>(&ui.page, "subjectTagLineEdit");
    auto* status = child<QLabel>(&ui.page, "settingsStatusLabel");

    SECTION("a subject tag with brackets")
    {
        ui.chooseTeam(QStringLiteral("CERT-XX"));
        child<QSpinBox>(&ui.page, "staleDaysSpinBox")->setValue(30);
        tag->setText(QStringLiteral("[CERT]"));
        auto saved = ui.page.save();
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == ErrorCode::BadInput);
        CHECK(status->text().contains(QStringLiteral("subject tag")));
        // The team chosen in the same edit was rolled back with it.
        CHECK(ui.ownTeam() == QStringLiteral("EXU-CERT"));
        CHECK(MailStore(ui.f.session->vault()).subjectTag().value() == QStringLiteral("FIREBREAK"));
    }
    SECTION("a signing key that is no fingerprint")
    {
        child<QComboBox>(&ui.page, "signingKeyComboBox")->setCurrentText(QStringLiteral("ABCD 1234"));
        auto saved = ui.page.save();
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == ErrorCode::BadInput);
        CHECK_FALSE(status->text().isEmpty());
        CHECK(OwnTeam(ui.f.session->vault()).signingKey().value().isEmpty());
    }
    SECTION("a first response due after the resolution")
    {
        child<QDoubleSpinBox>(&ui.page, "responseHours3DoubleSpinBox")->setValue(500);
        auto saved = ui.page.save();
        REQUIRE_FALSE(saved);
        CHECK(saved.error().where == QStringLiteral("sla.medium.response"));
        SqliteTicketRepository bob(ChangeContext{ui.f.session->vault(), ui.f.clock, QStringLiteral("bob")});
        SlaPolicyStore fresh(bob);
        CHECK(fresh.slaPolicy().value().targets(3).responseMinutes == 1440);
    }
    CHECK(ui.settings.settings.value(QStringLiteral("lock/idleMinutes")).isNull());
}

TEST_CASE("Switching the language in the settings changes the visible strings", "[ui][settings][i18n]")
{
    SettingsUi ui;
    auto* language = child<QComboBox>(&ui.page, "languageComboBox");
    const int german = language->findData(QStringLiteral("de"));
    REQUIRE(german >= 0);
    CHECK(language->itemText(german) == QStringLiteral("Deutsch"));
    language->setCurrentIndex(german);
    REQUIRE(ui.page.save());

    // What the program does at its next start: the catalogue the settings name.
    const QString chosen =
        Translations::choose(ui.settings.settings.value(QString::fromLatin1(Translations::kLanguageKey)).toString());
    REQUIRE(chosen == QStringLiteral("de"));
    auto translator = std::make_unique<QTranslator>();
    REQUIRE(translator->load(QStringLiteral(":/i18n/firebreak_%1.qm").arg(chosen)));
    QCoreApplication::installTranslator(translator.get());
    {
        NavigationPane navigation(ui.settings.settings);
        CHECK(navigation.topLevelItem(0)->text(0) == QStringLiteral("Warteschlangen"));
        SettingsPage page(ui.settings.settings);
        page.setSession(ui.f.session.get());
        CHECK(child<QLabel>(&page, "settingsStatusLabel")->text().isEmpty());
        REQUIRE(page.save());
        CHECK(child<QLabel>(&page, "settingsStatusLabel")->text() == QStringLiteral("Einstellungen gespeichert."));
        page.setSession(nullptr);
    }
    QCoreApplication::removeTranslator(translator.get());
    NavigationPane english(ui.settings.settings);
    CHECK(english.topLevelItem(0)->text(0) == QStringLiteral("Queues"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/PeoplePanel.h"

#include "core/directory/DistributionListStore.h"
#include "core/directory/PersonStore.h"
#include "tests/ui/DirectoryUiSupport.h"
#include "ui/directory/ChannelTable.h"
#include "ui/directory/PersonEditDialog.h"
#include "ui/directory/TeamDetailView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

using namespace fb;
using namespace fb::test;

namespace {

std::optional<Person> personNamed(DirectoryUi& ui, const QString& name)
{
    auto found = PersonReader(ui.f.session->vault()).findPerson(name);
    if (!found)
        return std::nullopt;
    return *found;
}

int rowOf(QTableWidget* table, const QString& name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, PeoplePanel::NameColumn)->text() == name)
            return row;
    return -1;
}

} // namespace

TEST_CASE("A person added with a team membership shows in the people list and in the team's detail", "[ui][directory]")
{
    DirectoryUi ui;
    ui.page.showTab(DirectoryPage::Tab::People);
    auto* table = child<QTableWidget>(&ui.page, "peopleTableWidget");
    CHECK(table->rowCount() == 2);
    const qint64 soc = ui.teamId(QStringLiteral("EXU-SOC"));

    ui.expect([&](QDialog& dialog) {
        CHECK(dialog.objectName() == QStringLiteral("personEditDialog"));
        child<QLineEdit>(&dialog, "nameLineEdit")->setText(QStringLiteral("Carla Ejemplo"));
        child<QLineEdit>(&dialog, "organisationLineEdit")->setText(QStringLiteral("Example Utility"));
        child<ChannelTable>(&dialog, "personChannelTable")
            ->addChannel(
                {ChannelKind::Email, QStringLiteral("Carla@Utility.example.org"), ChannelUsage::Contact, {}, false});
        // A membership as a person adds it: the button, then the row's team and role.
        QTest::mouseClick(child<QPushButton>(&dialog, "addMembershipPushButton"), Qt::LeftButton);
        QTableWidget* memberships = child<QTableWidget>(&dialog, "membershipsTableWidget");
        REQUIRE(memberships->rowCount() == 1);
        auto* team = qobject_cast<QComboBox*>(memberships->cellWidget(0, PersonEditDialog::TeamColumn));
        REQUIRE(team);
        team->setCurrentIndex(team->findData(soc));
        qobject_cast<QComboBox*>(memberships->cellWidget(0, PersonEditDialog::RoleColumn))
            ->setCurrentText(QStringLiteral("handler"));
        // A date that is none is refused by its row, and nothing is stored.
        auto* until = qobject_cast<QLineEdit*>(memberships->cellWidget(0, PersonEditDialog::UntilColumn));
        until->setText(QStringLiteral("next spring"));
        press(dialog, QDialogButtonBox::Save);
        auto* error = child<QLabel>(&dialog, "personEditErrorLabel");
        CHECK(error->text().contains(QStringLiteral("Team row 1")));
        CHECK(error->text().contains(QStringLiteral("next spring")));
        CHECK(dialog.result() != QDialog::Accepted);
        until->clear();
        renderIfAsked(dialog, QStringLiteral("person-edit-dialog"));
        press(dialog, QDialogButtonBox::Save);
    });
    QTest::mouseClick(child<QPushButton>(&ui.page, "addPersonPushButton"), Qt::LeftButton);
    REQUIRE(ui.seen.size() == 1);

    auto carla = personNamed(ui, QStringLiteral("Carla Ejemplo"));
    REQUIRE(carla);
    CHECK(carla->channels.first().value == QStringLiteral("carla@utility.example.org"));
    REQUIRE(carla->memberships.size() == 1);
    CHECK(carla->memberships.first().teamId == soc);
    CHECK(carla->memberships.first().role == QStringLiteral("handler"));
    CHECK(carla->memberships.first().from == ui.f.clock.nowUtc().date());

    CHECK(table->rowCount() == 3);
    const int row = rowOf(table, QStringLiteral("Carla Ejemplo"));
    REQUIRE(row >= 0);
    CHECK(table->item(row, PeoplePanel::TeamsColumn)->text() == QStringLiteral("EXU-SOC (handler)"));
    CHECK(ui.page.people()->currentPersonId() == carla->id);
    REQUIRE(ui.page.selectTeam(soc));
    CHECK(ui.page.detail()->text().contains(QStringLiteral("Carla Ejemplo, handler")));
}

TEST_CASE("Editing a person changes their membership - a refusal keeps the dialog open - removing asks first",
          "[ui][directory]")
{
    DirectoryUi ui;
    ui.page.showTab(DirectoryPage::Tab::People);
    auto* table = child<QTableWidget>(&ui.page, "peopleTableWidget");
    const auto bernd = personNamed(ui, QStringLiteral("Bernd Beispiel"));
    REQUIRE(bernd);
    const qint64 bank = ui.teamId(QStringLiteral("EXB-CSIRT"));
    const qint64 cert = ui.teamId(QStringLiteral("CERT-XX"));
    REQUIRE(ui.page.people()->selectPerson(bernd->id));

    ui.expect([&](QDialog& dialog) {
        CHECK(child<QLineEdit>(&dialog, "nameLineEdit")->text() == QStringLiteral("Bernd Beispiel"));
        QTableWidget* memberships = child<QTableWidget>(&dialog, "membershipsTableWidget");
        REQUIRE(memberships->rowCount() == 1);
        // Core refuses a bad address: shown, the dialog stays open.
        child<ChannelTable>(&dialog, "personChannelTable")
            ->table()
            ->item(0, ChannelTable::ValueColumn)
            ->setText(QStringLiteral("bernd at bank"));
        press(dialog, QDialogButtonBox::Save);
        CHECK_FALSE(child<QLabel>(&dialog, "personEditErrorLabel")->isHidden());
        CHECK(dialog.result() != QDialog::Accepted);
        child<ChannelTable>(&dialog, "personChannelTable")
            ->table()
            ->item(0, ChannelTable::ValueColumn)
            ->setText(QStringLiteral("bernd@bank.example.com"));
        // He left the bank's team at the end of last month and joined the national CERT.
        qobject_cast<QLineEdit*>(memberships->cellWidget(0, PersonEditDialog::UntilColumn))
            ->setText(QStringLiteral("2026-02-28"));
        auto* dialogOf = qobject_cast<PersonEditDialog*>(&dialog);
        REQUIRE(dialogOf);
        dialogOf->addMembership({cert, QStringLiteral("liaison"), QDate(2026, 3, 1), {}});
        child<QComboBox>(&dialog, "highestTlpComboBox")
            ->setCurrentIndex(child<QComboBox>(&dialog, "highestTlpComboBox")->findData(QStringLiteral("green")));
        press(dialog, QDialogButtonBox::Save);
    });
    QTest::mouseClick(child<QPushButton>(&ui.page, "editPersonPushButton"), Qt::LeftButton);
    REQUIRE(ui.seen.size() == 1);
    const auto edited = personNamed(ui, QStringLiteral("Bernd Beispiel"));
    REQUIRE(edited);
    REQUIRE(edited->memberships.size() == 2);
    CHECK(edited->memberships[0].teamId == bank);
    CHECK(edited->memberships[0].until == QDate(2026, 2, 28));
    CHECK(edited->memberships[1].teamId == cert);
    CHECK(edited->highestTlp == TlpLevel::Green);
    const int row = rowOf(table, QStringLiteral("Bernd Beispiel"));
    REQUIRE(row >= 0);
    CHECK(table->item(row, PeoplePanel::TeamsColumn)->text() == QStringLiteral("CERT-XX (liaison)"));
    CHECK(table->item(row, PeoplePanel::TlpColumn)->text() == QStringLiteral("TLP:GREEN"));
    auto edits = PersonStore(ui.f.session->change()).fieldEdits(bernd->id);
    REQUIRE(edits);
    CHECK(edits->value(QStringLiteral("memberships")).at == ui.f.clock.nowUtc());
    REQUIRE(ui.page.selectTeam(bank));
    CHECK_FALSE(ui.page.detail()->text().contains(QStringLiteral("Bernd Beispiel")));

    // Remove: Cancel keeps him, Remove takes him out (and off the lists).
    DistributionListStore lists(ui.f.session->change());
    const qint64 list = lists.create(QStringLiteral("banks")).value();
    REQUIRE(lists.addMember(list, {0, bernd->id, {}}));
    REQUIRE(ui.page.people()->selectPerson(bernd->id));
    ui.expect([](QDialog& dialog) {
        CHECK(dialog.objectName() == QStringLiteral("removePersonMessageBox"));
        press(dialog, QDialogButtonBox::Cancel);
    });
    QTest::mouseClick(child<QPushButton>(&ui.page, "removePersonPushButton"), Qt::LeftButton);
    CHECK(personNamed(ui, QStringLiteral("Bernd Beispiel")));
    ui.expect([](QDialog& dialog) { press(dialog, QDialogButtonBox::Yes); });
    QTest::mouseClick(child<QPushButton>(&ui.page, "removePersonPushButton"), Qt::LeftButton);
    CHECK_FALSE(personNamed(ui, QStringLiteral("Bernd Beispiel")));
    CHECK(rowOf(table, QStringLiteral("Bernd Beispiel")) < 0);
    CHECK(lists.list(list)->members.isEmpty());
    CHECK(ui.page.people()->message().contains(QStringLiteral("Bernd Beispiel")));
}

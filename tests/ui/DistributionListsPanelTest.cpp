// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DistributionListsPanel.h"

#include "core/directory/DistributionListStore.h"
#include "core/directory/PersonReader.h"
#include "tests/ui/DirectoryUiSupport.h"
#include "ui/directory/ListMembersDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace fb;
using namespace fb::test;

namespace {

QStringList memberNames(QTableWidget* table)
{
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names.append(table->item(row, DistributionListsPanel::NameColumn)->text());
    return names;
}

} // namespace

TEST_CASE("A distribution list is made, gets a team and a person, loses one, and is removed", "[ui][directory]")
{
    DirectoryUi ui;
    ui.page.showTab(DirectoryPage::Tab::Lists);
    auto* lists = child<QListWidget>(&ui.page, "distributionListsListWidget");
    auto* members = child<QTableWidget>(&ui.page, "listMembersTableWidget");
    CHECK(lists->count() == 0);
    CHECK(child<QLabel>(&ui.page, "listDescriptionLabel")->text().contains(QStringLiteral("New list")));
    DistributionListStore store(ui.f.session->change());

    // A name that is a number is refused in the dialog, which stays open; then a good one.
    ui.expect([&](QDialog& dialog) {
        CHECK(dialog.objectName() == QStringLiteral("distributionListDialog"));
        child<QLineEdit>(&dialog, "listNameLineEdit")->setText(QStringLiteral("42"));
        child<QLineEdit>(&dialog, "listDescriptionLineEdit")->setText(QStringLiteral("Banks and their CERT"));
        press(dialog, QDialogButtonBox::Save);
        CHECK(child<QLabel>(&dialog, "listErrorLabel")->text().contains(QStringLiteral("number")));
        CHECK(dialog.result() != QDialog::Accepted);
        child<QLineEdit>(&dialog, "listNameLineEdit")->setText(QStringLiteral("finance-sector"));
        press(dialog, QDialogButtonBox::Save);
    });
    QTest::mouseClick(child<QPushButton>(&ui.page, "newListPushButton"), Qt::LeftButton);
    REQUIRE(ui.seen.size() == 1);
    auto made = store.find(QStringLiteral("finance-sector"));
    REQUIRE(made);
    CHECK(made->description == QStringLiteral("Banks and their CERT"));
    CHECK(lists->count() == 1);
    CHECK(ui.page.lists()->currentListId() == made->id);

    // A team and a person, chosen from the directory, in one step.
    ui.expect([&](QDialog& dialog) {
        CHECK(dialog.objectName() == QStringLiteral("listMembersDialog"));
        auto* choose = qobject_cast<ListMembersDialog*>(&dialog);
        REQUIRE(choose);
        child<QLineEdit>(&dialog, "memberFilterLineEdit")->setText(QStringLiteral("bank"));
        CHECK(choose->check(QStringLiteral("Team: EXB-CSIRT")));
        CHECK(choose->check(QStringLiteral("Person: Bernd Beispiel")));
        renderIfAsked(dialog, QStringLiteral("list-members-dialog"));
        press(dialog, QDialogButtonBox::Save);
    });
    QTest::mouseClick(child<QPushButton>(&ui.page, "addListMembersPushButton"), Qt::LeftButton);
    CHECK(memberNames(members) == QStringList{QStringLiteral("EXB-CSIRT"), QStringLiteral("Bernd Beispiel")});
    CHECK(store.list(made->id)->members.size() == 2);
    // Each member with the address mail would go to and what we may share.
    CHECK(members->item(0, DistributionListsPanel::AddressColumn)->text() == QStringLiteral("csirt@bank.example.com"));
    CHECK(members->item(1, DistributionListsPanel::TlpColumn)->text().contains(QStringLiteral("TLP:AMBER")));
    CHECK(lists->item(0)->text().contains(QStringLiteral("2")));
    renderIfAsked(ui.page, QStringLiteral("directory-lists"));

    // Already members are not offered again.
    ui.expect([](QDialog& dialog) {
        auto* choose = qobject_cast<ListMembersDialog*>(&dialog);
        CHECK_FALSE(choose->check(QStringLiteral("EXB-CSIRT")));
        CHECK(choose->check(QStringLiteral("CERT-XX")));
        press(dialog, QDialogButtonBox::Cancel);
    });
    CHECK_FALSE(ui.page.lists()->addMembers(made->id));
    CHECK(store.list(made->id)->members.size() == 2);

    // Take the team off.
    members->setCurrentCell(0, 0);
    QTest::mouseClick(child<QPushButton>(&ui.page, "removeListMemberPushButton"), Qt::LeftButton);
    CHECK(memberNames(members) == QStringList{QStringLiteral("Bernd Beispiel")});
    REQUIRE(store.list(made->id)->members.size() == 1);
    CHECK(store.list(made->id)->members.first().personId != 0);

    // Remove the list: Cancel keeps it, Remove list removes it; the person stays in the directory.
    ui.expect([](QDialog& dialog) {
        CHECK(dialog.objectName() == QStringLiteral("removeListMessageBox"));
        press(dialog, QDialogButtonBox::Cancel);
    });
    QTest::mouseClick(child<QPushButton>(&ui.page, "removeListPushButton"), Qt::LeftButton);
    CHECK(store.find(QStringLiteral("finance-sector")));
    ui.expect([](QDialog& dialog) { press(dialog, QDialogButtonBox::Yes); });
    QTest::mouseClick(child<QPushButton>(&ui.page, "removeListPushButton"), Qt::LeftButton);
    CHECK_FALSE(store.find(QStringLiteral("finance-sector")));
    CHECK(lists->count() == 0);
    CHECK(members->rowCount() == 0);
    CHECK(PersonReader(ui.f.session->vault()).findPerson(QStringLiteral("Bernd Beispiel")));
}

TEST_CASE("Adding list members is all or nothing: one that cannot be added leaves the list as it was",
          "[ui][directory]")
{
    DirectoryUi ui;
    DistributionListStore store(ui.f.session->change());
    const qint64 list = store.create(QStringLiteral("partners")).value();
    ui.page.reload();
    REQUIRE(ui.page.lists()->selectList(list));
    const qint64 bank = ui.teamId(QStringLiteral("EXB-CSIRT"));
    ui.expect([&](QDialog& dialog) {
        auto* choose = qobject_cast<ListMembersDialog*>(&dialog);
        REQUIRE(choose);
        CHECK(choose->check(QStringLiteral("CERT-XX")));
        CHECK(choose->check(QStringLiteral("EXB-CSIRT")));
        // Meanwhile someone else put the bank on the list: the second addition fails, so the first is undone.
        REQUIRE(DistributionListStore(ui.f.session->change()).addMember(list, {bank, 0, {}}));
        press(dialog, QDialogButtonBox::Save);
        auto* error = child<QLabel>(&dialog, "listMembersErrorLabel");
        INFO(error->text().toStdString());
        CHECK(error->text().contains(QStringLiteral("Nobody was added")));
        CHECK(error->text().contains(QStringLiteral("EXB-CSIRT")));
        CHECK(dialog.result() != QDialog::Accepted);
        press(dialog, QDialogButtonBox::Cancel);
    });
    CHECK_FALSE(ui.page.lists()->addMembers(list));
    auto stored = store.list(list);
    REQUIRE(stored);
    REQUIRE(stored->members.size() == 1);
    CHECK(stored->members.first().teamId == bank);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/PlaybooksPanel.h"

#include "core/history/History.h"
#include "core/tickets/TicketStores.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/settings/SettingsPage.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

namespace {

struct Panel
{
    Panel()
    {
        REQUIRE(f.session->stores().playbooks.installShipped());
        panel.setSession(f.session.get());
        panel.setPathPrompt([this](QWidget*, bool) { return path; });
    }
    int rows() { return child<QTreeWidget>(&panel, "playbooksTreeWidget")->topLevelItemCount(); }
    bool select(const QString& key)
    {
        auto* list = child<QTreeWidget>(&panel, "playbooksTreeWidget");
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == key) {
                list->setCurrentItem(list->topLevelItem(i));
                return true;
            }
        }
        return false;
    }
    SessionFixture f;
    PlaybooksPanel panel;
    QString path;
};

} // namespace

TEST_CASE_METHOD(Panel, "A playbook is made, edited and removed on the Settings page, each a change of its own",
                 "[ui][settings][playbooks]")
{
    const int shipped = rows();
    REQUIRE(shipped == PlaybookStore::shipped().size());

    PlaybookEditDialog* dialog = panel.openEditor();
    REQUIRE(dialog);
    child<QLineEdit>(dialog, "playbookKeyLineEdit")->setText(QStringLiteral("bank-phishing"));
    child<QLineEdit>(dialog, "playbookNameLineEdit")->setText(QStringLiteral("Phishing against our bank"));
    auto* cls = child<QComboBox>(dialog, "playbookClassComboBox");
    cls->setCurrentIndex(cls->findData(QStringLiteral("fraud")));
    auto* type = child<QComboBox>(dialog, "playbookTypeComboBox");
    type->setCurrentIndex(type->findData(QStringLiteral("phishing")));
    child<QLineEdit>(dialog, "playbookConstituencyLineEdit")->setText(QStringLiteral("Example Bank"));
    dialog->addTaskRow({QStringLiteral("Call the bank's fraud desk"), {}, QStringLiteral("handler"), 240});
    dialog->addTaskRow({QStringLiteral("Ask the registrar for takedown"), {}, {}, std::nullopt});
    // A due offset that is not understood is refused, not dropped.
    child<QTableWidget>(dialog, "playbookTasksTable")->item(1, 3)->setText(QStringLiteral("soon"));
    CHECK_FALSE(dialog->save());
    CHECK(dialog->errorText().contains(QStringLiteral("'soon'")));
    CHECK_FALSE(f.session->stores().playbooks.playbook(QStringLiteral("bank-phishing")));
    child<QTableWidget>(dialog, "playbookTasksTable")->item(1, 3)->setText(QStringLiteral("1d"));
    CHECK(dialog->save());

    auto saved = f.session->stores().playbooks.playbook(QStringLiteral("bank-phishing"));
    REQUIRE(saved);
    CHECK(saved->rsitClass == QStringLiteral("fraud"));
    CHECK(saved->rsitType == QStringLiteral("phishing"));
    CHECK(saved->constituency == QStringLiteral("Example Bank"));
    REQUIRE(saved->tasks.size() == 2);
    CHECK(saved->tasks.at(0).dueMinutes == 240);
    CHECK(saved->tasks.at(0).ownerRole == QStringLiteral("handler"));
    CHECK(saved->tasks.at(1).dueMinutes == 24 * 60);
    CHECK(rows() == shipped + 1);
    CHECK(panel.statusText().contains(QStringLiteral("Phishing against our bank")));
    auto history = History(f.session->vault()).forFieldPrefix(QStringLiteral("bank-phishing"));
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->last().action == QStringLiteral("playbook"));

    // Edited: the key stays, the rest changes.
    REQUIRE(select(QStringLiteral("bank-phishing")));
    dialog = panel.openEditor(panel.selectedKey());
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "playbookKeyLineEdit")->isReadOnly());
    CHECK(child<QTableWidget>(dialog, "playbookTasksTable")->rowCount() == 2);
    CHECK(child<QTableWidget>(dialog, "playbookTasksTable")->item(0, 3)->text() == QStringLiteral("4h"));
    child<QLineEdit>(dialog, "playbookNameLineEdit")->clear();
    CHECK_FALSE(dialog->save()); // a name is needed; the store says which field
    CHECK_FALSE(dialog->errorText().isEmpty());
    child<QLineEdit>(dialog, "playbookNameLineEdit")->setText(QStringLiteral("Bank phishing"));
    CHECK(dialog->save());
    CHECK(f.session->stores().playbooks.playbook(QStringLiteral("bank-phishing"))->name ==
          QStringLiteral("Bank phishing"));

    REQUIRE(select(QStringLiteral("bank-phishing")));
    CHECK(panel.removeSelected());
    CHECK(rows() == shipped);
    CHECK_FALSE(f.session->stores().playbooks.playbook(QStringLiteral("bank-phishing")));
}

TEST_CASE_METHOD(Panel, "Playbooks go out to a JSON file and come back - a bad file changes nothing",
                 "[ui][settings][playbooks]")
{
    TempDir dir;
    path = dir.file(QStringLiteral("playbooks.json"));
    CHECK(panel.exportFile());
    const QList<Playbook> before = f.session->stores().playbooks.playbooks().value();
    REQUIRE(select(before.first().key));
    REQUIRE(panel.removeSelected());
    CHECK(rows() == before.size() - 1);
    CHECK(panel.importFile());
    CHECK(f.session->stores().playbooks.playbooks().value() == before);
    CHECK(panel.statusText().contains(QStringLiteral("Imported")));

    QFile broken(dir.file(QStringLiteral("broken.json")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"playbooks": [{"key": "Bad Key", "name": ""}]})");
    broken.close();
    path = broken.fileName();
    CHECK_FALSE(panel.importFile());
    CHECK(panel.statusText().contains(QStringLiteral("Nothing was imported")));
    CHECK(f.session->stores().playbooks.playbooks().value() == before);
}

TEST_CASE("The Settings page holds the playbooks and lets go of them when locked", "[ui][settings][playbooks]")
{
    SessionFixture f;
    REQUIRE(f.session->stores().playbooks.installShipped());
    TempDir dir;
    TestSettings settings(dir);
    SettingsPage page(settings.settings);
    page.setSession(f.session.get());
    REQUIRE(page.playbooks());
    CHECK(child<QTreeWidget>(page.playbooks(), "playbooksTreeWidget")->topLevelItemCount() > 0);
    page.setSession(nullptr);
    CHECK(child<QTreeWidget>(page.playbooks(), "playbooksTreeWidget")->topLevelItemCount() == 0);
}

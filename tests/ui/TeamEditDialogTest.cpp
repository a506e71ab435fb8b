// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/TeamEditDialog.h"

#include "core/directory/NetworkLookupStore.h"
#include "core/directory/TeamStore.h"
#include "tests/ui/DirectoryUiSupport.h"
#include "ui/directory/ChannelTable.h"
#include "ui/directory/TeamDetailView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace fb;
using namespace fb::test;

namespace {

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    INFO(combo->objectName().toStdString() << " has no " << data.toString().toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Fills the team dialog as a handler types a new team.
void fillNewTeam(QDialog& dialog, const QString& constituency)
{
    child<QLineEdit>(&dialog, "officialNameLineEdit")->setText(QStringLiteral("Example Hospital CSIRT"));
    child<QLineEdit>(&dialog, "shortNameLineEdit")->setText(QStringLiteral("EXH-CSIRT"));
    child<QLineEdit>(&dialog, "hostOrganisationLineEdit")->setText(QStringLiteral("Example Hospital"));
    choose(child<QComboBox>(&dialog, "countryComboBox"), QStringLiteral("NL"));
    choose(child<QComboBox>(&dialog, "typeComboBox"), int(TeamType::Internal));
    child<QLineEdit>(&dialog, "websiteLineEdit")->setText(QStringLiteral("https://csirt.hospital.example"));
    child<QLineEdit>(&dialog, "businessHoursLineEdit")->setText(QStringLiteral("Mon-Fri 08:00-17:00"));
    child<QComboBox>(&dialog, "timeZoneComboBox")->setCurrentText(QStringLiteral("Europe/Amsterdam"));
    choose(child<QComboBox>(&dialog, "highestTlpComboBox"), QStringLiteral("amber"));
    auto* channels = child<ChannelTable>(&dialog, "teamChannelTable");
    channels->addChannel(
        {ChannelKind::Email, QStringLiteral("csirt@hospital.example"), ChannelUsage::Contact, {}, false});
    // The abuse address, as a person adds it: the Add button, then the row's cells.
    QTest::mouseClick(child<QPushButton>(channels, "addChannelPushButton"), Qt::LeftButton);
    QTableWidget* table = channels->table();
    const int row = table->rowCount() - 1;
    table->item(row, ChannelTable::ValueColumn)->setText(QStringLiteral("abuse@hospital.example"));
    auto* usage = qobject_cast<QComboBox*>(table->cellWidget(row, ChannelTable::UsageColumn));
    REQUIRE(usage);
    choose(usage, int(ChannelUsage::Abuse));
    child<QPlainTextEdit>(&dialog, "constituencyPlainTextEdit")->setPlainText(constituency);
}

} // namespace

TEST_CASE("A team added in the dialog is in the list and answers who handles its constituency", "[ui][directory]")
{
    DirectoryUi ui;
    const int before = ui.visibleRows();
    ui.expect([](QDialog& dialog) {
        CHECK(dialog.objectName() == QStringLiteral("teamEditDialog"));
        fillNewTeam(dialog, QStringLiteral("198.51.100.128/26\n*.hospital.example\nAS64520\n"));
        renderIfAsked(dialog, QStringLiteral("team-edit-dialog"));
        press(dialog, QDialogButtonBox::Save);
    });
    QTest::mouseClick(child<QPushButton>(&ui.page, "addTeamPushButton"), Qt::LeftButton);
    REQUIRE(ui.seen == QStringList{QStringLiteral("teamEditDialog")});

    CHECK(ui.visibleRows() == before + 1);
    CHECK(ui.rowsShowing(QStringLiteral("EXH-CSIRT")) == 1);
    const qint64 id = ui.teamId(QStringLiteral("EXH-CSIRT"));
    CHECK(ui.page.currentTeamId() == id);
    const QString detail = ui.page.detail()->text();
    CHECK(detail.contains(QStringLiteral("Example Hospital CSIRT")));
    CHECK(detail.contains(QStringLiteral("abuse@hospital.example")));
    CHECK(detail.contains(QStringLiteral("TLP:AMBER")));
    CHECK(detail.contains(QStringLiteral("198.51.100.128/26")));

    auto stored = TeamReader(ui.f.session->vault()).team(id);
    REQUIRE(stored);
    CHECK(stored->country == QStringLiteral("NL"));
    CHECK(stored->type == TeamType::Internal);
    CHECK(stored->timeZone == QStringLiteral("Europe/Amsterdam"));
    REQUIRE(stored->channels.size() == 2);
    CHECK(stored->channels[1].usage == ChannelUsage::Abuse);

    // Who handles it: the indexed store and the page's lookup box agree.
    NetworkLookupStore lookup(ui.f.session->vault());
    for (const QString& query :
         {QStringLiteral("198.51.100.130"), QStringLiteral("www.hospital.example"), QStringLiteral("AS64520")}) {
        auto answer = lookup.lookup(query);
        INFO(query.toStdString());
        REQUIRE(answer);
        REQUIRE_FALSE(answer->matches.isEmpty());
        CHECK(answer->matches.first().teamId == id);
    }
    ui.page.selectTeam(ui.teamId(QStringLiteral("CERT-XX")));
    CHECK_FALSE(ui.page.lookup(QStringLiteral("198.51.100.200"))); // outside the /26
    CHECK(ui.page.lookup(QStringLiteral("198.51.100.190")));
    CHECK(ui.page.currentTeamId() == id);
}

TEST_CASE("A constituency line that is no entry is refused by its line number, nothing stored, nothing lost",
          "[ui][directory]")
{
    DirectoryUi ui;
    const int before = ui.visibleRows();
    const qsizetype historyBefore = History(ui.f.session->vault()).forFieldPrefix(QStringLiteral("team/"))->size();
    ui.expect([&](QDialog& dialog) {
        fillNewTeam(dialog, QStringLiteral("198.51.100.128/26\n10.0.0.0/33\n*.hospital.example\nnot a domain!\n"));
        press(dialog, QDialogButtonBox::Save);
        auto* error = child<QLabel>(&dialog, "teamEditErrorLabel");
        INFO(error->text().toStdString());
        CHECK_FALSE(error->isHidden());
        CHECK(error->text().contains(QStringLiteral("Line 2:")));
        CHECK(error->text().contains(QStringLiteral("10.0.0.0/33")));
        CHECK(error->text().contains(QStringLiteral("Line 4:")));
        CHECK_FALSE(error->text().contains(QStringLiteral("Line 1:")));
        CHECK(dialog.result() != QDialog::Accepted);
        // Everything typed is still there.
        CHECK(child<QLineEdit>(&dialog, "officialNameLineEdit")->text() == QStringLiteral("Example Hospital CSIRT"));
        CHECK(child<QPlainTextEdit>(&dialog, "constituencyPlainTextEdit")
                  ->toPlainText()
                  .contains(QStringLiteral("not a domain!")));
        CHECK(child<ChannelTable>(&dialog, "teamChannelTable")->channels().size() == 2);
        renderIfAsked(dialog, QStringLiteral("team-edit-refused"));

        // Core's own refusal (a time zone that is none) is shown the same way.
        child<QPlainTextEdit>(&dialog, "constituencyPlainTextEdit")->setPlainText(QStringLiteral("198.51.100.128/26"));
        child<QComboBox>(&dialog, "timeZoneComboBox")->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        press(dialog, QDialogButtonBox::Save);
        CHECK(error->text().contains(QStringLiteral("Mars/Olympus_Mons")));
        CHECK(dialog.result() != QDialog::Accepted);
        press(dialog, QDialogButtonBox::Cancel);
    });
    CHECK_FALSE(ui.page.addTeam());
    CHECK(ui.visibleRows() == before);
    CHECK(TeamReader(ui.f.session->vault()).teams()->size() == before);
    CHECK(History(ui.f.session->vault()).forFieldPrefix(QStringLiteral("team/"))->size() == historyBefore);
    CHECK(NetworkLookupStore(ui.f.session->vault()).lookup(QStringLiteral("198.51.100.130"))->matches.isEmpty());
}

TEST_CASE("Editing a team changes that field only, and the detail shows it with the edit log", "[ui][directory]")
{
    DirectoryUi ui;
    const qint64 id = ui.teamId(QStringLiteral("EXB-CSIRT"));
    REQUIRE(ui.page.selectTeam(id));
    const Team before = *TeamReader(ui.f.session->vault()).team(id);
    ui.f.clock.set(ui.f.clock.nowUtc().addSecs(3600));
    ui.expect([](QDialog& dialog) {
        // The dialog shows the stored team.
        CHECK(child<QLineEdit>(&dialog, "shortNameLineEdit")->text() == QStringLiteral("EXB-CSIRT"));
        CHECK(child<QPlainTextEdit>(&dialog, "constituencyPlainTextEdit")
                  ->toPlainText()
                  .contains(QStringLiteral("192.0.2.80/28")));
        child<QLineEdit>(&dialog, "websiteLineEdit")->setText(QStringLiteral("https://csirt.bank.example.com/new"));
        child<QPlainTextEdit>(&dialog, "notesPlainTextEdit")->setPlainText(QStringLiteral("Call before 10:00."));
        press(dialog, QDialogButtonBox::Save);
    });
    QTest::mouseClick(child<QPushButton>(&ui.page, "editTeamPushButton"), Qt::LeftButton);
    REQUIRE(ui.seen.size() == 1);

    const Team after = *TeamReader(ui.f.session->vault()).team(id);
    CHECK(after.website == QStringLiteral("https://csirt.bank.example.com/new"));
    CHECK(after.notes == QStringLiteral("Call before 10:00."));
    // Fields the dialog does not show are kept.
    CHECK(after.agreements == before.agreements);
    CHECK(after.constituency == before.constituency);
    CHECK(after.channels == before.channels);
    CHECK(after.tiStatus == before.tiStatus);

    auto history = TeamStore(ui.f.session->change()).history(id);
    REQUIRE(history);
    QStringList fields;
    for (const HistoryEntry& e : *history)
        if (e.at == ui.f.clock.nowUtc())
            fields.append(e.field.section(u'/', 2));
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("notes"), QStringLiteral("website")});
    CHECK(history->last().actor == QStringLiteral("alice"));

    CHECK(ui.page.currentTeamId() == id);
    const QString detail = ui.page.detail()->text();
    INFO(detail.toStdString());
    CHECK(detail.contains(QStringLiteral("https://csirt.bank.example.com/new")));
    CHECK(detail.contains(QStringLiteral("Call before 10:00.")));
    CHECK(detail.contains(QStringLiteral("Latest changes")));
    CHECK(detail.contains(QStringLiteral("alice: notes")));
    CHECK(detail.contains(QStringLiteral("alice: website")));
}

TEST_CASE("Removing a team asks first: Cancel keeps it, Remove takes it out of the list and the lookup",
          "[ui][directory]")
{
    DirectoryUi ui;
    const qint64 id = ui.teamId(QStringLiteral("EXB-CSIRT"));
    REQUIRE(ui.page.selectTeam(id));
    const int before = ui.visibleRows();
    QString question;
    ui.expect([&](QDialog& dialog) {
        CHECK(dialog.objectName() == QStringLiteral("removeTeamMessageBox"));
        question = qobject_cast<QMessageBox*>(&dialog)->text();
        press(dialog, QDialogButtonBox::Cancel);
    });
    QTest::mouseClick(child<QPushButton>(&ui.page, "removeTeamPushButton"), Qt::LeftButton);
    CHECK(question.contains(QStringLiteral("EXB-CSIRT")));
    CHECK(ui.visibleRows() == before);
    CHECK(TeamReader(ui.f.session->vault()).team(id));

    ui.expect([](QDialog& dialog) { press(dialog, QDialogButtonBox::Yes); });
    QTest::mouseClick(child<QPushButton>(&ui.page, "removeTeamPushButton"), Qt::LeftButton);
    CHECK(ui.visibleRows() == before - 1);
    CHECK(ui.rowsShowing(QStringLiteral("EXB-CSIRT")) == 0);
    CHECK_FALSE(TeamReader(ui.f.session->vault()).team(id));
    CHECK(ui.page.importMessage().contains(QStringLiteral("EXB-CSIRT")));
    // The bank's /28 is no longer the answer: the university's /24 around it is.
    REQUIRE(ui.page.lookup(QStringLiteral("192.0.2.85")));
    CHECK(ui.page.currentTeamId() != id);
}

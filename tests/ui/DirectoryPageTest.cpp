// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryPage.h"

#include "core/crypto/KeyringStore.h"
#include "core/demo/DemoDirectory.h"
#include "core/directory/TeamReader.h"
#include "core/directory/DirectoryVCard.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/profile/ProfileLayouts.h"
#include "tests/ui/DirectoryUiSupport.h"
#include "ui/directory/TeamDetailView.h"
#include "ui/directory/TeamFilterModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace fb;
using namespace fb::test;

TEST_CASE("Directory lookup of an address in a constituency shows that team", "[ui][directory]")
{
    DirectoryUi ui;
    auto* lookup = child<QLineEdit>(&ui.page, "lookupLineEdit");
    // Hidden by a filter first: the answer clears the filters rather than hide the team.
    child<QCheckBox>(&ui.page, "staleCheckBox")->setChecked(true);
    CHECK(ui.visibleRows() == 2);

    lookup->setText(QStringLiteral("2001:db8::/32"));
    QTest::keyClick(lookup, Qt::Key_Return);
    CHECK(ui.page.currentTeamId() == ui.teamId(QStringLiteral("CERT-XX")));
    CHECK(ui.page.detail()->text().contains(QStringLiteral("National CERT of Exampleland")));
    CHECK(child<QLabel>(&ui.page, "lookupResultLabel")->text().contains(QStringLiteral("CERT-XX")));
    CHECK_FALSE(child<QCheckBox>(&ui.page, "staleCheckBox")->isChecked());

    // The most specific entry wins: the bank's /28 inside the university's /24.
    CHECK(ui.page.lookup(QStringLiteral("192.0.2.85")));
    CHECK(ui.page.currentTeamId() == ui.teamId(QStringLiteral("EXB-CSIRT")));
    const QString detail = ui.page.detail()->text();
    CHECK(detail.contains(QStringLiteral("csirt@bank.example.com")));
    CHECK(detail.contains(QStringLiteral("Bernd Beispiel")));
    CHECK(detail.contains(QStringLiteral("TLP:AMBER")));
    CHECK(detail.contains(QStringLiteral("192.0.2.80/28")));
    CHECK(detail.contains(QStringLiteral("expires on"))); // the NDA runs out within 30 days

    CHECK_FALSE(ui.page.lookup(QStringLiteral("198.51.100.200")));
    CHECK(child<QLabel>(&ui.page, "lookupResultLabel")->text().contains(QStringLiteral("Nobody")));
    CHECK_FALSE(ui.page.lookup(QStringLiteral("not a thing!")));
    CHECK_FALSE(child<QLabel>(&ui.page, "lookupResultLabel")->text().isEmpty());
}

TEST_CASE("Directory filters: country, type, TI status and stale", "[ui][directory]")
{
    DirectoryUi ui;
    CHECK(ui.visibleRows() == 5);
    auto* country = child<QComboBox>(&ui.page, "countryComboBox");
    country->setCurrentIndex(country->findData(QStringLiteral("NL")));
    CHECK(ui.visibleRows() == 1);
    country->setCurrentIndex(0);
    auto* type = child<QComboBox>(&ui.page, "typeComboBox");
    type->setCurrentIndex(type->findData(int(TeamType::National)));
    CHECK(ui.visibleRows() == 1);
    type->setCurrentIndex(0);
    auto* ti = child<QComboBox>(&ui.page, "tiStatusComboBox");
    ti->setCurrentIndex(ti->findData(int(TiStatus::None)));
    CHECK(ui.visibleRows() == 2);
    ti->setCurrentIndex(0);
    child<QCheckBox>(&ui.page, "staleCheckBox")->setChecked(true);
    CHECK(ui.visibleRows() == 2);
    child<QCheckBox>(&ui.page, "staleCheckBox")->setChecked(false);
    child<QLineEdit>(&ui.page, "teamFilterLineEdit")->setText(QStringLiteral("bank"));
    CHECK(ui.visibleRows() == 1);
}

TEST_CASE("Directory imports Trusted Introducer JSON as a job and reports bad entries by position", "[ui][directory]")
{
    DirectoryUi ui;
    ui.page.importFile(DirectoryImportKind::TrustedIntroducer,
                       sourcePath(QStringLiteral("tests/data/directory/ti-teams.json")));
    ui.waitForImport();
    CHECK(ui.page.importMessage().contains(QStringLiteral("ti-teams.json")));
    CHECK(ui.page.importMessage().contains(QStringLiteral("added")));
    CHECK(ui.visibleRows() > 5);
    const int before = ui.visibleRows();

    ui.page.importFile(DirectoryImportKind::TrustedIntroducer,
                       sourcePath(QStringLiteral("tests/data/directory/ti-broken.json")));
    ui.waitForImport();
    // Not JSON at all: nothing is stored, and the message names the file and the position of the error.
    CHECK(ui.page.importMessage().contains(QStringLiteral("ti-broken.json")));
    CHECK(ui.page.importMessage().contains(QStringLiteral("line")));
    CHECK(ui.visibleRows() == before);

    // A JSON file with one bad team: the others are imported, the bad one is listed with its JSON path.
    const QString mixed = ui.f.dir.file(QStringLiteral("mixed.json"));
    writeAll(mixed, R"({"teams": [{"id": 7001, "official_name": "Good Team", "short_name": "GOOD", "country": "FR"},
                                  {"id": 7002, "official_name": "Bad Team", "short_name": "BAD", "country": "XX"}]})");
    ui.page.importFile(DirectoryImportKind::TrustedIntroducer, mixed);
    ui.waitForImport();
    auto* problems = child<QPlainTextEdit>(&ui.page, "importProblemsPlainTextEdit");
    INFO(ui.page.importMessage().toStdString() << " / " << problems->toPlainText().toStdString());
    CHECK(ui.page.importMessage().contains(QStringLiteral("1 added")));
    CHECK(problems->isVisible());
    CHECK(problems->toPlainText().contains(QStringLiteral("teams[1]")));
    CHECK(ui.visibleRows() == before + 1);

    ui.page.importFile(DirectoryImportKind::VCard, ui.f.dir.file(QStringLiteral("missing.vcf")));
    ui.waitForImport();
    CHECK(ui.page.importMessage().contains(QStringLiteral("missing.vcf")));
}

TEST_CASE("Directory imports address book vCards 3.0 with their warnings, and again as unchanged", "[ui][directory]")
{
    DirectoryUi ui;
    const QString google = sourcePath(QStringLiteral("tests/data/directory/vcard/google-3.0.vcf"));
    ui.page.importFile(DirectoryImportKind::VCard, google);
    ui.waitForImport();
    auto* problems = child<QPlainTextEdit>(&ui.page, "importProblemsPlainTextEdit");
    INFO(ui.page.importMessage().toStdString() << " / " << problems->toPlainText().toStdString());
    CHECK(ui.page.importMessage().contains(QStringLiteral("2 added")));
    CHECK(problems->isVisible());
    CHECK(problems->toPlainText().contains(QStringLiteral("google-3.0.vcf, line 17: warning:")));

    ui.page.importFile(DirectoryImportKind::VCard, google);
    ui.waitForImport();
    CHECK(ui.page.importMessage().contains(QStringLiteral("0 added, 0 updated, 2 unchanged")));
}

TEST_CASE("Directory exports vCard that reads back to the same teams", "[ui][directory]")
{
    DirectoryUi ui;
    const QString path = ui.f.dir.file(QStringLiteral("directory.vcf"));
    REQUIRE(ui.page.exportVCard(path));
    const ImportedDirectory read = DirectoryVCard::read(readAll(path));
    CHECK(read.problems.isEmpty());
    QStringList names;
    for (const ImportedTeam& team : read.teams)
        names.append(team.team.shortName);
    names.sort();
    CHECK(names == QStringList{QStringLiteral("CERT-XX"), QStringLiteral("EXB-CSIRT"), QStringLiteral("EXU-CERT"),
                               QStringLiteral("EXU-SOC"), QStringLiteral("ISP1-ABUSE")});
    CHECK(read.people.size() == 2);
    REQUIRE_FALSE(ui.page.exportVCard(ui.f.dir.file(QStringLiteral("no/such/dir.vcf"))));
}

TEST_CASE("A team key imported from the page shows its expiry warning in words and icon", "[ui][directory][gpg]")
{
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, QStringLiteral("EXU-SOC <soc@utility.example.org>"),
                                    QStringLiteral("ed25519"), QStringLiteral("sign"), QStringLiteral("10d"));
    const GpgRun exported = gpg(home, {QStringLiteral("--armor"), QStringLiteral("--export"), fpr});
    REQUIRE(exported.exitCode == 0);

    DirectoryUi ui;
    // gpg judges expiry by the real time: the workspace clock has to agree.
    ui.f.clock.set(QDateTime::currentDateTimeUtc());
    const QString file = ui.f.dir.file(QStringLiteral("soc.asc"));
    writeAll(file, exported.out);
    const qint64 soc = ui.teamId(QStringLiteral("EXU-SOC"));
    ui.page.importFile(DirectoryImportKind::Keys, file, soc);
    ui.waitForImport();
    INFO(ui.page.importMessage().toStdString());
    CHECK(ui.page.importMessage().contains(QStringLiteral("1 key")));
    CHECK(ui.page.currentTeamId() == soc);

    auto* keys = child<QTableWidget>(ui.page.detail(), "teamKeysTableWidget");
    REQUIRE(keys->rowCount() == 1);
    CHECK(keys->item(0, 0)->text() == groupedFingerprint(fpr));
    CHECK(keys->item(0, 1)->text() == QStringLiteral("Expires soon"));
    CHECK_FALSE(keys->item(0, 1)->icon().isNull());
    CHECK_FALSE(keys->item(0, 1)->toolTip().isEmpty());

    child<QCheckBox>(&ui.page, "keyConcernsCheckBox")->setChecked(true);
    CHECK(ui.visibleRows() == 1);
}

namespace {

// A Trusted Introducer file of 20,000 teams: big enough that the job is still reading or merging when a button
// is pressed.
QString writeBigTeamsFile(DirectoryUi& ui)
{
    QByteArray json("{\"teams\": [");
    for (int i = 0; i < 20000; ++i) {
        json += (i ? "," : "") + QStringLiteral(R"({"id": %1, "official_name": "Team number %1", "short_name": "T%1", )"
                                                R"("country": "DE", "email": "t%1@example.net"})")
                                     .arg(i + 1)
                                     .toUtf8();
    }
    json += "]}";
    const QString file = ui.f.dir.file(QStringLiteral("big.json"));
    writeAll(file, json);
    return file;
}

QPushButton* importProgressButton(DirectoryUi& ui, const char* name)
{
    auto* progress = ui.page.findChild<QDialog*>(QStringLiteral("directoryImportProgressDialog"));
    REQUIRE(progress);
    auto* button = progress->findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(button);
    return button;
}

} // namespace

TEST_CASE("Cancelling a directory import rolls it back and says so", "[ui][directory]")
{
    DirectoryUi ui;
    ui.page.importFile(DirectoryImportKind::TrustedIntroducer, writeBigTeamsFile(ui));
    REQUIRE(ui.page.isImporting());
    // The dialog's own Cancel button, as a person presses it.
    QTest::mouseClick(importProgressButton(ui, "directoryImportCancelButton"), Qt::LeftButton);
    ui.waitForImport();
    CHECK(ui.page.importMessage().contains(QStringLiteral("cancelled")));
    CHECK(ui.visibleRows() == 5);
    TeamReader store(ui.f.session->vault());
    CHECK(store.teams()->size() == 5);
}

TEST_CASE("Stopping a directory import keeps the teams merged so far and says it stopped", "[ui][directory]")
{
    DirectoryUi ui;
    const int before = ui.visibleRows();
    ui.page.importFile(DirectoryImportKind::TrustedIntroducer, writeBigTeamsFile(ui));
    REQUIRE(ui.page.isImporting());
    auto* stop = importProgressButton(ui, "directoryImportStopButton");
    CHECK(stop->isVisibleTo(stop->window()));
    // Pressed once the merge has begun, so that some teams are in and some are not.
    auto* bar = ui.page.findChild<QProgressBar*>(QStringLiteral("directoryImportProgressBar"));
    auto* label = ui.page.findChild<QLabel*>(QStringLiteral("directoryImportProgressLabel"));
    REQUIRE(bar);
    REQUIRE(label);
    REQUIRE(
        QTest::qWaitFor([&] { return label->text().contains(QStringLiteral("Merging")) && bar->value() > 0; }, 120000));
    QTest::mouseClick(stop, Qt::LeftButton);
    CHECK_FALSE(stop->isEnabled());
    ui.waitForImport();
    INFO(ui.page.importMessage().toStdString());
    CHECK(ui.page.importMessage().contains(QStringLiteral("stopped")));
    CHECK(ui.page.importMessage().contains(QStringLiteral("not reached")));
    // Kept: the teams merged before the stop are in the workspace and in the list; the rest were not read.
    const qsizetype stored = TeamReader(ui.f.session->vault()).teams()->size();
    CHECK(stored > before);
    CHECK(stored < before + 20000);
    CHECK(ui.visibleRows() == int(stored));
}

TEST_CASE("Key and RFC 2350 imports offer no Stop: they are one step", "[ui][directory]")
{
    DirectoryUi ui;
    const QString keys = ui.f.dir.file(QStringLiteral("empty.asc"));
    writeAll(keys, "");
    ui.page.importFile(DirectoryImportKind::Keys, keys);
    CHECK_FALSE(importProgressButton(ui, "directoryImportStopButton")->isVisibleTo(ui.page.window()));
    ui.waitForImport();
}

TEST_CASE("Directory imports a partner's signed RFC 2350 document as a job, checked against the workspace keyring",
          "[ui][directory][gpg]")
{
    DirectoryUi ui;
    const QString document = sourcePath(QStringLiteral("tests/data/profile/inline-clearsigned.txt.asc"));
    const QString team = QStringLiteral("CSIRT-PT Example");
    REQUIRE(ui.rowsShowing(team) == 0);
    const int before = ui.visibleRows();

    // The partner's key is not in the workspace keyring yet: the document is read, the signature not checked.
    ui.page.importFile(DirectoryImportKind::Rfc2350, document);
    ui.waitForImport();
    INFO(ui.page.importMessage().toStdString());
    CHECK(ui.page.importMessage().contains(QStringLiteral("inline-clearsigned.txt.asc")));
    CHECK(ui.page.importMessage().contains(QStringLiteral("added")));
    CHECK(ui.page.importMessage().contains(QStringLiteral("not in the keyring")));
    CHECK(ui.visibleRows() == before + 1);
    CHECK(ui.rowsShowing(team) == 1);

    // With the key in the workspace keyring, importing again updates the same team and the signature is valid.
    REQUIRE(KeyringStore(ui.f.session->vault(), ui.f.clock)
                .addKeys(readAll(sourcePath(QStringLiteral("tests/data/profile/inline-clearsigned-key.asc"))),
                         QStringLiteral("test")));
    ui.page.importFile(DirectoryImportKind::Rfc2350, document);
    ui.waitForImport();
    INFO(ui.page.importMessage().toStdString());
    CHECK(ui.page.importMessage().contains(QStringLiteral("updated")));
    CHECK(ui.page.importMessage().contains(QStringLiteral("Valid signature")));
    CHECK(ui.visibleRows() == before + 1);
    CHECK(ui.rowsShowing(team) == 1);

    // One changed character in the signed text: refused with the reason, nothing changes.
    QByteArray tampered = readAll(document);
    const qsizetype at = tampered.indexOf("Rua do Exemplo 100");
    REQUIRE(at > 0);
    tampered[at] = 'X';
    const QString tamperedPath = ui.f.dir.file(QStringLiteral("tampered.txt.asc"));
    writeAll(tamperedPath, tampered);
    ui.page.importFile(DirectoryImportKind::Rfc2350, tamperedPath);
    ui.waitForImport();
    INFO(ui.page.importMessage().toStdString());
    CHECK(ui.page.importMessage().contains(QStringLiteral("tampered.txt.asc")));
    CHECK_FALSE(ui.page.importMessage().contains(QStringLiteral("updated")));
    CHECK(ui.visibleRows() == before + 1);
    TeamReader store(ui.f.session->vault());
    auto stored = store.findTeam(team);
    REQUIRE(stored);
    CHECK(stored->postalAddress.startsWith(QStringLiteral("Rua do Exemplo")));

    // A file that is no RFC 2350 document: a clear error naming the file.
    const QString notProfile = ui.f.dir.file(QStringLiteral("notes.txt"));
    writeAll(notProfile, "Just some notes.\n");
    ui.page.importFile(DirectoryImportKind::Rfc2350, notProfile);
    ui.waitForImport();
    CHECK(ui.page.importMessage().contains(QStringLiteral("notes.txt")));
    CHECK(ui.visibleRows() == before + 1);
}

// The dialog is rendered to FB_SCREENSHOT when set: FB_SCREENSHOT=path test-ui "[signer]".
TEST_CASE("Directory import of an RFC 2350 document signed by another key asks before linking the 2.8 key",
          "[ui][directory][gpg][signer]")
{
    GnupgHome home = makeHome();
    const QString teamKey = generateKey(home, QStringLiteral("EXCERT <cert@excert.exampleland.de>"));
    const QString otherKey = generateKey(home, QStringLiteral("Somebody <somebody@elsewhere.exampleland.de>"));
    const QByteArray text = profileDocument(ProfileLayout::MarkdownBold, teamKey, teamNameBody(0)).toUtf8();
    const GpgRun signedRun = gpg(home, {QStringLiteral("--clearsign"), QStringLiteral("--local-user"), otherKey}, text);
    REQUIRE(signedRun.exitCode == 0);
    const GpgRun exported = gpg(home, {QStringLiteral("--armor"), QStringLiteral("--export"), teamKey, otherKey});
    REQUIRE(exported.exitCode == 0);

    DirectoryUi ui;
    ui.f.clock.set(QDateTime::currentDateTimeUtc()); // gpg judges key validity by the real time
    REQUIRE(KeyringStore(ui.f.session->vault(), ui.f.clock).addKeys(exported.out, QStringLiteral("test")));
    const QString document = ui.f.dir.file(QStringLiteral("excert.md.asc"));
    writeAll(document, signedRun.out);
    auto keysOfTeam = [&ui]() {
        TeamReader store(ui.f.session->vault());
        auto team = store.findTeam(QStringLiteral("EXCERT"));
        REQUIRE(team);
        return team->keyFingerprints;
    };

    int asked = 0;
    bool answer = false;
    QString question;
    ui.page.setSignerPrompt([&](QMessageBox& box) {
        ++asked;
        question = box.text() + u'\n' + box.informativeText();
        CHECK(box.objectName() == QStringLiteral("signerQuestionMessageBox"));
        CHECK(box.defaultButton() == box.button(QMessageBox::No));
        if (const QString path = qEnvironmentVariable("FB_SCREENSHOT"); !path.isEmpty()) {
            box.show();
            QTest::qWait(50);
            CHECK(box.grab().save(path));
            box.hide();
        }
        return answer;
    });

    SECTION("Do not link: the team is imported without the key")
    {
        ui.page.importFile(DirectoryImportKind::Rfc2350, document);
        ui.waitForImport();
        INFO(ui.page.importMessage().toStdString());
        CHECK(asked == 1);
        CHECK(question.contains(QStringLiteral("another key than the team's own key")));
        CHECK(question.contains(groupedFingerprint(otherKey)));
        CHECK(question.contains(groupedFingerprint(teamKey)));
        CHECK(ui.page.importMessage().contains(QStringLiteral("NOT the team's own key")));
        auto* problems = child<QPlainTextEdit>(&ui.page, "importProblemsPlainTextEdit");
        CHECK(problems->toPlainText().contains(QStringLiteral("was not linked")));
        CHECK(problems->toPlainText().contains(QStringLiteral("203.0.113.0/33")));
        CHECK(keysOfTeam().isEmpty());
        CHECK(ui.page.lookup(QStringLiteral("AS64497"))); // a network only this team's 3.2 names
        CHECK(ui.page.currentTeamId() == ui.teamId(QStringLiteral("EXCERT")));
    }
    SECTION("Link the key: the team gets the key named in 2.8")
    {
        answer = true;
        ui.page.importFile(DirectoryImportKind::Rfc2350, document);
        ui.waitForImport();
        INFO(ui.page.importMessage().toStdString());
        CHECK(asked == 1);
        CHECK(ui.page.importMessage().contains(QStringLiteral("You accepted the signer")));
        CHECK(keysOfTeam() == QStringList{teamKey});
    }
    SECTION("Signed by the team's own key: nothing to ask")
    {
        const GpgRun own = gpg(home, {QStringLiteral("--clearsign"), QStringLiteral("--local-user"), teamKey}, text);
        REQUIRE(own.exitCode == 0);
        writeAll(document, own.out);
        ui.page.importFile(DirectoryImportKind::Rfc2350, document);
        ui.waitForImport();
        CHECK(asked == 0);
        CHECK(keysOfTeam() == QStringList{teamKey});
    }
    home.shutDown();
}

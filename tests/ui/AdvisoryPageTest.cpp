// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/advisory/AdvisoryPage.h"

#include "core/advisory/AdvisoryStore.h"
#include "core/directory/DistributionListStore.h"
#include "core/directory/OwnTeam.h"
#include "tests/core/advisory/AdvisoryFixture.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/advisory/AdvisoryEditor.h"
#include "ui/advisory/AdvisoryPreview.h"
#include "ui/advisory/PublishDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>

using namespace fb;
using namespace fb::test;

namespace {

struct AdvisoryPageFixture : SessionFixture
{
    // One complete advisory (lint-clean) and one draft without products (a lint error).
    AdvisoryPageFixture()
    {
        AdvisoryStore store(session->change());
        Advisory complete = sampleAdvisory();
        complete.audience.clear();
        auto stored = store.create(complete);
        REQUIRE(stored);
        completeId = stored->id;
        Advisory half;
        half.title = QStringLiteral("Half-done draft");
        half.summary = QStringLiteral("Something is wrong somewhere.");
        auto draft = store.create(half);
        REQUIRE(draft);
        draftId = draft->id;
        page.setSession(session.get());
        page.resize(1600, 1000);
    }

    QString previewText() { return child<QPlainTextEdit>(&page, "textPreview")->toPlainText(); }

    AdvisoryPage page;
    qint64 completeId = 0;
    qint64 draftId = 0;
};

} // namespace

TEST_CASE("Advisory page: editing a field updates the preview", "[ui][advisory]")
{
    AdvisoryPageFixture f;
    REQUIRE(f.page.select(f.completeId));
    CHECK(f.previewText().contains(QStringLiteral("Remote code execution in Example HTTP Server")));
    auto* title = child<QLineEdit>(&f.page, "titleLineEdit");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Heap overflow in Example HTTP Server"));
    CHECK(f.previewText().contains(QStringLiteral("Heap overflow in Example HTTP Server")));
    CHECK_FALSE(f.previewText().contains(QStringLiteral("Remote code execution in Example HTTP Server")));

    // Saved, it is what the store holds.
    auto* save = child<QPushButton>(&f.page, "saveButton");
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto stored = AdvisoryStore(f.session->change()).get(f.completeId);
    REQUIRE(stored);
    CHECK(stored->title == QStringLiteral("Heap overflow in Example HTTP Server"));
    CHECK_FALSE(save->isEnabled());

    // The audience must name a distribution list: refused with the name, nothing saved.
    auto* audience = child<QLineEdit>(&f.page, "audienceLineEdit");
    audience->setText(QStringLiteral("nobody-list"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(f.page.message().contains(QStringLiteral("nobody-list")));
    CHECK(AdvisoryStore(f.session->change()).get(f.completeId)->audience.isEmpty());
}

TEST_CASE("Advisory page: without distribution lists the audience says where the window makes them", "[ui][advisory]")
{
    AdvisoryPageFixture f;
    auto* audience = child<QLineEdit>(&f.page, "audienceLineEdit");
    const QString hint = audience->placeholderText();
    INFO(hint.toStdString());
    CHECK(hint.contains(QStringLiteral("Directory")));
    CHECK(hint.contains(QStringLiteral("Lists")));
    // No command to type: not the CLI's words.
    CHECK_FALSE(hint.contains(QStringLiteral("dlist")));
    CHECK_FALSE(hint.contains(QStringLiteral("directory ")));

    REQUIRE(DistributionListStore(f.session->change()).create(QStringLiteral("national-partners")));
    f.page.reload();
    CHECK(audience->placeholderText() != hint);
    CHECK(audience->toolTip().contains(QStringLiteral("national-partners")));
}

TEST_CASE("Advisory page: a bad CVSS vector names the metric at fault and a good one shows its score", "[ui][advisory]")
{
    AdvisoryPageFixture f;
    REQUIRE(f.page.select(f.completeId));
    CHECK(f.page.editor()->cvssText().contains(QStringLiteral("9.8")));
    auto* table = child<QTableWidget>(&f.page, "vulnerabilitiesTableWidget");
    table->setCurrentCell(0, 3);
    table->item(0, 3)->setText(QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:Q/A:H"));
    const QString text = child<QLabel>(&f.page, "cvssLabel")->text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("at I:")));
    // The lint list says it too, and publishing is blocked.
    CHECK(AdvisoryLint::hasErrors(f.page.preview()->findings()));
    CHECK_FALSE(child<QPushButton>(&f.page, "publishButton")->isEnabled());
    table->item(0, 3)->setText(QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N"));
    CHECK(f.page.editor()->cvssText().contains(QStringLiteral("base 5.4 (Medium)")));
    CHECK(child<QPushButton>(&f.page, "publishButton")->isEnabled());
}

TEST_CASE("Advisory page: a lint error blocks publishing until it is fixed", "[ui][advisory]")
{
    AdvisoryPageFixture f;
    REQUIRE(f.page.select(f.draftId));
    auto* publish = child<QPushButton>(&f.page, "publishButton");
    CHECK_FALSE(publish->isEnabled());
    CHECK_FALSE(f.page.canPublish());
    auto* lint = child<QListWidget>(&f.page, "lintListWidget");
    bool namesProducts = false;
    for (int i = 0; i < lint->count(); ++i)
        namesProducts = namesProducts || lint->item(i)->data(Qt::UserRole).toString() == QStringLiteral("products");
    CHECK(namesProducts);

    // publishTo() refuses too (the dialog's path): nothing is published.
    TempDir out;
    f.page.publishTo(out.path(), AdvisoryStatus::Final, QStringLiteral("x"), false);
    CHECK(AdvisoryStore(f.session->change()).get(f.draftId)->status == AdvisoryStatus::Draft);

    // Adding a product (vendor and name) clears the error.
    QTest::mouseClick(child<QPushButton>(&f.page, "productsTableWidgetAddButton"), Qt::LeftButton);
    auto* products = child<QTableWidget>(&f.page, "productsTableWidget");
    REQUIRE(products->rowCount() == 1);
    products->item(0, 0)->setText(QStringLiteral("Acme"));
    products->item(0, 1)->setText(QStringLiteral("Router"));
    CHECK(publish->isEnabled());
}

TEST_CASE("Advisory page: publishing writes CSAF, signed text, HTML and PDF off the GUI thread", "[ui][advisory]")
{
    AdvisoryPageFixture f;
    GnupgHome home = makeHome();
    const QString key = generateKey(home, QStringLiteral("Firebreak Test CERT <cert@example.org>"));
    const QByteArray previousHome = qgetenv("GNUPGHOME");
    QThreadPool::globalInstance()->waitForDone(); // no job reads the environment while it changes
    qputenv("GNUPGHOME", home.path().toUtf8());
    REQUIRE(OwnTeam(f.session->vault()).setSigningKey(key));
    REQUIRE(f.page.select(f.completeId));

    TempDir out;
    QSignalSpy finished(&f.page, &AdvisoryPage::publishFinished);
    f.page.publishTo(out.path(), AdvisoryStatus::Final, QStringLiteral("Initial release."), true);
    CHECK_FALSE(child<QPushButton>(&f.page, "publishButton")->isEnabled()); // while the job runs
    REQUIRE(finished.wait(60000));
    const QStringList files = finished.first().at(0).toStringList();
    INFO(finished.first().at(1).toString().toStdString());
    REQUIRE(files.size() == 4);
    const QString base = QDir(out.path()).filePath(QStringLiteral("firebreak-2026-0001"));
    CHECK(readAll(base + QStringLiteral(".json")).contains("\"csaf_version\": \"2.0\""));
    CHECK(readAll(base + QStringLiteral(".html")).contains("<html"));
    CHECK(readAll(base + QStringLiteral(".pdf")).startsWith("%PDF-"));
    const GpgRun verified = gpg(home, {QStringLiteral("--verify"), base + QStringLiteral(".txt.asc")});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(readAll(base + QStringLiteral(".txt.asc")).contains("Initial release."));

    auto stored = AdvisoryStore(f.session->change()).get(f.completeId);
    REQUIRE(stored);
    CHECK(stored->status == AdvisoryStatus::Final);
    CHECK(stored->version == QStringLiteral("1"));
    CHECK(child<QPushButton>(&f.page, "publishButton")->isEnabled());
    QThreadPool::globalInstance()->waitForDone(); // no job reads the environment while it changes
    if (previousHome.isEmpty())
        qunsetenv("GNUPGHOME");
    else
        qputenv("GNUPGHOME", previousHome);
    home.shutDown();
}

TEST_CASE("Advisory page: a CSAF document starts a draft that keeps its source", "[ui][advisory]")
{
    AdvisoryPageFixture f;
    const QString source = conformancePath(QStringLiteral("csaf/examples/bsi-2022-0001.json"));
    REQUIRE(f.page.importCsaf(source));
    const QString text = f.previewText();
    auto list = AdvisoryStore(f.session->change()).list();
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    auto imported = AdvisoryStore(f.session->change()).find(QStringLiteral("FIREBREAK-2026-0003"));
    REQUIRE(imported);
    CHECK(imported->provenance.sha256.size() == 64);
    CHECK(f.page.message().contains(imported->provenance.trackingId));
    CHECK(text.contains(QStringLiteral("FIREBREAK-2026-0003"))); // shown: the title may wrap

    TempDir dir;
    const QString broken = dir.file(QStringLiteral("broken.json"));
    writeAll(broken, "{\"document\": ");
    CHECK_FALSE(f.page.importCsaf(broken));
    CHECK(f.page.message().startsWith(QStringLiteral("Not imported")));
    CHECK(AdvisoryStore(f.session->change()).list()->size() == 3);
}

// Renders the page for docs/screenshots/advisory.png: FB_SCREENSHOT=path test-ui "[.screenshot]" (else into TMPDIR).
TEST_CASE("Advisory page: without a team key, clear-signing is off and says where to choose one", "[ui][advisory]")
{
    const Advisory advisory = sampleAdvisory();
    PublishDialog without(advisory, false);
    CHECK_FALSE(child<QCheckBox>(&without, "signCheckBox")->isEnabled());
    CHECK_FALSE(without.sign());
    CHECK(child<QLabel>(&without, "noTeamKeyLabel")->text().contains(QStringLiteral("Team → Settings")));
    PublishDialog with(advisory, true);
    CHECK(child<QCheckBox>(&with, "signCheckBox")->isEnabled());
    CHECK(with.sign());
    CHECK(with.findChild<QLabel*>(QStringLiteral("noTeamKeyLabel")) == nullptr);
}

TEST_CASE("Advisory page screenshot", "[.screenshot]")
{
    AdvisoryPageFixture f;
    REQUIRE(f.page.select(f.completeId));
    f.page.resize(1700, 1050);
    f.page.show();
    QTest::qWait(50);
    const QString path = qEnvironmentVariable("FB_SCREENSHOT", QDir::tempPath() + QStringLiteral("/advisory.png"));
    CHECK(f.page.grab().save(path));
}

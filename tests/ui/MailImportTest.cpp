// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/ImportDialog.h"

#include "tests/core/mail/MailTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/mail/ImportSummaryDialog.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace fb;
using namespace fb::test;

namespace {

QByteArray junk()
{
    QByteArray bytes;
    for (int i = 0; i < 65536; ++i)
        bytes.append(char((i * 7919 + 13) % 256));
    return bytes;
}

qint64 reportCount(WorkspaceSession& session)
{
    TicketQuery query;
    query.kind = TicketKind::Report;
    auto count = session.search().count(query);
    REQUIRE(count);
    return *count;
}

QString labelText(QWidget* root, const char* name)
{
    return child<QLabel>(root, name)->text();
}

} // namespace

TEST_CASE("Dropping an mbox and a broken file on the window imports them and opens the summary", "[ui][mail][import]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    auto vault = Vault::create(dir.file(QStringLiteral("drop.firebreak")), SecretBytes("test", 4));
    REQUIRE(vault);
    window.setWorkspace(std::move(*vault));
    window.show();

    writeAll(dir.file(QStringLiteral("reports.mbox")), mailbox(3));
    writeAll(dir.file(QStringLiteral("broken.eml")), junk());
    auto* data = new QMimeData();
    data->setUrls({QUrl::fromLocalFile(dir.file(QStringLiteral("reports.mbox"))),
                   QUrl::fromLocalFile(dir.file(QStringLiteral("broken.eml")))});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    delete data;

    ImportSummaryDialog* summary = nullptr;
    REQUIRE(QTest::qWaitFor([&]() { return (summary = window.findChild<ImportSummaryDialog*>()) != nullptr; }, 120000));
    CHECK(labelText(summary, "importedCountLabel") == QStringLiteral("3"));
    CHECK(labelText(summary, "threadedCountLabel") == QStringLiteral("0"));
    CHECK(labelText(summary, "duplicateCountLabel") == QStringLiteral("0"));
    CHECK(labelText(summary, "quarantinedCountLabel") == QStringLiteral("1"));
    CHECK(reportCount(*window.session()) == 3);

    auto* problems = child<QTreeWidget>(summary, "importProblemsTreeWidget");
    REQUIRE(problems->topLevelItemCount() == 1);
    CHECK(problems->topLevelItem(0)->text(1) == QStringLiteral("broken.eml"));
    CHECK_FALSE(problems->topLevelItem(0)->text(3).isEmpty());
    summary->inspect(0);
    // The quarantined bytes themselves can be looked at.
    const QString detail = child<QPlainTextEdit>(summary, "importDetailTextEdit")->toPlainText();
    CHECK(detail.contains(QStringLiteral("Kept in the quarantine")));
    CHECK(detail.size() > 1000);

    SECTION("dropping the same mailbox again finds only duplicates")
    {
        summary->close();
        REQUIRE(QTest::qWaitFor([&]() { return window.findChild<ImportSummaryDialog*>() == nullptr; }, 30000));
        window.importPaths({dir.file(QStringLiteral("reports.mbox"))});
        REQUIRE(
            QTest::qWaitFor([&]() { return (summary = window.findChild<ImportSummaryDialog*>()) != nullptr; }, 120000));
        CHECK(labelText(summary, "importedCountLabel") == QStringLiteral("0"));
        CHECK(labelText(summary, "duplicateCountLabel") == QStringLiteral("3"));
        CHECK(reportCount(*window.session()) == 3);
    }
}

TEST_CASE("Cancelling an import stops it and reports what was kept", "[ui][mail][import]")
{
    SessionFixture f;
    writeAll(f.dir.file(QStringLiteral("big.mbox")), mailbox(400));
    ImportDialog dialog(*f.session, {f.dir.file(QStringLiteral("big.mbox"))});
    std::optional<MailImportReport> imported;
    QObject::connect(&dialog, &ImportDialog::imported, [&](const MailImportReport& report) { imported = report; });
    dialog.show();
    dialog.start();
    REQUIRE(dialog.isRunning());
    child<QPushButton>(&dialog, "importCancelButton")->click();
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isRunning(); }, 120000));
    REQUIRE(imported);
    const MailImportReport report = *imported;
    CHECK(report.cancelled);
    CHECK(report.total() < 400);
    CHECK(reportCount(*f.session) == report.imported);
}

TEST_CASE("A file that cannot be read fails the import with its name", "[ui][mail][import]")
{
    SessionFixture f;
    ImportDialog dialog(*f.session, {f.dir.file(QStringLiteral("missing.mbox"))});
    int failed = 0;
    QObject::connect(&dialog, &ImportDialog::failed, [&](const Error&) { ++failed; });
    dialog.show();
    dialog.start();
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.isRunning(); }, 120000));
    REQUIRE(failed == 1);
    CHECK(labelText(&dialog, "importCountLabel").contains(QStringLiteral("missing.mbox")));
}

TEST_CASE("Locking the window cancels a running import", "[ui][mail][import]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString path = dir.file(QStringLiteral("lock.firebreak"));
    {
        MainWindow window(settings.settings, clock, QStringLiteral("alice"));
        auto vault = Vault::create(path, SecretBytes("test", 4));
        REQUIRE(vault);
        window.setWorkspace(std::move(*vault));
        window.show();
        writeAll(dir.file(QStringLiteral("big.mbox")), mailbox(400));
        window.importPaths({dir.file(QStringLiteral("big.mbox"))});
        auto* import = window.findChild<ImportDialog*>();
        REQUIRE(import);
        REQUIRE(import->isRunning());
        window.lock();
        REQUIRE(QTest::qWaitFor([&]() { return window.findChild<ImportDialog*>() == nullptr || !import->isRunning(); },
                                60000));
        REQUIRE(QTest::qWaitFor([&]() { return window.findChild<ImportSummaryDialog*>() != nullptr; }, 120000));
        CHECK(child<QLabel>(window.findChild<ImportSummaryDialog*>(), "importHeadingLabel")
                  ->text()
                  .contains(QStringLiteral("cancelled")));
    }
    auto reopened = Vault::open(path, SecretBytes("test", 4));
    REQUIRE(reopened);
    TicketQuery query;
    query.kind = TicketKind::Report;
    auto count = TicketSearch(**reopened).count(query);
    REQUIRE(count);
    CHECK(*count < 400);
}

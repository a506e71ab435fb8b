// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/StatisticsExportDialog.h"

#include "core/directory/TeamStore.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/dashboard/DashboardPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSpinBox>
#include <QTest>
#include <QThreadPool>

using namespace fb;
using namespace fb::test;

namespace {

const QString kRareTitle = QStringLiteral("Zebra rootkit on the payment switch");

// Five phishing incidents at Example Bank (finance) in January 2026 and one unusual intrusion in February.
void fill(SessionFixture& f)
{
    Team bank;
    bank.officialName = QStringLiteral("Example Bank CSIRT");
    bank.hostOrganisation = QStringLiteral("Example Bank");
    bank.country = QStringLiteral("DE");
    bank.sectors = {QStringLiteral("finance")};
    REQUIRE(TeamStore(f.session->change()).addTeam(bank));
    auto incident = [&f](const QString& rsitClass, const QString& rsitType, const QString& title, QDateTime at) {
        NewTicket t;
        t.kind = TicketKind::Incident;
        t.title = title;
        t.rsitClass = rsitClass;
        t.rsitType = rsitType;
        t.constituency = QStringLiteral("Example Bank");
        t.createdAt = at;
        REQUIRE(f.session->workflow().create(t));
    };
    for (int i = 0; i < 5; ++i)
        incident(QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("Phishing wave"),
                 QDateTime(QDate(2026, 1, 3 + i), QTime(10, 0), Qt::UTC));
    incident(QStringLiteral("intrusions"), QStringLiteral("system-compromise"), kRareTitle,
             QDateTime(QDate(2026, 2, 10), QTime(10, 0), Qt::UTC));
}

void waitForPreview(StatisticsExportDialog& dialog)
{
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.previewBusy(); }, 120000));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The statistics dialog previews the cells with the unusual incident suppressed and exports JSON")
{
    SessionFixture f;
    fill(f);
    StatisticsExportDialog dialog(*f.session, QDate(2026, 1, 1), QDate(2026, 2, 28));
    dialog.show();
    waitForPreview(dialog);
    const QList<QStringList> rows = dialog.previewRows();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).at(2) == QStringLiteral("2026-02"));
    CHECK(rows.at(0).at(3) == QStringLiteral("finance"));
    CHECK(rows.at(0).at(4) == QStringLiteral("suppressed (< 5)"));
    CHECK(rows.at(1).at(2) == QStringLiteral("2026-01"));
    CHECK(rows.at(1).at(4) == QStringLiteral("5"));
    for (const QStringList& row : rows)
        CHECK_FALSE(row.join(QLatin1Char(' ')).contains(QStringLiteral("Zebra")));
    CHECK(dialog.message().contains(QStringLiteral("1 suppressed")));

    // The threshold cannot go below 2; raising it suppresses the five as well.
    auto* k = dialog.findChild<QSpinBox*>(QStringLiteral("thresholdSpinBox"));
    REQUIRE(k);
    CHECK(k->minimum() == 2);
    k->setValue(1);
    CHECK(k->value() == 2);
    waitForPreview(dialog);
    CHECK(dialog.previewRows().at(1).at(4) == QStringLiteral("5"));
    k->setValue(6);
    waitForPreview(dialog);
    CHECK(dialog.previewRows().at(1).at(4) == QStringLiteral("suppressed (< 6)"));
    k->setValue(5);
    waitForPreview(dialog);

    // By country, into a JSON file, as a job.
    auto* grain = dialog.findChild<QComboBox*>(QStringLiteral("grainComboBox"));
    REQUIRE(grain);
    grain->setCurrentIndex(grain->findData(QStringLiteral("country")));
    waitForPreview(dialog);
    CHECK(dialog.previewRows().at(0).at(3) == QStringLiteral("DE"));
    dialog.setFormat(QStringLiteral("json"));
    const QString path = f.dir.file(QStringLiteral("stats.json"));
    REQUIRE(dialog.exportTo(path));
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.busy(); }, 120000));
    INFO(dialog.message().toStdString());
    REQUIRE(QFileInfo::exists(path));
    const QByteArray bytes = readFile(path);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray cells = root.value(QStringLiteral("cells")).toArray();
    REQUIRE(cells.size() == 2);
    CHECK(cells.at(0).toObject().value(QStringLiteral("count")).isNull());
    CHECK(cells.at(0).toObject().value(QStringLiteral("country")).toString() == QStringLiteral("DE"));
    CHECK(cells.at(1).toObject().value(QStringLiteral("count")).toInt() == 5);
    CHECK_FALSE(bytes.contains("Zebra"));
    CHECK_FALSE(bytes.contains("Example Bank"));
    CHECK(dialog.message().contains(QStringLiteral("written")));
}

TEST_CASE("The statistics dialog says why a period or a file is refused")
{
    SessionFixture f;
    fill(f);
    StatisticsExportDialog dialog(*f.session, QDate(2026, 1, 1), QDate(2026, 2, 28));
    dialog.show();
    waitForPreview(dialog);
    auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportStatisticsButton"));
    REQUIRE(exportButton);
    CHECK(exportButton->isEnabled());

    // A period that ends before it starts: no preview, no export.
    SharedStatisticsRequest backwards = dialog.request();
    backwards.from = QDate(2026, 3, 1);
    backwards.to = QDate(2026, 1, 1);
    dialog.setRequest(backwards);
    CHECK(dialog.previewRows().isEmpty());
    CHECK(dialog.message().contains(QStringLiteral("first day")));
    CHECK_FALSE(exportButton->isEnabled());
    CHECK_FALSE(dialog.exportTo(f.dir.file(QStringLiteral("never.csv"))));

    // An empty period is fine: no cells.
    SharedStatisticsRequest empty = dialog.request();
    empty.from = QDate(2025, 6, 1);
    empty.to = QDate(2025, 6, 30);
    dialog.setRequest(empty);
    waitForPreview(dialog);
    CHECK(dialog.previewRows().isEmpty());
    CHECK(dialog.message().contains(QStringLiteral("No incidents")));
    CHECK(exportButton->isEnabled());

    // A file in a folder that does not exist: the error is shown, nothing is written.
    const QString nowhere = f.dir.file(QStringLiteral("no-such-folder/stats.csv"));
    REQUIRE(dialog.exportTo(nowhere));
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.busy(); }, 120000));
    CHECK_FALSE(dialog.message().isEmpty());
    CHECK_FALSE(dialog.message().contains(QStringLiteral("written")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK(exportButton->isEnabled());
}

TEST_CASE("Cancelling the statistics export writes no file")
{
    SessionFixture f;
    fill(f);
    StatisticsExportDialog dialog(*f.session, QDate(2026, 1, 1), QDate(2026, 2, 28));
    dialog.show();
    waitForPreview(dialog);
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelExportButton"));
    REQUIRE(cancel);
    CHECK_FALSE(cancel->isEnabled());

    // Every worker of the pool is held, so the export is still queued when it is cancelled.
    QThreadPool* pool = QThreadPool::globalInstance();
    QSemaphore release;
    QSemaphore started;
    const int workers = pool->maxThreadCount();
    for (int i = 0; i < workers; ++i)
        pool->start([&release, &started]() {
            started.release();
            release.acquire();
        });
    started.acquire(workers);
    const QString path = f.dir.file(QStringLiteral("cancelled.csv"));
    REQUIRE(dialog.exportTo(path));
    CHECK(dialog.busy());
    CHECK(cancel->isEnabled());
    cancel->click();
    release.release(workers);
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.busy(); }, 120000));
    pool->waitForDone();
    CHECK(dialog.message().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(cancel->isEnabled());
}

TEST_CASE("The dashboard opens the statistics dialog for its period and closes it with the session")
{
    SessionFixture f;
    fill(f);
    DashboardPage page;
    page.setSession(f.session.get());
    page.show();
    StatisticsFilter filter = page.filter();
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 2, 28);
    page.setFilter(filter);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("shareableStatisticsPushButton"));
    REQUIRE(button);
    button->click();
    QPointer<StatisticsExportDialog> dialog = page.findChild<StatisticsExportDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->request().from == QDate(2026, 1, 1));
    CHECK(dialog->request().to == QDate(2026, 2, 28));
    CHECK(dialog->request().k == 5);
    waitForPreview(*dialog);
    CHECK(dialog->previewRows().size() == 2);
    page.setSession(nullptr);
    REQUIRE(QTest::qWaitFor([&]() { return dialog.isNull(); }, 30000)); // closed and deleted
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ConstituencyReportDialog.h"

#include "core/base/CsvReader.h"
#include "tests/core/report/ReportFixture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/dashboard/DashboardPage.h"

#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

void waitIdle(ConstituencyReportDialog& dialog)
{
    // Generous: a loaded CI machine shares two cores between several builds.
    REQUIRE(QTest::qWaitFor([&]() { return !dialog.busy(); }, 120000));
}

} // namespace

TEST_CASE("The dashboard's constituency report previews the range and constituency and exports four formats",
          "[ui][dashboard][report]")
{
    SessionFixture f;
    populateReportWorkspace(f.session->vault());
    DashboardPage page;
    page.setSession(f.session.get());
    page.show(); // fills the constituencies
    page.setFilter(StatisticsFilter{kReportFrom, kReportTo, kBank});
    REQUIRE(page.filter().constituency == kBank);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("constituencyReportPushButton"));
    REQUIRE(button);
    CHECK_FALSE(button->text().isEmpty());

    ConstituencyReportDialog* dialog = page.openConstituencyReport();
    REQUIRE(dialog);
    waitIdle(*dialog);
    // The page's filters carried over.
    CHECK(dialog->filter().from == kReportFrom);
    CHECK(dialog->filter().to == kReportTo);
    CHECK(dialog->filter().constituency == kBank);
    REQUIRE(dialog->report().has_value());
    CHECK(dialog->report()->totals.reportsReceived == 5);
    CHECK(dialog->report()->resolution.medianMs == 192 * 3600 * 1000LL);
    CHECK(
        dialog->previewText().contains(QStringLiteral("Constituency report: Example Bank, 2026-02-01 to 2026-02-28")));
    CHECK(dialog->previewText().contains(QStringLiteral("Incidents opened by RSIT class and type")));
    dialog->setPlainPreview(true);
    CHECK(dialog->previewText().startsWith(QStringLiteral("TLP:AMBER")));

    // Another constituency: counted again as a job.
    QSignalSpy ready(dialog, &ConstituencyReportDialog::previewReady);
    dialog->setFilter(StatisticsFilter{kReportFrom, kReportTo, kHospital});
    REQUIRE(QTest::qWaitFor([&]() { return ready.count() >= 1; }, 120000));
    waitIdle(*dialog);
    REQUIRE(dialog->report().has_value());
    CHECK(dialog->report()->constituency == kHospital);
    CHECK(dialog->report()->totals.reportsReceived == 1);

    for (const QString& format : ConstituencyReport::formats()) {
        INFO(format.toStdString());
        dialog->setFormat(format);
        CHECK(dialog->format() == format);
        const QString path = f.dir.file(ConstituencyReport::fileName(*dialog->report(), format));
        QSignalSpy saved(dialog, &ConstituencyReportDialog::saved);
        REQUIRE(dialog->saveTo(path));
        REQUIRE(QTest::qWaitFor([&]() { return saved.count() == 1; }, 120000));
        waitIdle(*dialog);
        const QByteArray bytes = readAll(path);
        CHECK((QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        if (format == QLatin1String("pdf")) {
            CHECK(bytes.startsWith("%PDF"));
            static const QRegularExpression pdfPage(QStringLiteral("/Type\\s*/Page[^s]"));
            CHECK(QString::fromLatin1(bytes).count(pdfPage) >= 1);
        } else if (format == QLatin1String("csv")) {
            auto rows = CsvReader::read(bytes);
            REQUIRE(rows);
            CHECK(rows->contains(QStringList{QStringLiteral("totals"),
                                             QStringLiteral("reports-received"),
                                             QStringLiteral("Incident reports received"),
                                             {},
                                             {},
                                             QStringLiteral("count"),
                                             QStringLiteral("1")}));
        } else {
            CHECK(bytes.contains("City Hospital, 2026-02-01 to 2026-02-28"));
            CHECK(bytes.contains("TLP:AMBER"));
        }
    }
    dialog->close();
}

TEST_CASE("The constituency report dialog says why it cannot count or write", "[ui][dashboard][report]")
{
    SessionFixture f;
    populateReportWorkspace(f.session->vault());
    ConstituencyReportDialog dialog(*f.session, StatisticsFilter{kReportFrom, kReportTo, {}});
    waitIdle(dialog);
    REQUIRE(dialog.report().has_value());
    CHECK(dialog.report()->totals.incidentsOpened == 6);
    auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportReportPushButton"));
    REQUIRE(exportButton);
    CHECK(exportButton->isEnabled());

    // A file that cannot be written: the error is shown, nothing is left behind.
    dialog.setFormat(QStringLiteral("csv"));
    const QString unwritable = f.dir.file(QStringLiteral("no-such-folder/report.csv"));
    QSignalSpy failed(&dialog, &ConstituencyReportDialog::failed);
    REQUIRE(dialog.saveTo(unwritable));
    REQUIRE(QTest::qWaitFor([&]() { return failed.count() == 1; }, 120000));
    CHECK(dialog.message().contains(QStringLiteral("no-such-folder")));
    CHECK_FALSE(QFile::exists(unwritable));

    // A reversed range is not counted, and there is nothing to export.
    dialog.setFilter(StatisticsFilter{kReportTo, kReportFrom, {}});
    CHECK_FALSE(dialog.report().has_value());
    CHECK_FALSE(dialog.busy());
    CHECK_FALSE(exportButton->isEnabled());
    CHECK_FALSE(dialog.message().isEmpty());
    CHECK_FALSE(dialog.saveTo(f.dir.file(QStringLiteral("x.csv"))));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ConstituencyReport.h"
#include "tests/core/report/ReportFixture.h"
#include "tests/core/vault/LaterFormats.h"
#include "tests/TestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

qint64 count(Vault& vault, const char* sql)
{
    auto q = vault.query(sql);
    REQUIRE(q);
    REQUIRE(*q->next());
    return q->int64(0);
}

} // namespace

TEST_CASE("Upgrading to format 18 adds the report indexes and keeps every ticket", "[vault][migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("report.firebreak"));
    {
        auto created = Vault::create(path, SecretBytes("test", 4));
        REQUIRE(created);
        populateReportWorkspace(**created);
        undoFormatsAfter(**created, 16);
        CHECK(count(**created, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'tickets_kind_c%'") == 0);
    }
    const char* tickets = "SELECT count(*) FROM tickets";
    auto reopened = Vault::open(path, SecretBytes("test", 4)); // upgrades
    INFO((reopened ? QString() : reopened.error().toString()).toStdString());
    REQUIRE(reopened);
    Vault& vault = **reopened;
    CHECK(vault.schemaVersion() >= 18);
    CHECK(count(vault, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                       "('tickets_kind_created', 'tickets_kind_closed')") == 2);
    CHECK(count(vault, tickets) == 16);
    FixedClock clock(kReportNow);
    DirectJobControl control;
    auto report = ConstituencyReport::collect(vault, clock, QStringLiteral("alice"),
                                              StatisticsFilter{kReportFrom, kReportTo, {}}, control);
    REQUIRE(report);
    CHECK(report->totals.reportsReceived == 6);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/SharedStatistics.h"

#include "core/base/CsvReader.h"
#include "core/base/Job.h"
#include "core/directory/TeamStore.h"
#include "tests/core/tickets/TicketFixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fb;
using namespace fb::test;

namespace {

const QString kRareTitle = QStringLiteral("Zebra rootkit at the central bank's payment switch");
const QString kRareIp = QStringLiteral("203.0.113.77");

// A workspace with known incidents (the clock is pinned at 2026-03-02 by TicketFixture):
//   Jan 2026, Example Bank (finance, DE):    6 fraud/phishing (one at the first instant of the period)
//   Jan 2026, Example Utility (energy, AT):  5 fraud/phishing, 4 malicious-code/infected-system
//   Feb 2026, Example Bank:                  1 intrusions/system-compromise (the unusual case)
//   Feb 2026, Nobody Inc (not in directory): 5 fraud/phishing
// and what must not count: a report, an incident a second before the period, one in March.
struct StatsFixture
{
    StatsFixture()
    {
        TeamStore teams(f.change());
        REQUIRE(teams.addTeam(team(QStringLiteral("Example Bank CSIRT"), QStringLiteral("Example Bank"),
                                   QStringLiteral("DE"), {QStringLiteral("Finance"), QStringLiteral("Insurance")})));
        REQUIRE(teams.addTeam(team(QStringLiteral("Example Utility SOC"), QStringLiteral("Example Utility"),
                                   QStringLiteral("AT"), {QStringLiteral("energy")})));
        const QDateTime jan(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime feb(QDate(2026, 2, 10), QTime(12, 0), Qt::UTC);
        for (int i = 0; i < 6; ++i)
            incident(QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("Example Bank"),
                     jan.addDays(i * 3));
        for (int i = 0; i < 5; ++i)
            incident(QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("example utility"),
                     jan.addDays(5 + i));
        for (int i = 0; i < 4; ++i)
            incident(QStringLiteral("malicious-code"), QStringLiteral("infected-system"),
                     QStringLiteral("Example Utility"), jan.addDays(20 + i));
        NewTicket rare = ticket(QStringLiteral("intrusions"), QStringLiteral("system-compromise"),
                                QStringLiteral("Example Bank"), feb);
        rare.title = kRareTitle;
        rare.observables = {Observable{ObservableType::Ipv4, kRareIp}};
        REQUIRE(f.workflow->create(rare));
        for (int i = 0; i < 5; ++i)
            incident(QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("Nobody Inc"), feb.addDays(i));
        // Not counted:
        NewTicket report =
            ticket(QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("Example Bank"), jan.addDays(1));
        report.kind = TicketKind::Report;
        REQUIRE(f.workflow->create(report));
        incident(QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("Example Bank"), jan.addSecs(-1));
        incident(QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("Example Bank"),
                 QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        request.from = QDate(2026, 1, 1);
        request.to = QDate(2026, 2, 28);
    }

    static Team team(const QString& name, const QString& host, const QString& country, const QStringList& sectors)
    {
        Team t;
        t.officialName = name;
        t.hostOrganisation = host;
        t.country = country;
        t.sectors = sectors;
        return t;
    }

    static NewTicket ticket(const QString& rsitClass, const QString& rsitType, const QString& constituency,
                            const QDateTime& at)
    {
        NewTicket t;
        t.kind = TicketKind::Incident;
        t.title = QStringLiteral("Routine case");
        t.rsitClass = rsitClass;
        t.rsitType = rsitType;
        t.constituency = constituency;
        t.createdAt = at;
        return t;
    }

    void incident(const QString& rsitClass, const QString& rsitType, const QString& constituency, const QDateTime& at)
    {
        REQUIRE(f.workflow->create(ticket(rsitClass, rsitType, constituency, at)));
    }

    SharedStatisticsTable collect()
    {
        auto table = SharedStatistics::collect(*f.vault, f.clock, request);
        REQUIRE(table);
        return *table;
    }

    TicketFixture f;
    SharedStatisticsRequest request;
};

SharedStatisticsCell cell(const char* rsitClass, const char* rsitType, const char* month, const char* group,
                          std::optional<qint64> count)
{
    return SharedStatisticsCell{QString::fromLatin1(rsitClass), QString::fromLatin1(rsitType),
                                QString::fromLatin1(month), QString::fromLatin1(group), count};
}

QJsonObject parseJson(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

// The header comment lines and the RFC 4180 rows after them.
std::pair<QStringList, QList<QStringList>> parseCsv(const QByteArray& bytes)
{
    QStringList comments;
    qsizetype offset = 0;
    while (offset < bytes.size() && bytes.at(offset) == '#') {
        const qsizetype end = bytes.indexOf("\r\n", offset);
        REQUIRE(end > offset);
        comments.append(QString::fromUtf8(bytes.mid(offset, end - offset)));
        offset = end + 2;
    }
    auto rows = CsvReader::read(bytes.mid(offset));
    REQUIRE(rows);
    return {comments, *rows};
}

} // namespace

TEST_CASE("shared statistics count incidents by class, type, month and sector with a known answer", "[sharestats]")
{
    StatsFixture s;
    const SharedStatisticsTable table = s.collect();
    const QList<SharedStatisticsCell> expected{
        cell("malicious-code", "infected-system", "2026-01", "energy", std::nullopt),
        cell("intrusions", "system-compromise", "2026-02", "finance", std::nullopt),
        cell("fraud", "phishing", "2026-01", "energy", 5),
        cell("fraud", "phishing", "2026-01", "finance", 6),
        cell("fraud", "phishing", "2026-02", "unknown", 5),
    };
    CHECK(table.cells == expected);
    CHECK(table.suppressedCount() == 2);
    CHECK(table.generatedAt == QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    CHECK(table.generator.startsWith(QStringLiteral("Firebreak ")));
}

TEST_CASE("shared statistics by country take the country of the oldest matching directory team", "[sharestats]")
{
    StatsFixture s;
    s.request.grain = StatisticsGrain::Country;
    // A newer team of the same organisation does not move the bank's incidents; a short name matches too.
    TeamStore teams(s.f.change());
    REQUIRE(teams.addTeam(StatsFixture::team(QStringLiteral("Example Bank Paris SOC"), QStringLiteral("Example Bank"),
                                             QStringLiteral("FR"), {})));
    Team nobody = StatsFixture::team(QStringLiteral("Nobody Incorporated CERT"), {}, QStringLiteral("NL"), {});
    nobody.shortName = QStringLiteral("NOBODY INC");
    REQUIRE(teams.addTeam(nobody));
    const QList<SharedStatisticsCell> expected{
        cell("malicious-code", "infected-system", "2026-01", "AT", std::nullopt),
        cell("intrusions", "system-compromise", "2026-02", "DE", std::nullopt),
        cell("fraud", "phishing", "2026-01", "AT", 5),
        cell("fraud", "phishing", "2026-01", "DE", 6),
        cell("fraud", "phishing", "2026-02", "NL", 5),
    };
    CHECK(s.collect().cells == expected);
}

TEST_CASE("shared statistics suppress below k and publish from k on", "[sharestats]")
{
    StatsFixture s;
    s.request.k = GENERATE(2, 5, 6, 7);
    for (const SharedStatisticsCell& c : s.collect().cells) {
        if (c.count)
            CHECK(*c.count >= s.request.k);
    }
    // k = 7 suppresses every cell of the fixture (the largest has 6).
    if (s.request.k == 7)
        CHECK(s.collect().suppressedCount() == 5);
    if (s.request.k == 2)
        CHECK(s.collect().suppressedCount() == 1); // only the single case
}

TEST_CASE("shared statistics refuse a threshold below 2 and a bad period", "[sharestats]")
{
    StatsFixture s;
    s.request.k = GENERATE(1, 0, -3);
    auto refused = SharedStatistics::collect(*s.f.vault, s.f.clock, s.request);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(refused.error().where == QStringLiteral("k"));

    SharedStatisticsRequest backwards;
    backwards.from = QDate(2026, 2, 1);
    backwards.to = QDate(2026, 1, 1);
    auto bad = SharedStatistics::collect(*s.f.vault, s.f.clock, backwards);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::BadInput);
}

TEST_CASE("shared statistics of an empty period list no cells and still state the rule", "[sharestats]")
{
    StatsFixture s;
    s.request.from = QDate(2025, 6, 1);
    s.request.to = QDate(2025, 6, 30);
    const SharedStatisticsTable table = s.collect();
    CHECK(table.cells.isEmpty());
    const QJsonObject json = parseJson(SharedStatistics::toJson(table));
    CHECK(json.value(QStringLiteral("cells")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("suppression")).toObject().value(QStringLiteral("threshold")).toInt() == 5);
    const auto [comments, rows] = parseCsv(SharedStatistics::toCsv(table));
    CHECK(rows.size() == 1); // the header row only
    CHECK(comments.filter(QStringLiteral("# rule: ")).size() == 1);
}

TEST_CASE("shared statistics JSON states threshold, rule, period, generator and time", "[sharestats]")
{
    StatsFixture s;
    const QJsonObject json = parseJson(SharedStatistics::toJson(s.collect()));
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("firebreak-shared-statistics"));
    CHECK(json.value(QStringLiteral("version")).toInt() == 1);
    CHECK(json.value(QStringLiteral("generator")).toString().startsWith(QStringLiteral("Firebreak ")));
    CHECK(json.value(QStringLiteral("generated")).toString() == QStringLiteral("2026-03-02T09:00:00Z"));
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    CHECK(period.value(QStringLiteral("from")).toString() == QStringLiteral("2026-01-01"));
    CHECK(period.value(QStringLiteral("to")).toString() == QStringLiteral("2026-02-28"));
    const QJsonObject suppression = json.value(QStringLiteral("suppression")).toObject();
    CHECK(suppression.value(QStringLiteral("threshold")).toInt() == 5);
    CHECK(suppression.value(QStringLiteral("rule")).toString() == QStringLiteral("suppress-1-to-k-minus-1-no-totals"));
    CHECK(suppression.value(QStringLiteral("description")).toString().contains(QStringLiteral("below k = 5")));
    CHECK(suppression.value(QStringLiteral("totals")).toBool(true) == false);
    CHECK(json.value(QStringLiteral("dimensions")).toArray() ==
          QJsonArray{QStringLiteral("rsit_class"), QStringLiteral("rsit_type"), QStringLiteral("month"),
                     QStringLiteral("sector")});
    const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
    REQUIRE(cells.size() == 5);
    const QJsonObject fourth = cells.at(3).toObject();
    CHECK(fourth.value(QStringLiteral("sector")).toString() == QStringLiteral("finance"));
    CHECK(fourth.value(QStringLiteral("count")).toInt() == 6);
    CHECK(fourth.value(QStringLiteral("suppressed")).toBool(true) == false);
}

TEST_CASE("shared statistics CSV is RFC 4180 after its comment lines", "[sharestats]")
{
    StatsFixture s;
    const QByteArray bytes = SharedStatistics::toCsv(s.collect());
    const auto [comments, rows] = parseCsv(bytes);
    CHECK(comments.contains(QStringLiteral("# threshold k: 5")));
    CHECK(comments.contains(QStringLiteral("# period: 2026-01-01/2026-02-28")));
    CHECK(comments.contains(QStringLiteral("# generated: 2026-03-02T09:00:00Z")));
    CHECK(comments.filter(QStringLiteral("# generator: Firebreak ")).size() == 1);
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(0) == QStringList{QStringLiteral("rsit_class"), QStringLiteral("rsit_type"), QStringLiteral("month"),
                                    QStringLiteral("sector"), QStringLiteral("count"), QStringLiteral("flag")});
    CHECK(rows.at(1) == QStringList{QStringLiteral("malicious-code"), QStringLiteral("infected-system"),
                                    QStringLiteral("2026-01"), QStringLiteral("energy"), QString(),
                                    QStringLiteral("suppressed")});
    CHECK(rows.at(4) == QStringList{QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("2026-01"),
                                    QStringLiteral("finance"), QStringLiteral("6"), QString()});
}

TEST_CASE("one unusual incident is not revealed by either format at either grain, nor through totals", "[sharestats]")
{
    StatsFixture s;
    s.request.grain = GENERATE(StatisticsGrain::Sector, StatisticsGrain::Country);
    const SharedStatisticsTable table = s.collect();
    const QByteArray csv = SharedStatistics::toCsv(table);
    const QByteArray json = SharedStatistics::toJson(table);
    for (const QByteArray& bytes : {csv, json}) {
        // Nothing of the case itself, nor the names of constituencies or teams.
        for (const QString& secret : {kRareTitle, kRareIp, QStringLiteral("Zebra"), QStringLiteral("Example Bank"),
                                      QStringLiteral("Example Utility"), QStringLiteral("Nobody Inc"),
                                      QStringLiteral("Routine case"), QStringLiteral("CSIRT")})
            CHECK_FALSE(bytes.contains(secret.toUtf8()));
        CHECK_FALSE(bytes.toLower().contains("total\""));
    }

    // JSON: the unusual cell has no count; no other member of the document holds a count.
    const QJsonObject root = parseJson(json);
    QStringList keys = root.keys();
    keys.sort();
    CHECK(keys == QStringList{QStringLiteral("cells"), QStringLiteral("counted"), QStringLiteral("dimensions"),
                              QStringLiteral("format"), QStringLiteral("generated"), QStringLiteral("generator"),
                              QStringLiteral("period"), QStringLiteral("suppression"), QStringLiteral("version")});
    bool rareSeen = false;
    qint64 published = 0;
    for (const QJsonValue& value : root.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject c = value.toObject();
        CHECK(c.keys().size() == 6); // the four dimensions, count and suppressed: no subtotal rides along
        if (c.value(QStringLiteral("rsit_class")).toString() == QStringLiteral("intrusions")) {
            rareSeen = true;
            CHECK(c.value(QStringLiteral("count")).isNull());
            CHECK(c.value(QStringLiteral("suppressed")).toBool());
        }
        if (!c.value(QStringLiteral("count")).isNull()) {
            CHECK(c.value(QStringLiteral("count")).toInt() >= s.request.k);
            published += c.value(QStringLiteral("count")).toInt();
        }
    }
    CHECK(rareSeen);
    CHECK(published == 16); // 6 + 5 + 5: the 4 and the 1 are in no number of the file

    // CSV: every data row is a cell (no total row), and the unusual one has an empty count.
    const auto [comments, rows] = parseCsv(csv);
    REQUIRE(rows.size() == table.cells.size() + 1);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        REQUIRE(rows.at(i).size() == 6);
        CHECK_FALSE(rows.at(i).at(0).isEmpty());
        CHECK_FALSE(rows.at(i).at(3).isEmpty());
        if (rows.at(i).at(0) == QStringLiteral("intrusions")) {
            CHECK(rows.at(i).at(4).isEmpty());
            CHECK(rows.at(i).at(5) == QStringLiteral("suppressed"));
        }
    }
    for (const QString& line : comments)
        CHECK_FALSE(line.contains(QStringLiteral("16")));
}

TEST_CASE("shared statistics report progress and can be cancelled", "[sharestats]")
{
    StatsFixture s;
    QList<JobProgress> seen;
    DirectJobControl control([&seen](const JobProgress& p) { seen.append(p); });
    REQUIRE(SharedStatistics::collect(*s.f.vault, s.f.clock, s.request, &control));
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.last().done == seen.last().total);

    DirectJobControl cancelled;
    cancelled.cancel();
    auto result = SharedStatistics::collect(*s.f.vault, s.f.clock, s.request, &cancelled);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Cancelled);
}

TEST_CASE("shared statistics render only csv and json", "[sharestats]")
{
    StatsFixture s;
    const SharedStatisticsTable table = s.collect();
    CHECK(SharedStatistics::render(table, QStringLiteral("csv")).value() == SharedStatistics::toCsv(table));
    CHECK(SharedStatistics::render(table, QStringLiteral("json")).value() == SharedStatistics::toJson(table));
    auto xml = SharedStatistics::render(table, QStringLiteral("xml"));
    REQUIRE_FALSE(xml);
    CHECK(xml.error().code == ErrorCode::BadInput);
    CHECK(SharedStatistics::parseGrain(QStringLiteral("sector")) == StatisticsGrain::Sector);
    CHECK(SharedStatistics::parseGrain(QStringLiteral("country")) == StatisticsGrain::Country);
    CHECK_FALSE(SharedStatistics::parseGrain(QStringLiteral("constituency")));
    CHECK(SharedStatistics::fileName(s.request, QStringLiteral("csv")) ==
          QStringLiteral("statistics-2026-01-01-2026-02-28.csv"));
}

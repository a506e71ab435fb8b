// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `stats export` through firebreak-cli: counts per RSIT class, type, month and sector or country in
// CSV and JSON, a single unusual incident suppressed and nothing of it written; bad dates, k below 2, a bad
// format and an unwritable output refused with their exit codes before any file is written.
#include "tests/e2e/CliRunner.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace fb;
using namespace fb::test;

namespace {

const QString kRareTitle = QStringLiteral("Zebra rootkit on the payment switch");
const QString kRareIp = QStringLiteral("203.0.113.77");

// Five phishing incidents and one unusual intrusion at Example Bank (finance, DE), created now.
void fill(const CliRunner& cli)
{
    cli.ok(args({"init"}));
    cli.ok(args({"directory", "add", "Example Bank CSIRT", "--set", "host_organisation=Example Bank", "--set",
                 "country=DE", "--set", "sectors=finance", "--email", "csirt@bank.example"}));
    for (int i = 0; i < 5; ++i)
        cli.create(args({"--kind", "incident", "--title", "Phishing wave", "--rsit", "fraud/phishing", "--constituency",
                         "Example Bank"}));
    cli.create(QStringList{QStringLiteral("--kind"), QStringLiteral("incident"), QStringLiteral("--title"), kRareTitle,
                           QStringLiteral("--rsit"), QStringLiteral("intrusions/system-compromise"),
                           QStringLiteral("--constituency"), QStringLiteral("Example Bank"),
                           QStringLiteral("--observable"), kRareIp});
}

// A period around today (UTC), wide enough for a run that crosses midnight.
QStringList period()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return {QStringLiteral("--from"), today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
            today.addDays(1).toString(Qt::ISODate)};
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("stats export writes JSON to standard output with the unusual incident suppressed")
{
    TempDir dir;
    CliRunner cli(dir);
    fill(cli);
    const QByteArray out = cli.ok(args({"stats", "export", "--format", "json", "--by", "country"}) + period());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = document.object();
    CHECK(root.value(QStringLiteral("suppression")).toObject().value(QStringLiteral("threshold")).toInt() == 5);
    const QJsonArray cells = root.value(QStringLiteral("cells")).toArray();
    REQUIRE(cells.size() == 2);
    const QJsonObject rare = cells.at(0).toObject(); // intrusions comes before fraud in RSIT
    CHECK(rare.value(QStringLiteral("rsit_class")).toString() == QStringLiteral("intrusions"));
    CHECK(rare.value(QStringLiteral("country")).toString() == QStringLiteral("DE"));
    CHECK(rare.value(QStringLiteral("count")).isNull());
    CHECK(rare.value(QStringLiteral("suppressed")).toBool());
    const QJsonObject phishing = cells.at(1).toObject();
    CHECK(phishing.value(QStringLiteral("rsit_type")).toString() == QStringLiteral("phishing"));
    CHECK(phishing.value(QStringLiteral("count")).toInt() == 5);
    for (const QString& secret : {kRareTitle, kRareIp, QStringLiteral("Example Bank"), QStringLiteral("Phishing wave")})
        CHECK_FALSE(out.contains(secret.toUtf8()));
}

TEST_CASE("stats export writes CSV to a file by sector and refuses to replace it without force")
{
    TempDir dir;
    CliRunner cli(dir);
    fill(cli);
    const QString path = dir.file(QStringLiteral("stats.csv"));
    const QByteArray said =
        cli.ok(args({"stats", "export", "--format", "csv", "--k", "2", "--out"}) + QStringList{path} + period());
    CHECK(said.contains("2 cell(s), of which 1 suppressed"));
    const QByteArray csv = readFile(path);
    CHECK(csv.contains("# threshold k: 2\r\n"));
    CHECK(csv.contains("rsit_class,rsit_type,month,sector,count,flag\r\n"));
    CHECK(csv.contains(",finance,5,\r\n"));
    CHECK(csv.contains("intrusions,system-compromise,"));
    CHECK(csv.contains(",finance,,suppressed\r\n"));
    CHECK_FALSE(csv.contains(kRareIp.toUtf8()));
    CHECK_FALSE(csv.contains("Zebra"));

    const CliResult again =
        cli.run(args({"stats", "export", "--format", "csv", "--out"}) + QStringList{path} + period());
    CHECK(again.exitCode == 4); // a conflict: the file exists
    CHECK(readFile(path) == csv);
    cli.ok(args({"stats", "export", "--format", "json", "--force", "--out"}) + QStringList{path} + period());
    CHECK(readFile(path).startsWith("{"));
}

TEST_CASE("stats export refuses k below 2, bad dates, a bad grain or format and an unwritable file")
{
    TempDir dir;
    CliRunner cli(dir);
    fill(cli);
    struct Refusal
    {
        QStringList arguments;
        int exitCode;
        const char* says;
    };
    const QString nowhere = dir.file(QStringLiteral("no-such-folder/stats.csv"));
    const QList<Refusal> refusals{
        {args({"--format", "csv", "--k", "1"}) + period(), 2, "at least 2"},
        {args({"--format", "csv", "--k", "five"}) + period(), 1, "--k"},
        {args({"--format", "csv", "--from", "2026-02-30", "--to", "2026-03-31"}), 1, "--from"},
        {args({"--format", "csv", "--from", "2026-03-01", "--to", "yesterday"}), 1, "--to"},
        {args({"--format", "csv", "--to", "2026-03-31"}), 1, "--from"},
        {args({"--format", "csv", "--from", "2026-03-31", "--to", "2026-03-01"}), 2, "first day"},
        {args({"--format", "xml"}) + period(), 1, "csv or json"},
        {args({"--format", "csv", "--by", "constituency"}) + period(), 1, "sector or country"},
        {args({"--format", "csv", "--out"}) + QStringList{nowhere} + period(), 2, ""},
    };
    for (const Refusal& refusal : refusals) {
        const CliResult result = cli.run(args({"stats", "export"}) + refusal.arguments);
        INFO(refusal.arguments.join(QLatin1Char(' ')).toStdString() << " -> " << result.err.toStdString());
        CHECK(result.exitCode == refusal.exitCode);
        CHECK(result.err.contains(refusal.says));
        CHECK(result.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("stats export of an empty period writes the statement and no cells")
{
    TempDir dir;
    CliRunner cli(dir);
    fill(cli);
    const QByteArray csv =
        cli.ok(args({"stats", "export", "--format", "csv", "--from", "2020-01-01", "--to", "2020-12-31"}));
    CHECK(csv.contains("# period: 2020-01-01/2020-12-31\r\n"));
    CHECK(csv.endsWith("rsit_class,rsit_type,month,sector,count,flag\r\n"));
}

TEST_CASE("stats export explains itself in its help")
{
    TempDir dir;
    CliRunner cli(dir);
    const QByteArray help = cli.ok(args({"stats", "export", "--help"}));
    for (const char* word : {"--from", "--to", "-k, --threshold", "--by", "--format", "--out", "suppressed"})
        CHECK(help.contains(word));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/SharedStatistics.h"

#include "core/base/Clock.h"
#include "core/base/CsvWriter.h"
#include "core/base/Job.h"
#include "core/directory/TeamReader.h"
#include "core/taxonomy/Rsit.h"
#include "core/vault/Vault.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <map>
#include <tuple>

namespace fb {

namespace {

const QString kUnknown = QStringLiteral("unknown");
const QString kUnclassified = QStringLiteral("unclassified");
const QString kUnspecified = QStringLiteral("unspecified");
// The machine-readable name of the rule the files state; changes only with the rule.
const QString kRuleKey = QStringLiteral("suppress-1-to-k-minus-1-no-totals");
const QString kFormatKey = QStringLiteral("firebreak-shared-statistics");
constexpr int kFormatVersion = 1;

std::unexpected<Error> cancelled()
{
    return fail(ErrorCode::Cancelled, SharedStatistics::tr("The statistics export was cancelled."));
}

qint64 utcMillis(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// Where a class and a type stand in the taxonomy, for the order of the cells; unknown keys after known ones.
struct TaxonomyOrder
{
    TaxonomyOrder()
    {
        const QList<RsitClass> classes = Rsit::builtin().classes();
        for (qsizetype c = 0; c < classes.size(); ++c) {
            classIndex.insert(classes.at(c).key, int(c));
            for (qsizetype t = 0; t < classes.at(c).types.size(); ++t)
                typeIndex.insert(classes.at(c).key + QLatin1Char('/') + classes.at(c).types.at(t).key, int(t));
        }
    }
    int ofClass(const QString& key) const { return classIndex.value(key, 1000000); }
    int ofType(const QString& classKey, const QString& typeKey) const
    {
        return typeIndex.value(classKey + QLatin1Char('/') + typeKey, 1000000);
    }
    QHash<QString, int> classIndex;
    QHash<QString, int> typeIndex;
};

// Constituency name (case-folded) -> sector or country, from the directory: the oldest team whose host
// organisation, official name or short name it is. The directory is read through its reader (a few hundred teams);
// the tickets are what must scale.
Result<QHash<QString, QString>> groupsOfConstituencies(Vault& vault, StatisticsGrain grain)
{
    FB_TRY_ASSIGN(auto teams, TeamReader(vault).teams());
    std::sort(teams.begin(), teams.end(), [](const Team& a, const Team& b) { return a.id < b.id; });
    QHash<QString, QString> groups;
    for (const Team& team : std::as_const(teams)) {
        QString group;
        if (grain == StatisticsGrain::Country)
            group = team.country.trimmed().toUpper();
        else if (!team.sectors.isEmpty())
            group = team.sectors.first().trimmed().toLower();
        if (group.isEmpty())
            group = kUnknown;
        for (const QString& name : {team.hostOrganisation, team.officialName, team.shortName}) {
            const QString key = name.trimmed().toCaseFolded();
            if (!key.isEmpty() && !groups.contains(key))
                groups.insert(key, group);
        }
    }
    return groups;
}

QJsonValue countValue(const SharedStatisticsCell& cell)
{
    return cell.count ? QJsonValue(*cell.count) : QJsonValue(QJsonValue::Null);
}

} // namespace

qsizetype SharedStatisticsTable::suppressedCount() const
{
    return std::count_if(cells.begin(), cells.end(), [](const SharedStatisticsCell& c) { return c.suppressed(); });
}

Status SharedStatistics::check(const SharedStatisticsRequest& request)
{
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        return fail(ErrorCode::BadInput, tr("The period needs a first day on or before its last day."),
                    QStringLiteral("%1..%2").arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    if (request.k < kMinimumThreshold)
        return fail(ErrorCode::BadInput,
                    tr("The threshold k must be at least %1: with k = %2 a cell of a single incident would be "
                       "published.")
                        .arg(kMinimumThreshold)
                        .arg(request.k),
                    QStringLiteral("k"));
    return {};
}

Result<SharedStatisticsTable> SharedStatistics::collect(Vault& vault, const Clock& clock,
                                                        const SharedStatisticsRequest& request, JobControl* control)
{
    FB_TRY(check(request));
    SharedStatisticsTable table;
    table.request = request;
    table.generatedAt = clock.nowUtc().toUTC();
    table.generator = QStringLiteral("Firebreak %1").arg(QStringLiteral(FB_VERSION));

    if (control)
        control->setProgress(0, 3, tr("Reading the directory…"));
    FB_TRY_ASSIGN(auto groups, groupsOfConstituencies(vault, request.grain));
    if (control && control->isCancelled())
        return cancelled();

    if (control)
        control->setProgress(1, 3, tr("Counting incidents…"));
    // Grouped by constituency too, so that only the distinct combinations (not the tickets) come back; the
    // constituencies are then folded into their groups here.
    FB_TRY_ASSIGN(auto q, vault.query("SELECT strftime('%Y-%m', created_at / 1000, 'unixepoch'), rsit_class, "
                                      "rsit_type, constituency, count(*) FROM tickets WHERE kind = 'incident' AND "
                                      "merged_into IS NULL AND created_at >= ?1 AND created_at < ?2 "
                                      "GROUP BY 1, 2, 3, 4"));
    q.bind(1, utcMillis(request.from)).bind(2, utcMillis(request.to.addDays(1)));
    using Key = std::tuple<QString, QString, QString, QString>; // class, type, month, group
    std::map<Key, qint64> counts;
    for (qint64 rows = 0;; ++rows) {
        FB_TRY_ASSIGN(auto more, q.next());
        if (!more)
            break;
        if (control && rows % 1000 == 0 && control->isCancelled())
            return cancelled();
        const QString rsitClass = q.text(1).isEmpty() ? kUnclassified : q.text(1);
        const QString rsitType = q.text(2).isEmpty() ? kUnspecified : q.text(2);
        const QString group = groups.value(q.text(3).trimmed().toCaseFolded(), kUnknown);
        counts[Key{rsitClass, rsitType, q.text(0), group}] += q.int64(4);
    }

    if (control)
        control->setProgress(2, 3, tr("Suppressing small counts…"));
    for (const auto& [key, count] : counts) {
        SharedStatisticsCell cell{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), {}};
        if (count >= request.k)
            cell.count = count;
        table.cells.append(cell);
    }
    const TaxonomyOrder order;
    std::stable_sort(table.cells.begin(), table.cells.end(),
                     [&order](const SharedStatisticsCell& a, const SharedStatisticsCell& b) {
                         return std::make_tuple(order.ofClass(a.rsitClass), a.rsitClass,
                                                order.ofType(a.rsitClass, a.rsitType), a.rsitType, a.month, a.group) <
                                std::make_tuple(order.ofClass(b.rsitClass), b.rsitClass,
                                                order.ofType(b.rsitClass, b.rsitType), b.rsitType, b.month, b.group);
                     });
    if (control)
        control->setProgress(3, 3, tr("Counted."));
    return table;
}

QByteArray SharedStatistics::toCsv(const SharedStatisticsTable& table)
{
    const SharedStatisticsRequest& r = table.request;
    // The statement of the file as comment lines before the header row (readers skip lines starting with '#').
    const QStringList comments{
        QStringLiteral("# %1 %2").arg(kFormatKey).arg(kFormatVersion),
        QStringLiteral("# generator: %1").arg(table.generator),
        QStringLiteral("# generated: %1").arg(table.generatedAt.toUTC().toString(Qt::ISODate)),
        QStringLiteral("# period: %1/%2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)),
        QStringLiteral("# counted: %1").arg(scopeText()),
        QStringLiteral("# grain: %1").arg(grainKey(r.grain)),
        QStringLiteral("# threshold k: %1").arg(r.k),
        QStringLiteral("# rule: %1 (%2)").arg(kRuleKey, ruleText(r.k)),
    };
    QByteArray out;
    for (const QString& line : comments) {
        QString flat = line;
        flat.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += flat.toUtf8() + "\r\n";
    }
    QList<QStringList> rows;
    rows.append({QStringLiteral("rsit_class"), QStringLiteral("rsit_type"), QStringLiteral("month"), grainKey(r.grain),
                 QStringLiteral("count"), QStringLiteral("flag")});
    for (const SharedStatisticsCell& cell : table.cells) {
        rows.append({cell.rsitClass, cell.rsitType, cell.month, cell.group,
                     cell.count ? QString::number(*cell.count) : QString(),
                     cell.suppressed() ? QStringLiteral("suppressed") : QString()});
    }
    out += CsvWriter::write(rows);
    return out;
}

QByteArray SharedStatistics::toJson(const SharedStatisticsTable& table)
{
    const SharedStatisticsRequest& r = table.request;
    const QString grain = grainKey(r.grain);
    QJsonArray cells;
    for (const SharedStatisticsCell& cell : table.cells) {
        cells.append(QJsonObject{{QStringLiteral("rsit_class"), cell.rsitClass},
                                 {QStringLiteral("rsit_type"), cell.rsitType},
                                 {QStringLiteral("month"), cell.month},
                                 {grain, cell.group},
                                 {QStringLiteral("count"), countValue(cell)},
                                 {QStringLiteral("suppressed"), cell.suppressed()}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormatKey},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("generator"), table.generator},
        {QStringLiteral("generated"), table.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), r.to.toString(Qt::ISODate)}}},
        {QStringLiteral("counted"), scopeText()},
        {QStringLiteral("dimensions"),
         QJsonArray{QStringLiteral("rsit_class"), QStringLiteral("rsit_type"), QStringLiteral("month"), grain}},
        {QStringLiteral("suppression"), QJsonObject{{QStringLiteral("threshold"), r.k},
                                                    {QStringLiteral("rule"), kRuleKey},
                                                    {QStringLiteral("description"), ruleText(r.k)},
                                                    {QStringLiteral("totals"), false}}},
        {QStringLiteral("cells"), cells},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QByteArray> SharedStatistics::render(const SharedStatisticsTable& table, const QString& format)
{
    if (format == QLatin1String("csv"))
        return toCsv(table);
    if (format == QLatin1String("json"))
        return toJson(table);
    return fail(ErrorCode::BadInput, tr("The statistics are written as csv or json."), format);
}

QString SharedStatistics::grainKey(StatisticsGrain grain)
{
    return grain == StatisticsGrain::Country ? QStringLiteral("country") : QStringLiteral("sector");
}

std::optional<StatisticsGrain> SharedStatistics::parseGrain(const QString& key)
{
    if (key == QLatin1String("sector"))
        return StatisticsGrain::Sector;
    if (key == QLatin1String("country"))
        return StatisticsGrain::Country;
    return std::nullopt;
}

QString SharedStatistics::grainName(StatisticsGrain grain)
{
    return grain == StatisticsGrain::Country ? tr("Country") : tr("Sector");
}

QString SharedStatistics::ruleText(int k)
{
    return tr("Every cell with a count above 0 and below k = %1 is suppressed: its count is left out and the cell "
              "is marked suppressed. Cells not listed are zero. No totals or subtotals are published, so a "
              "suppressed cell cannot be recomputed from them.")
        .arg(k);
}

QString SharedStatistics::scopeText()
{
    return tr("Incidents (not reports, investigations or countermeasures; merged incidents left out) by the UTC "
              "month they were created in, their RSIT class and type, and the sector or country of their "
              "constituency as the directory records it.");
}

QString SharedStatistics::fileName(const SharedStatisticsRequest& request, const QString& format)
{
    return QStringLiteral("statistics-%1-%2.%3")
        .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate), format);
}

} // namespace fb

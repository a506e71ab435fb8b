// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/StatsCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "app/cli/CommandCall.h"
#include "core/report/SharedStatistics.h"

#include <QJsonObject>

namespace fb {

namespace {

class StatsExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::StatsCommands)

public:
    StatsExportCommand()
        : Command({
              .noun = s("stats"),
              .verb = s("export"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Export statistics that can be shared (small counts suppressed)"),
              .description =
                  tr("Write the number of incidents per RSIT class, RSIT type, month and constituency sector or "
                     "country for a period, for publication or for a national team. No observables, titles, ticket "
                     "numbers or constituency names are written. Every count from 1 to k-1 is suppressed (left out "
                     "and marked), and no totals are written, so a suppressed count cannot be recomputed. The file "
                     "states the threshold, the rule, the period, the generator and when it was made. Sector and "
                     "country come from the directory team whose host organisation, official name or short name "
                     "is the ticket's constituency."),
              .options = {option("from", tr("The first day of the period (YYYY-MM-DD, UTC)."), "DATE"),
                          option("to", tr("The last day of the period (YYYY-MM-DD, UTC), included."), "DATE"),
                          QCommandLineOption(QStringList{s("k"), s("threshold")},
                                             tr("The threshold: counts below it are suppressed (default 5, at "
                                                "least 2)."),
                                             s("K")),
                          option("by", tr("sector (default) or country."), "GRAIN"),
                          option("format", tr("csv or json."), "FORMAT"),
                          option("out", tr("Write to FILE instead of standard output."), "FILE"),
                          option("force", tr("Replace an existing output file."))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY_ASSIGN(m_request.from, date(call, "from"));
        FB_TRY_ASSIGN(m_request.to, date(call, "to"));
        m_request.k = SharedStatistics::kDefaultThreshold;
        if (call.isSet("k")) {
            bool ok = false;
            m_request.k = call.value("k").trimmed().toInt(&ok);
            if (!ok)
                return fail(ErrorCode::Usage, tr("Give --k as a whole number (at least 2)."), s("k"));
        }
        const QString grain = call.isSet("by") ? call.value("by").trimmed().toLower() : s("sector");
        const auto parsed = SharedStatistics::parseGrain(grain);
        if (!parsed)
            return fail(ErrorCode::Usage, tr("Give --by sector or country."), s("by"));
        m_request.grain = *parsed;
        m_format = call.value("format").trimmed().toLower();
        if (m_format != QLatin1String("csv") && m_format != QLatin1String("json"))
            return fail(ErrorCode::Usage, tr("Give --format csv or json."), s("format"));
        FB_TRY(SharedStatistics::check(m_request));
        if (call.isSet("out"))
            return CliFiles::checkWritable(call.value("out"), call.isSet("force"));
        return {};
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto table, SharedStatistics::collect(call.vault(), call.clock(), m_request));
        FB_TRY_ASSIGN(auto bytes, SharedStatistics::render(table, m_format));
        if (!call.isSet("out")) {
            call.out() << QString::fromUtf8(bytes);
            return {};
        }
        FB_TRY(CliFiles::write(call.value("out"), bytes, call.isSet("force")));
        if (call.json())
            call.context().printJson(QJsonObject{{s("path"), call.value("out")},
                                                 {s("format"), m_format},
                                                 {s("cells"), qint64(table.cells.size())},
                                                 {s("suppressed"), qint64(table.suppressedCount())}});
        else
            call.out() << tr("Statistics written to %1: %n cell(s), of which %2 suppressed.", nullptr,
                             int(table.cells.size()))
                              .arg(call.value("out"))
                              .arg(table.suppressedCount())
                       << QLatin1Char('\n');
        return {};
    }

private:
    static Result<QDate> date(CommandCall& call, const char* name)
    {
        const QString text = call.value(name).trimmed();
        if (text.isEmpty())
            return fail(ErrorCode::Usage, tr("Give --%1 YYYY-MM-DD.").arg(s(name)), s(name));
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return fail(ErrorCode::Usage, tr("--%1 is not a date of the form YYYY-MM-DD.").arg(s(name)), text);
        return day;
    }

    SharedStatisticsRequest m_request;
    QString m_format;
};

} // namespace

CommandList StatsCommands::commands()
{
    CommandList list;
    addCommands<StatsExportCommand>(list);
    return list;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReportCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "app/cli/CommandCall.h"
#include "core/base/Job.h"
#include "core/report/ConstituencyReport.h"
#include "export/ConstituencyReportFile.h"

#include <QGuiApplication>
#include <QJsonObject>

namespace fb {

namespace {

class ReportConstituencyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ReportCommands)

public:
    ReportConstituencyCommand()
        : Command({
              .noun = s("report"),
              .verb = s("constituency"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Write the periodic report on a constituency"),
              .description =
                  tr("Write the report on one constituency (or all) for a date range, as RTIR's periodic report: "
                     "incident reports received, incidents opened, resolved and still open at the end of the "
                     "range, incidents by RSIT class and type, reports by reporter type, the median and 90th "
                     "percentile (nearest rank) of the time to first response and to resolution, and SLA "
                     "breaches. Days are UTC, both included. The report holds counts only, labelled TLP:AMBER. "
                     "Without --out, text, html and csv are printed."),
              .options = {option("from", tr("The first day, such as 2026-01-01."), "DATE"),
                          option("to", tr("The last day (included)."), "DATE"),
                          option("constituency", tr("Only tickets of this constituency (default: all)."), "NAME"),
                          option("format", tr("text, html, pdf or csv."), "FORMAT"),
                          option("out", tr("The file to write (needed for pdf)."), "FILE"),
                          option("force", tr("Replace FILE if it exists."))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        for (const char* name : {"from", "to"}) {
            if (!call.isSet(name))
                return fail(ErrorCode::Usage, tr("Give the range with --from DATE and --to DATE."), s(name));
        }
        FB_TRY_ASSIGN(m_filter.from, date(call, "from"));
        FB_TRY_ASSIGN(m_filter.to, date(call, "to"));
        if (m_filter.from > m_filter.to)
            return fail(ErrorCode::BadInput,
                        tr("--from %1 is after --to %2.")
                            .arg(m_filter.from.toString(Qt::ISODate), m_filter.to.toString(Qt::ISODate)),
                        s("from"));
        m_filter.constituency = call.value("constituency").trimmed();
        m_format = call.value("format").trimmed().toLower();
        if (!ConstituencyReport::formats().contains(m_format))
            return fail(ErrorCode::Usage, tr("Give --format text, html, pdf or csv."), s("format"));
        const QString out = call.value("out");
        if (out.isEmpty() && m_format == QLatin1String("pdf"))
            return fail(ErrorCode::Usage, tr("PDF needs a file: name it with --out FILE."), s("out"));
        if (m_format == QLatin1String("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return fail(ErrorCode::Internal, tr("PDF output needs the graphical runtime, which did not start."));
        return out.isEmpty() ? Status{} : CliFiles::checkWritable(out, call.isSet("force"));
    }

    Status run(CommandCall& call) override
    {
        DirectJobControl control;
        FB_TRY_ASSIGN(auto report,
                      ConstituencyReport::collect(call.vault(), call.clock(), call.actor(), m_filter, control));
        FB_TRY_ASSIGN(auto bytes, ConstituencyReportFile::render(report, m_format));
        const QString out = call.value("out");
        if (out.isEmpty()) {
            call.out() << QString::fromUtf8(bytes);
            return {};
        }
        FB_TRY(CliFiles::write(out, bytes, call.isSet("force")));
        if (call.json())
            call.context().printJson(QJsonObject{{s("constituency"), report.constituency},
                                                 {s("from"), m_filter.from.toString(Qt::ISODate)},
                                                 {s("to"), m_filter.to.toString(Qt::ISODate)},
                                                 {s("format"), m_format},
                                                 {s("path"), out},
                                                 {s("bytes"), qint64(bytes.size())}});
        else
            call.out() << tr("Constituency report written to %1.").arg(out) << QLatin1Char('\n');
        return {};
    }

private:
    static Result<QDate> date(const CommandCall& call, const char* name)
    {
        const QString text = call.value(name).trimmed();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return fail(ErrorCode::BadInput, tr("“%1” is not a date such as 2026-01-31.").arg(text), s(name));
        return day;
    }

    StatisticsFilter m_filter;
    QString m_format;
};

} // namespace

CommandList ReportCommands::commands()
{
    CommandList list;
    list.push_back(std::make_unique<ReportConstituencyCommand>());
    return list;
}

} // namespace fb

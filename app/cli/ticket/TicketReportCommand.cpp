// SPDX-License-Identifier: GPL-3.0-or-later
// ticket report: one incident written up as PDF, HTML or Markdown with the TLP label on every page.
#include "app/cli/CliArgs.h"
#include "app/cli/CliFiles.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "app/cli/ticket/TicketCommands.h"
#include "core/report/IncidentReport.h"
#include "export/IncidentReportFile.h"

#include <QGuiApplication>
#include <QJsonObject>

namespace fb {

namespace {

class TicketReportCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketCommands)

public:
    TicketReportCommand()
        : TicketIdCommand(onOneTicket({
              .noun = s("ticket"),
              .verb = s("report"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Write an incident report as PDF, HTML or Markdown"),
              .description = tr("Write one incident as a report for people outside the tool: summary, linked "
                                "reports, investigations and countermeasures, tasks, observables, evidence (name, "
                                "size, SHA-256) and a correspondence summary (date, direction, from, to, subject; "
                                "no bodies), with our team's identity and the TLP label at the top and bottom of "
                                "every page. --sections chooses what goes in (%1; history adds a digest of the "
                                "ticket's history). A TLP:RED incident is written only with --confirm-red.")
                                 .arg(sectionKeys()),
              .options = {option("format", tr("pdf, html or md."), "FORMAT"),
                          option("out", tr("The file to write."), "FILE"),
                          option("sections", tr("The sections, separated by commas (default: all but history)."),
                                 "LIST"),
                          option("confirm-red", tr("Confirm that a TLP:RED report may be written.")),
                          option("force", tr("Replace FILE if it exists."))},
          }))
    {
    }

    static QString sectionKeys()
    {
        QStringList keys;
        for (ReportSection section : IncidentReport::available())
            keys.append(IncidentReport::key(section));
        return keys.join(QStringLiteral(", "));
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        m_format = call.value("format").toLower();
        if (m_format != QLatin1String("pdf") && m_format != QLatin1String("html") && m_format != QLatin1String("md"))
            return fail(ErrorCode::Usage, tr("Give --format pdf, html or md."), s("format"));
        if (call.value("out").isEmpty())
            return fail(ErrorCode::Usage, tr("Name the file to write with --out FILE."), s("out"));
        m_sections = IncidentReport::defaults();
        if (call.isSet("sections")) {
            FB_TRY_ASSIGN(auto sections, IncidentReport::parseSections(call.value("sections")));
            m_sections = sections;
        }
        if (m_format == QLatin1String("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return fail(ErrorCode::Internal, tr("PDF output needs the graphical runtime, which did not start."));
        return CliFiles::checkWritable(call.value("out"), call.isSet("force"));
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto report, IncidentReport::collect(call.change(), m_id, m_sections, call.isSet("confirm-red")));
        FB_TRY_ASSIGN(auto bytes, IncidentReportFile::render(report, m_format));
        FB_TRY(CliFiles::write(call.value("out"), bytes, call.isSet("force")));
        if (call.json())
            call.context().printJson(QJsonObject{{s("ticket"), m_id},
                                                 {s("format"), m_format},
                                                 {s("path"), call.value("out")},
                                                 {s("bytes"), qint64(bytes.size())}});
        else
            call.out() << tr("Incident #%1: report written to %2.").arg(m_id).arg(call.value("out"))
                       << QLatin1Char('\n');
        return {};
    }

private:
    QString m_format;
    QList<ReportSection> m_sections;
};

} // namespace

std::unique_ptr<Command> TicketCommands::report()
{
    return std::make_unique<TicketReportCommand>();
}

} // namespace fb

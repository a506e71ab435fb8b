// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/IncidentReportFile.h"

#include "core/taxonomy/Tlp.h"
#include "export/PdfRenderer.h"

namespace fb {

Result<QByteArray> IncidentReportFile::render(const IncidentReportData& report, const QString& format)
{
    if (format == QLatin1String("html"))
        return IncidentReport::toHtml(report).toUtf8();
    if (format == QLatin1String("md"))
        return IncidentReport::toMarkdown(report).toUtf8();
    const PdfPageLabel label{Tlp::label(report.tlp), Tlp::colour(report.tlp), Tlp::backgroundColour(),
                             IncidentReport::pageLabel(report).section(QStringLiteral(" — "), 1)};
    return PdfRenderer::fromHtml(IncidentReport::toHtml(report, true),
                                 PdfMetadata{IncidentReport::documentTitle(report), report.team.name, label});
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ConstituencyReportFile.h"

#include "core/taxonomy/Tlp.h"
#include "export/PdfRenderer.h"

namespace fb {

Result<QByteArray> ConstituencyReportFile::render(const ConstituencyReportData& report, const QString& format)
{
    if (format == QLatin1String("text"))
        return ConstituencyReport::toText(report).toUtf8();
    if (format == QLatin1String("html"))
        return ConstituencyReport::toHtml(report).toUtf8();
    if (format == QLatin1String("csv"))
        return ConstituencyReport::toCsv(report);
    if (format != QLatin1String("pdf"))
        return fail(ErrorCode::BadInput, tr("A constituency report is written as text, html, pdf or csv."), format);
    const PdfPageLabel label{Tlp::label(report.tlp), Tlp::colour(report.tlp), Tlp::backgroundColour(),
                             ConstituencyReport::caption(report)};
    return PdfRenderer::fromHtml(ConstituencyReport::toHtml(report, true),
                                 PdfMetadata{ConstituencyReport::documentTitle(report), report.team.name, label});
}

} // namespace fb

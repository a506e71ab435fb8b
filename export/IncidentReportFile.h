// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentReportFile: an incident report (core/report/IncidentReport) as the bytes of a file in one of its formats,
// "html", "md" or "pdf" (PDF through PdfRenderer with the report's TLP label in every page's header and footer).
// One place for the GUI's dialog and `ticket report`.
#pragma once

#include "core/base/Result.h"
#include "core/report/IncidentReport.h"

#include <QByteArray>
#include <QString>

namespace fb {

class IncidentReportFile
{
public:
    IncidentReportFile() = delete;

    // PDF needs a QGuiApplication (fonts).
    static Result<QByteArray> render(const IncidentReportData& report, const QString& format);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ConstituencyReportFile: a constituency report (core/report/ConstituencyReport) as the bytes of a file in one of
// its formats, "text", "html", "pdf" or "csv" (PDF through PdfRenderer with the report's TLP label in every page's
// header and footer). One place for the dashboard's dialog and `report constituency`.
#pragma once

#include "core/base/Result.h"
#include "core/report/ConstituencyReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fb {

class ConstituencyReportFile
{
    Q_DECLARE_TR_FUNCTIONS(fb::ConstituencyReportFile)

public:
    ConstituencyReportFile() = delete;

    // BadInput for an unknown format. PDF needs a QGuiApplication (fonts).
    static Result<QByteArray> render(const ConstituencyReportData& report, const QString& format);
};

} // namespace fb

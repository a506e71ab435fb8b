// SPDX-License-Identifier: GPL-3.0-or-later
// PdfRenderer: turns the HTML that core's renderers produce (advisories, team profiles) into an A4 PDF
// with QTextDocument and QPdfWriter. Needs a QGuiApplication (fonts); the CLI makes one for PDF output.
#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fb {

// A label drawn in the header and the footer of every page (the TLP label of a report): `label` in its colours
// (TLP 2.0: coloured text on black), then `caption` in the text colour; the footer adds "page n of m".
struct PdfPageLabel
{
    QString label;
    QString colour;     // "#FFC000"
    QString background; // "#000000"
    QString caption;
};

struct PdfMetadata
{
    QString title;
    QString author; // the team or person shown as the document's author
    // Empty label: none, the document flows over whole pages.
    PdfPageLabel pageLabel = {};
};

class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(fb::PdfRenderer)

public:
    // The whole PDF in memory: nothing is written to disk here, so a TLP:RED document never passes
    // through a temporary file.
    static Result<QByteArray> fromHtml(const QString& html, const PdfMetadata& metadata);
};

} // namespace fb

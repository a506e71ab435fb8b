// SPDX-License-Identifier: GPL-3.0-or-later
// ReportHtml: the markup the reports share (IncidentReport, ConstituencyReport): the TLP label as it shows at the
// top and bottom of a page, a section of one table, and the end of the document.
#pragma once

#include "core/taxonomy/Tlp.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fb::ReportHtml {

// The class of a body cell (empty: none), from its column and text.
using CellClass = std::function<QString(qsizetype column, const QString& cell)>;

// The label in its TLP colours, escaped.
QString tlpLabel(TlpLevel level);
// "<h2>heading</h2>" and the table with its header row, or a paragraph with `none` when there are no rows.
QString section(const QString& heading, const QStringList& header, const QList<QStringList>& rows, const QString& none,
                const CellClass& cellClass = {});
// The label again at the bottom (on screen; a PDF repeats it in its page footer) and the end of the document.
QString end(const QString& label, bool forPdf);

} // namespace fb::ReportHtml

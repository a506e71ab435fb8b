// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportHtml.h"

namespace fb::ReportHtml {

QString tlpLabel(TlpLevel level)
{
    return QStringLiteral("<span style=\"background:%1;color:%2;padding:0 .3em;font-weight:bold\">%3</span>")
        .arg(Tlp::backgroundColour(), Tlp::colour(level), Tlp::label(level).toHtmlEscaped());
}

QString section(const QString& heading, const QStringList& header, const QList<QStringList>& rows, const QString& none,
                const CellClass& cellClass)
{
    QString h = QStringLiteral("<h2>") + heading.toHtmlEscaped() + QStringLiteral("</h2>\n");
    if (rows.isEmpty())
        return h + QStringLiteral("<p>") + none.toHtmlEscaped() + QStringLiteral("</p>\n");
    h += QStringLiteral("<table>\n<tr>");
    for (const QString& column : header)
        h += QStringLiteral("<th>") + column.toHtmlEscaped() + QStringLiteral("</th>");
    h += QStringLiteral("</tr>\n");
    for (const QStringList& row : rows) {
        h += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString cls = cellClass ? cellClass(i, row.at(i)) : QString();
            h += (cls.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"%1\">").arg(cls)) +
                 row.at(i).toHtmlEscaped() + QStringLiteral("</td>");
        }
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

QString end(const QString& label, bool forPdf)
{
    QString h;
    if (!forPdf)
        h += QStringLiteral("<div class=\"tlp tlp-footer\">") + label + QStringLiteral("</div>\n");
    return h + QStringLiteral("</body>\n</html>\n");
}

} // namespace fb::ReportHtml

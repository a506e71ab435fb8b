// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PdfRenderer.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace fb {

namespace {

// The label in its colours and the caption after it, on one line in `band`; `right` (the page number) at its end.
void drawBand(QPainter& painter, const QRectF& band, const PdfPageLabel& label, const QFont& font, const QString& right)
{
    painter.save();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold, painter.device());
    const QFontMetricsF metrics(font, painter.device());
    const double pad = boldMetrics.averageCharWidth() / 2;
    const QRectF labelRect(band.left(), band.top() + (band.height() - boldMetrics.height()) / 2,
                           boldMetrics.horizontalAdvance(label.label) + 2 * pad, boldMetrics.height());
    painter.fillRect(labelRect, QColor(label.background));
    painter.setFont(bold);
    painter.setPen(QColor(label.colour));
    painter.drawText(labelRect, Qt::AlignCenter, label.label);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF rest(labelRect.right() + 2 * pad, band.top(), band.right() - labelRect.right() - 2 * pad,
                      band.height());
    painter.drawText(
        rest, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(label.caption, Qt::ElideRight, rest.width() - metrics.horizontalAdvance(right) - 4 * pad));
    if (!right.isEmpty())
        painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

// Lays the document out in pages of the body between a header and a footer band and draws the label in both on
// every page.
void printWithLabels(QTextDocument& document, QPdfWriter& writer, const PdfPageLabel& label)
{
    QPainter painter(&writer);
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    const double band = writer.resolution() * 10.0 / 25.4; // 10 mm
    const QRectF body(0, band, page.width(), page.height() - 2 * band);
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(body.size());
    const int pages = document.pageCount();
    const QFont font = document.defaultFont();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        document.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
        drawBand(painter, QRectF(0, 0, page.width(), band * 0.7), label, font, {});
        drawBand(painter, QRectF(0, page.height() - band * 0.7, page.width(), band * 0.7), label, font,
                 PdfRenderer::tr("page %1 of %2").arg(i + 1).arg(pages));
    }
}

} // namespace

Result<QByteArray> PdfRenderer::fromHtml(const QString& html, const PdfMetadata& metadata)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return fail(ErrorCode::Internal, tr("PDF output needs the graphical runtime, which was not started."),
                    QStringLiteral("PdfRenderer"));

    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        if (!buffer.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Internal, tr("Could not prepare the PDF buffer."), QStringLiteral("PdfRenderer"));
        QPdfWriter writer(&buffer);
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.author.isEmpty() ? QStringLiteral("Firebreak")
                                                    : QStringLiteral("%1 (Firebreak)").arg(metadata.author));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                         QPageLayout::Millimeter));

        QTextDocument document;
        document.setDocumentMargin(0);
        // No optional shaping: Latin ligatures ("fi" as U+FB01) would make the PDF's text unsearchable
        // ("final" not found). Scripts that need shaping (Arabic, Indic) are still shaped.
        QFont font = document.defaultFont();
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setHtml(html);
        if (metadata.pageLabel.label.isEmpty())
            document.print(&writer);
        else
            printWithLabels(document, writer, metadata.pageLabel);
    }
    if (!pdf.startsWith("%PDF-"))
        return fail(ErrorCode::Internal, tr("The PDF writer produced no document."), QStringLiteral("PdfRenderer"));
    return pdf;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PdfRenderer.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace fb {

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
        document.print(&writer);
    }
    if (!pdf.startsWith("%PDF-"))
        return fail(ErrorCode::Internal, tr("The PDF writer produced no document."), QStringLiteral("PdfRenderer"));
    return pdf;
}

} // namespace fb

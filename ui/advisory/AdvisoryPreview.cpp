// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/advisory/AdvisoryPreview.h"

#include "core/advisory/AdvisoryRenderer.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb {

AdvisoryPreview::AdvisoryPreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("advisoryPreview"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("previewTabWidget"));
    m_text = new QPlainTextEdit(m_tabs);
    m_text->setObjectName(QStringLiteral("textPreview"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_html = new QTextBrowser(m_tabs);
    m_html->setObjectName(QStringLiteral("htmlPreview"));
    m_html->setOpenLinks(false); // a preview, not a browser: nothing is fetched or opened
    m_tabs->addTab(m_text, tr("Text (signed)"));
    m_tabs->addTab(m_html, tr("HTML"));

    auto* lintBox = new QWidget(split);
    auto* lintLayout = new QVBoxLayout(lintBox);
    lintLayout->setContentsMargins(0, 0, 0, 0);
    lintLayout->addWidget(new QLabel(tr("Checks"), lintBox));
    m_lint = new QListWidget(lintBox);
    m_lint->setObjectName(QStringLiteral("lintListWidget"));
    lintLayout->addWidget(m_lint);
    split->addWidget(m_tabs);
    split->addWidget(lintBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
}

void AdvisoryPreview::showAdvisory(const Advisory& advisory)
{
    m_text->setPlainText(AdvisoryRenderer::toText(advisory));
    m_html->setHtml(AdvisoryRenderer::toHtml(advisory));
    m_findings = AdvisoryLint::check(advisory);
    m_lint->clear();
    for (const LintFinding& f : std::as_const(m_findings)) {
        const bool error = f.severity == LintFinding::Severity::Error;
        // The word says it; the icon repeats it for a quick look.
        auto* item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            (error ? tr("Error in %1: %2") : tr("Warning about %1: %2")).arg(f.field, f.message), m_lint);
        item->setData(Qt::UserRole, f.field);
    }
    if (m_findings.isEmpty())
        new QListWidgetItem(tr("No findings: ready to publish."), m_lint);
}

void AdvisoryPreview::clear()
{
    m_text->clear();
    m_html->clear();
    m_lint->clear();
    m_findings.clear();
}

QString AdvisoryPreview::text() const
{
    return m_text->toPlainText();
}

} // namespace fb

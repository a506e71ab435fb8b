// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryPreview: what the advisory will look like (the 72-column text that gets signed, and the HTML page),
// and the lint findings that block or advise, each naming its field.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/advisory/AdvisoryLint.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace fb {

class AdvisoryPreview : public QWidget
{
    Q_OBJECT

public:
    explicit AdvisoryPreview(QWidget* parent = nullptr);

    void showAdvisory(const Advisory& advisory);
    void clear();
    QString text() const;
    const QList<LintFinding>& findings() const { return m_findings; }

private:
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QTextBrowser* m_html = nullptr;
    QListWidget* m_lint = nullptr;
    QList<LintFinding> m_findings;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryEditor: the form for one advisory: title, TLP, texts, vulnerabilities (CVE, CWE, CVSS vector with
// its live score, or the metric at fault), affected products, references and audience. It edits a copy;
// advisory() gives the advisory as the form shows it.
#pragma once

#include "core/advisory/Advisory.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace fb {

class AdvisoryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AdvisoryEditor(QWidget* parent = nullptr);

    void setAdvisory(const Advisory& advisory);
    Advisory advisory() const;
    // The distribution lists of the directory, offered in the audience field's tooltip and placeholder.
    void setAudienceChoices(const QStringList& names);

    // The text under the vulnerabilities: the current row's scores, or which metric of its vector is wrong.
    QString cvssText() const;

Q_SIGNALS:
    void changed();

private:
    QPlainTextEdit* addText(const char* objectName, const QString& label, int lines);
    QTableWidget* addTable(const char* objectName, const QString& label, const QStringList& headers,
                           QWidget* below = nullptr);
    void addProductRow(const AffectedProduct& product);
    void updateCvss();
    void emitChanged();

    Advisory m_base; // what the form does not show: id, identifier, status, revisions, provenance...
    bool m_loading = false;
    QLineEdit* m_title = nullptr;
    QComboBox* m_tlp = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_impact = nullptr;
    QPlainTextEdit* m_solution = nullptr;
    QPlainTextEdit* m_workarounds = nullptr;
    QTableWidget* m_vulnerabilities = nullptr;
    QLabel* m_cvss = nullptr;
    QTableWidget* m_products = nullptr;
    QTableWidget* m_references = nullptr;
    QLineEdit* m_audience = nullptr;
    QLineEdit* m_acknowledgments = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentReportDialog: "Export report…" of an incident: which sections go in, the format (PDF, HTML, Markdown), a
// preview of the report before it is saved, and the save, run as a job. What goes in and how it is written is
// IncidentReport's (core); a TLP:RED incident is only shown and saved when the opener confirmed it.
#pragma once

#include "core/report/IncidentReport.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace fb {

class JobRunner;
class WorkspaceSession;

class IncidentReportDialog : public QDialog
{
    Q_OBJECT

public:
    IncidentReportDialog(WorkspaceSession& session, qint64 incidentId, bool redConfirmed, QWidget* parent = nullptr);
    ~IncidentReportDialog() override;

    QList<ReportSection> sections() const;
    // "pdf", "html" or "md".
    QString format() const;
    QString previewHtml() const;
    // Writes the report in the chosen format to `path` as a job; false when nothing was started.
    bool saveTo(const QString& path);
    bool busy() const;
    QString message() const;

Q_SIGNALS:
    void saved(const QString& path);

private:
    void refresh();
    void chooseFile();

    WorkspaceSession& m_session;
    qint64 m_id = 0;
    bool m_redConfirmed = false;
    QMap<ReportSection, QCheckBox*> m_sections;
    QComboBox* m_format = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    JobRunner* m_job = nullptr;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ConstituencyReportDialog: the dashboard's "Constituency report…": the dashboard's filters (date range,
// constituency), a preview of the report as formatted HTML or plain text, and export as text, HTML, PDF or CSV.
// Counting and writing run as jobs with progress and cancel; what the report holds is ConstituencyReport's (core).
#pragma once

#include "core/report/ConstituencyReport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace fb {

class JobRunner;
class WorkspaceSession;

class ConstituencyReportDialog : public QDialog
{
    Q_OBJECT

public:
    ConstituencyReportDialog(WorkspaceSession& session, const StatisticsFilter& filter, QWidget* parent = nullptr);
    ~ConstituencyReportDialog() override;

    StatisticsFilter filter() const;
    // Sets the filters and counts again.
    void setFilter(const StatisticsFilter& filter);
    // "text", "html", "pdf" or "csv".
    QString format() const;
    void setFormat(const QString& format);
    // Whether the preview shows plain text (else formatted HTML).
    void setPlainPreview(bool plain);

    // The report the preview shows; nullopt while counting or after an error.
    const std::optional<ConstituencyReportData>& report() const { return m_report; }
    QString previewText() const;
    QString message() const;
    bool busy() const;

    // Counts again for the current filters (a run still going is dropped).
    void refresh();
    // Cancels the running job (counting or writing).
    void cancel();
    // Writes the previewed report in the chosen format to `path` as a job; false when nothing was started.
    bool saveTo(const QString& path);

Q_SIGNALS:
    void previewReady();
    void saved(const QString& path);
    void failed(const QString& message);

private:
    void fillConstituencies(const QString& chosen);
    void showPreview();
    void chooseFile();
    void setBusy(bool busy);

    WorkspaceSession& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_constituency = nullptr;
    QComboBox* m_previewKind = nullptr;
    QComboBox* m_format = nullptr;
    QTextBrowser* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    JobRunner* m_job = nullptr;
    std::optional<ConstituencyReportData> m_report;
    bool m_filling = false;
};

} // namespace fb

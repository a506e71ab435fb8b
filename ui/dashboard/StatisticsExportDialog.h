// SPDX-License-Identifier: GPL-3.0-or-later
// StatisticsExportDialog: "Shareable statistics…" of the dashboard: period, threshold k, grain (sector or
// country) and format, a preview of the cells as they will be published (suppressed cells marked), and the
// export, run as a job with progress and cancel. What is counted and suppressed is SharedStatistics' (core).
#pragma once

#include "core/report/SharedStatistics.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fb {

class JobRunner;
class WorkspaceSession;

class StatisticsExportDialog : public QDialog
{
    Q_OBJECT

public:
    StatisticsExportDialog(WorkspaceSession& session, QDate from, QDate to, QWidget* parent = nullptr);
    ~StatisticsExportDialog() override;

    SharedStatisticsRequest request() const;
    void setRequest(const SharedStatisticsRequest& request);
    // "csv" or "json".
    QString format() const;
    void setFormat(const QString& format);

    // The preview as shown: one row per cell; the count column says "suppressed" for a suppressed cell.
    QList<QStringList> previewRows() const;
    bool previewBusy() const;
    // Writes the chosen format to `path` as a job; false when nothing was started.
    bool exportTo(const QString& path);
    bool busy() const;
    void cancelExport();
    QString message() const;

Q_SIGNALS:
    void previewShown();
    void exported(const QString& path);
    void exportEnded(); // after every export, written, failed or cancelled

private:
    void refresh();
    void showPreview(const Result<SharedStatisticsTable>& table);
    void chooseFile();
    void updateButtons();

    WorkspaceSession& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QSpinBox* m_k = nullptr;
    QComboBox* m_grain = nullptr;
    QComboBox* m_format = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_rule = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    JobRunner* m_previewJob = nullptr;
    JobRunner* m_exportJob = nullptr;
    bool m_previewOk = false;
};

} // namespace fb

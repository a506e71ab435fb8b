// SPDX-License-Identifier: GPL-3.0-or-later
// ImportDialog: imports mail files and Maildir folders off the GUI thread (MailImporter in a job with its own
// workspace connection), showing messages read, bytes and a Cancel button; hands the report back when done.
#pragma once

#include "core/base/Result.h"
#include "core/mail/MailImporter.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fb {

class JobRunner;
class WorkspaceSession;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(WorkspaceSession& session, QStringList paths, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Starts the job. Its errors, from "no worker connection" on, are shown and come as failed().
    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // The job ended with a report (possibly cancelled part-way: report.cancelled).
    void imported(const fb::MailImportReport& report);
    // The job failed; what was committed before stays.
    void failed(const fb::Error& error);

protected:
    void reject() override;

private:
    void updateProgress(const fb::JobProgress& progress);

    WorkspaceSession& m_session;
    QStringList m_paths;
    JobRunner* m_job = nullptr;
    QLabel* m_what = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_bytes = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace fb

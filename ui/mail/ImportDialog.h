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

class WorkspaceSession;
struct ImportDialogProgress;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(WorkspaceSession& session, QStringList paths, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Starts the job; false (with the reason shown) when no worker connection could be opened.
    bool start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The job ended with a report (possibly cancelled part-way: report.cancelled).
    void imported(const fb::MailImportReport& report);
    // The job failed; what was committed before stays.
    void failed(const fb::Error& error);

protected:
    void reject() override;

private:
    void updateProgress();

    WorkspaceSession& m_session;
    QStringList m_paths;
    std::shared_ptr<ImportDialogProgress> m_progress;
    bool m_running = false;
    QLabel* m_what = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_bytes = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace fb

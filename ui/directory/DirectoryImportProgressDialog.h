// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryImportProgressDialog: the progress of a directory import, with Cancel (roll everything back) and, for
// imports that merge entry by entry, "Stop and keep" (the entries merged so far are kept; importing the file again
// completes it). It only asks: DirectoryImportJob carries the requests to the job.
#pragma once

#include "core/base/Job.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fb {

class DirectoryImportProgressDialog : public QDialog
{
    Q_OBJECT

public:
    DirectoryImportProgressDialog(const QString& what, bool canStop, QWidget* parent);

    void showProgress(const JobProgress& progress);
    // Esc and the window's close button cancel, as the Cancel button does.
    void reject() override;

Q_SIGNALS:
    void cancelRequested();
    void stopRequested();

private:
    void requestStop();

    QLabel* m_text = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_stopping = false;
};

} // namespace fb

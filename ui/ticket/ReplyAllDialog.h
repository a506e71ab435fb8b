// SPDX-License-Identifier: GPL-3.0-or-later
// ReplyAllDialog: "Reply to all reporters…" on an incident. A checklist of the distinct reporters of its reports
// (ReporterReplies), each with the report answered and whether the reply is encrypted, refused ones (the TLP gate)
// shown with the reason and no box; the text, with placeholders filled for each reporter; signing with the team key.
// Write stores one threaded reply per ticked reporter on that reporter's report, as a job (all or none).
#pragma once

#include "core/mail/ReporterReplies.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fb {

class JobRunner;
class WorkspaceSession;

class ReplyAllDialog : public QDialog
{
    Q_OBJECT

public:
    ReplyAllDialog(WorkspaceSession& session, qint64 incidentId, QWidget* parent = nullptr);
    ~ReplyAllDialog() override;

    bool isBusy() const;
    const QList<ReporterReply>& reporters() const { return m_reporters; }
    // Ticks or unticks a reporter by address (no effect on a refused one).
    void setIncluded(const QString& address, bool included);
    // The addresses left out by unticking them.
    QStringList excluded() const;
    // Writes and stores the replies, as a job.
    void write();
    QString statusText() const;

Q_SIGNALS:
    // The replies were stored (on these reports).
    void repliesStored(const QList<qint64>& reportIds);

private:
    void listReporters();
    void showReporters();
    void showStatus(const QString& text, bool bad = false);
    void updateButtons();

    WorkspaceSession& m_session;
    qint64 m_incidentId = 0;
    QString m_signKey;
    QList<ReporterReply> m_reporters;
    JobRunner* m_listJob = nullptr;
    JobRunner* m_writeJob = nullptr;
    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_sign = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_write = nullptr;
};

} // namespace fb

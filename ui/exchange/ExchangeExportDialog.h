// SPDX-License-Identifier: GPL-3.0-or-later
// ExchangeExportDialog: "Share with a team…" of an incident: the format (MISP event or IODEF v2), the recipient
// from the directory (whose highest TLP is the gate), how addresses are read, MISP's distribution or IODEF's
// purpose, and the save as a job; what was written is shown afterwards. What goes in and the TLP gate are
// IncidentExchange's (core).
#pragma once

#include "core/directory/Team.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fb {

class JobRunner;
class WorkspaceSession;

class ExchangeExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExchangeExportDialog(WorkspaceSession& session, qint64 incidentId, QWidget* parent = nullptr);
    ~ExchangeExportDialog() override;

    // "misp" or "iodef".
    QString format() const;
    void setFormat(const QString& key);
    // Chooses the directory team with this short or official name as the recipient; false when there is none.
    bool setRecipient(const QString& teamName);
    // Writes the document to `path` as a job; false when nothing was started.
    bool saveTo(const QString& path);
    bool busy() const;
    QString message() const;
    QString writtenText() const;

Q_SIGNALS:
    void saved(const QString& path);

private:
    void formatChanged();
    void chooseFile();
    void showMessage(const QString& text, bool bad);

    WorkspaceSession& m_session;
    qint64 m_id = 0;
    QList<Team> m_teams;
    QComboBox* m_format = nullptr;
    QComboBox* m_recipient = nullptr;
    QComboBox* m_addresses = nullptr;
    QComboBox* m_distribution = nullptr;
    QComboBox* m_purpose = nullptr;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_written = nullptr;
    QPushButton* m_save = nullptr;
    JobRunner* m_job = nullptr;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ExchangeImportDialog: "Import incident from a team…": a MISP event or IODEF v2 document (told from its content)
// read as a job into a new incident, or onto the ticket it is known for, all or nothing (IncidentExchange, core);
// afterwards what was added and every warning, with the way to the ticket.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fb {

class JobRunner;
class WorkspaceSession;

class ExchangeImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeImportDialog(WorkspaceSession& session, QWidget* parent = nullptr);
    ~ExchangeImportDialog() override;

    void setPath(const QString& path);
    void setLenient(bool lenient);
    // Reads and imports the chosen file as a job; false when nothing was started.
    bool startImport();
    bool busy() const;
    QString message() const;
    QStringList warnings() const;
    qint64 importedTicket() const { return m_ticket; }

Q_SIGNALS:
    void imported(qint64 ticketId);
    void openTicket(qint64 ticketId);

private:
    void chooseFile();
    void showMessage(const QString& text, bool bad);
    void updateButtons();

    WorkspaceSession& m_session;
    qint64 m_ticket = 0;
    QLineEdit* m_path = nullptr;
    QCheckBox* m_lenient = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_warnings = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_open = nullptr;
    JobRunner* m_job = nullptr;
};

} // namespace fb

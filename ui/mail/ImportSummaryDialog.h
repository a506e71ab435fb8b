// SPDX-License-Identifier: GPL-3.0-or-later
// ImportSummaryDialog: what a mail import did: imported, threaded, duplicates, quarantined (with reasons), and
// the cases that need a person's eye; a quarantined message's raw bytes can be inspected.
#pragma once

#include "core/mail/MailImporter.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace fb {

class WorkspaceSession;

class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportSummaryDialog(const MailImportReport& report, WorkspaceSession* session, QWidget* parent = nullptr);

    const MailImportReport& report() const { return m_report; }
    // Shows the case in row of the problems list (quarantined: its stored raw bytes).
    void inspect(int row);

Q_SIGNALS:
    void openTicket(qint64 id);

private:
    MailImportReport m_report;
    QList<ImportCase> m_problems;
    WorkspaceSession* m_session = nullptr;
    QTreeWidget* m_list = nullptr;
    QPlainTextEdit* m_detail = nullptr;
};

} // namespace fb

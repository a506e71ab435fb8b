// SPDX-License-Identifier: GPL-3.0-or-later
// EvidencePanel: a ticket's evidence files: name, size, SHA-256 (shortened; whole in the tooltip and copied by a
// button), who added each and when. Files are added from a file dialog or dropped on the panel, exported to a
// folder with SHA256SUMS, and removed after a question. Adding and exporting run as jobs with progress and cancel;
// the rules are EvidenceStore's, a refusal is shown in the panel.
#pragma once

#include "core/tickets/TicketEvidence.h"

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace fb {

class EmptyState;
class JobRunner;
class TicketActions;
class WorkspaceSession;

class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(QWidget* parent = nullptr);
    ~EvidencePanel() override;

    void setSession(WorkspaceSession* session);
    // The remove question is asked through the actions' prompts (tests answer it there).
    void setActions(TicketActions* actions) { m_actions = actions; }
    // 0: nothing shown. `writable`: files can be added and removed (not for a merged ticket).
    void showTicket(qint64 ticketId, bool writable);
    int evidenceCount() const { return int(m_evidence.size()); }
    // The tab title: "Evidence (3)".
    QString title() const;

    // What the buttons and a drop do, for them and tests. Adding and exporting start a job (busy() until it ends);
    // false when nothing was started.
    bool addFiles(const QStringList& paths);
    bool exportTo(const QString& folder);
    bool removeSelected();
    bool copySelectedHash();
    bool busy() const;
    // The last refusal or outcome shown under the list.
    QString message() const;

Q_SIGNALS:
    // Ticket `id`'s evidence changed here.
    void changed(qint64 id);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reload();
    void updateButtons();
    qint64 selectedEvidence() const;
    void chooseFiles();
    void chooseFolder();
    void showMessage(const QString& text);
    void setRunning(bool running);

    WorkspaceSession* m_session = nullptr;
    TicketActions* m_actions = nullptr;
    qint64 m_id = 0;
    bool m_writable = false;
    QList<TicketEvidence> m_evidence;
    QTreeWidget* m_list = nullptr;
    EmptyState* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_copy = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_message = nullptr;
    JobRunner* m_job = nullptr;
};

} // namespace fb

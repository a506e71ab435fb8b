// SPDX-License-Identifier: GPL-3.0-or-later
// TasksPanel: a ticket's tasks with their progress ("3 of 7 done"): mark the selected one done, not applicable or
// open again, give it to someone, add a note to its log, add a task by hand, or apply a playbook. The rules are
// TaskStore's; a refusal is shown in the panel.
#pragma once

#include "core/tickets/TaskStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace fb {

class WorkspaceSession;

class TasksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TasksPanel(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    // 0: nothing shown. `writable`: tasks can be changed (not those of a merged ticket).
    void showTicket(qint64 ticketId, bool writable);
    TaskProgress progress() const { return m_progress; }
    // The tab title: "Tasks (3/7)".
    QString title() const;

    // What the buttons do, for the buttons and tests; false (with the refusal shown) when core refused.
    bool setSelectedState(TaskState state);
    bool assignSelected();
    bool addNoteToSelected();
    bool addTask();
    bool applyPlaybook();

Q_SIGNALS:
    // Ticket `id`'s tasks changed here.
    void changed(qint64 id);

private:
    void reload();
    void showSelected();
    void updateButtons();
    qint64 selectedTask() const;
    // After a change: reloads, keeps the selection, tells the views; false and the error shown when it failed.
    bool finish(const Status& status, qint64 select);

    WorkspaceSession* m_session = nullptr;
    qint64 m_id = 0;
    bool m_writable = false;
    TaskProgress m_progress;
    QList<TicketTask> m_tasks;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QTreeWidget* m_list = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_notApplicable = nullptr;
    QPushButton* m_reopen = nullptr;
    QLineEdit* m_owner = nullptr;
    QPushButton* m_assign = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
    QLineEdit* m_newTitle = nullptr;
    QPushButton* m_add = nullptr;
    QComboBox* m_playbooks = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fb

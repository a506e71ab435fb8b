// SPDX-License-Identifier: GPL-3.0-or-later
// TicketRelationsPanel: what surrounds a ticket: its worklog (comments, mail and changes in time order, and the
// comment box), tasks with their progress, the timeline (with "add to timeline" from a message or an observable),
// evidence files, observables (with "other tickets with this value"), links (parent incidents, children, merges),
// history with the chain's verify status, and correspondence.
#pragma once

#include "core/tickets/TimelineEvent.h"

#include <QTabWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fb {

class CorrespondencePanel;
class EvidencePanel;
class TasksPanel;
class TimelinePanel;
class TicketActions;
class WorklogPanel;
class WorkspaceSession;
struct Ticket;

class TicketRelationsPanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit TicketRelationsPanel(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    // Adds the buttons and context menus of the ticket actions (observables, links) and tells them what is
    // selected here.
    void setActions(TicketActions* actions);
    // nullptr: nothing shown.
    void showTicket(const Ticket* ticket);
    // Walks the whole history chain (on demand: it reads every row of the workspace).
    void verifyHistory();
    CorrespondencePanel* correspondence() const { return m_correspondence; }
    WorklogPanel* worklog() const { return m_worklog; }
    TasksPanel* tasks() const { return m_tasks; }
    EvidencePanel* evidence() const { return m_evidence; }
    TimelinePanel* timeline() const { return m_timeline; }

Q_SIGNALS:
    void openTicket(qint64 id);
    // Ticket `id` was changed here (a comment): views read it again.
    void changed(qint64 id);

private:
    QWidget* buildWorklog();
    QWidget* buildObservables();
    QWidget* buildLinks();
    QWidget* buildHistory();
    QWidget* buildCorrespondence();
    // The observable the lists are about: the current one, else the first.
    QTreeWidgetItem* chosenObservable() const;
    void showOtherTickets();
    void showWhoHandles();
    QString describe(qint64 id);
    // Shows the timeline and asks for an event starting from `draft`.
    void addToTimeline(const NewTimelineEvent& draft);

    WorkspaceSession* m_session = nullptr;
    qint64 m_id = 0;
    QTreeWidget* m_observables = nullptr;
    QPushButton* m_otherTickets = nullptr;
    QPushButton* m_whoHandles = nullptr;
    QListWidget* m_otherList = nullptr;
    QWidget* m_observablesPage = nullptr;
    QHBoxLayout* m_observableButtons = nullptr;
    QWidget* m_linksPage = nullptr;
    QListWidget* m_links = nullptr;
    QTreeWidget* m_history = nullptr;
    QLabel* m_verify = nullptr;
    CorrespondencePanel* m_correspondence = nullptr;
    WorklogPanel* m_worklog = nullptr;
    TasksPanel* m_tasks = nullptr;
    EvidencePanel* m_evidence = nullptr;
    TimelinePanel* m_timeline = nullptr;
    QPushButton* m_observableToTimeline = nullptr;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// TimelinePanel: a ticket's timeline — a table of events sortable by any column (by time at first) above a chart of
// them (TimelineChart); add, change and remove events (TimelineEventDialog), import a CSV file (as a job) and export
// one. The rules are TimelineStore's; a refusal (an import's, with its row and column) is shown in the panel.
#pragma once

#include "core/tickets/TimelineStore.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fb {

class EmptyState;
class JobRunner;
class TimelineChart;
class WorkspaceSession;

class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EndColumn, WhatColumn, SourceColumn };

    // Asks for an event's fields, starting from the draft; nullopt cancels. A test hook: tests answer without a dialog.
    using EventPrompt =
        std::function<std::optional<NewTimelineEvent>(QWidget* parent, const NewTimelineEvent& draft, bool editing)>;
    // Asks for a CSV file to open (`save` false) or write; empty cancels. A test hook as well.
    using PathPrompt = std::function<QString(QWidget* parent, bool save)>;

    explicit TimelinePanel(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    void setEventPrompt(EventPrompt prompt) { m_eventPrompt = std::move(prompt); }
    void setPathPrompt(PathPrompt prompt) { m_pathPrompt = std::move(prompt); }
    // 0: nothing shown. `writable`: events can be changed (not those of a merged ticket).
    void showTicket(qint64 ticketId, bool writable);
    int eventCount() const { return int(m_events.size()); }
    // The tab title: "Timeline (12)".
    QString title() const;
    QString statusText() const;
    TimelineChart* chart() const { return m_chart; }
    bool isImporting() const;

    // What the buttons do; false (with the refusal shown) when cancelled or refused.
    // Asks for the event starting from `draft` (a message's or an observable's) and adds it to the shown ticket.
    bool addEvent(const NewTimelineEvent& draft);
    bool editSelected();
    bool removeSelected();
    // Asks for the file and imports it in a job; the result shows when it ends.
    void importCsv();
    bool exportCsv();

Q_SIGNALS:
    // Ticket `id`'s timeline (and maybe its observables) changed here.
    void changed(qint64 id);

private:
    void reload();
    void updateButtons();
    qint64 selectedEvent() const;
    void showStatus(const QString& text, bool error);
    // After a change: reloads, selects `select`, tells the views.
    void finish(qint64 select);

    WorkspaceSession* m_session = nullptr;
    qint64 m_id = 0;
    bool m_writable = false;
    QList<TimelineEvent> m_events;
    EventPrompt m_eventPrompt;
    PathPrompt m_pathPrompt;
    JobRunner* m_job = nullptr;
    QTableWidget* m_table = nullptr;
    EmptyState* m_empty = nullptr;
    TimelineChart* m_chart = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace fb

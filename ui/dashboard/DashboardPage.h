// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: the team lead's charts of the workspace (TicketStatistics, computed as a job on a worker thread),
// filtered by a date range and a constituency; each chart exports to PNG, SVG and CSV; and how many tasks are overdue.
#pragma once

#include "core/tickets/TicketStatistics.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QScrollArea;
class QLabel;
class QScrollArea;

namespace fb {

class ChartPanel;
class ConstituencyReportDialog;
class EmptyState;

// The tables of one reload, by panel key.
using Tables = QList<std::pair<QString, Result<StatisticsTable>>>;
class JobRunner;
class WorkspaceSession;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
    // Shown instead of the charts while the workspace has no ticket; its button is the window's to give.
    EmptyState* emptyState() const { return m_empty; }

    // nullptr drops the session (locked); a new session resets the range to the last 90 days.
    void setSession(WorkspaceSession* session);
    // Recomputes every chart for the filter as a job on a worker thread; isLoading() until the charts show it.
    void reload();
    bool isLoading() const;

    // "Constituency report…": the report dialog over this page's filters, opened window-modal (no nested event
    // loop); nullptr without a session.
    ConstituencyReportDialog* openConstituencyReport();

    StatisticsFilter filter() const;
    void setFilter(const StatisticsFilter& filter);

    // Panels by key: incidents-by-class, open-tickets, sla-breaches, reports-by-channel, response-times,
    // resolution-times.
    ChartPanel* panel(const QString& key) const;
    // The series a panel draws (all when empty); its CSV export has the whole table.
    static QStringList plottedSeries(const QString& key);
    QList<ChartPanel*> panels() const { return m_panels; }

    // Charts per row: two where each gets room for its labels, else one (small screens).
    int columns() const { return m_columns; }

Q_SIGNALS:
    // The session was replaced or dropped (locked): open dialogs over the old one close.
    void sessionChanged();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillConstituencies();
    void showTables(const Result<Tables>& tables);
    void showProblem(const QString& problem);

    WorkspaceSession* m_session = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_constituency = nullptr;
    QLabel* m_status = nullptr;
    void reflow();

    QScrollArea* m_charts = nullptr;
    EmptyState* m_empty = nullptr;
    QLabel* m_overdueTasks = nullptr; // open tasks past their due date, of the chosen constituency
    QList<ChartPanel*> m_panels;
    QScrollArea* m_scroll = nullptr;
    QGridLayout* m_grid = nullptr;
    int m_columns = 0;
    bool m_loading = false;
    bool m_needsReload = false;
    JobRunner* m_job = nullptr; // the tables of the current filter
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// QueuePage: one queue (or a saved search) as a table that pages from core, with filters (state, owner, TLP,
// class) and a debounced search box (free text and typed terms; "#44" opens ticket 44), beside the selected
// ticket; a row's context menu holds the ticket actions, and with several rows selected the bulk actions.
#pragma once

#include "core/tickets/TicketKind.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;

namespace fb {

class EmptyState;
class TicketTableModel;
class TicketView;
class WorkspaceSession;

class QueuePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 250;

    explicit QueuePage(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    // One kind's queue, or every kind (a saved search) when kind is empty; `search` fills the search box.
    void showQueue(std::optional<TicketKind> kind, const QString& search = {});
    void focusSearch();
    std::optional<TicketKind> kind() const { return m_kind; }
    // Ctrl+G: the search box takes a ticket number ("44" or "#44"); Enter opens it.
    void startGoTo();
    // Shows ticket `id` (selecting its row when the queue lists it); false, and says so, when there is none.
    bool openTicket(qint64 id);
    // Selects the row and gives the actions of its ticket's context menu (nullptr: a separator).
    QList<QAction*> rowActions(int row);
    // What "Save…" keeps: the search box's text, with the queue's kind when searched inside one queue; empty when
    // there is nothing to keep.
    QString currentSearchQuery() const;
    // The tickets of the selected rows, by number; with more than one, the context menu offers bulk actions.
    QList<qint64> selectedTicketIds() const;
    void refresh();
    // Applies the filters and search now (the debounce timer calls this).
    void applyFilters();
    TicketTableModel* model() const { return m_model; }
    TicketView* ticketView() const { return m_ticketView; }
    QTableView* table() const { return m_table; }

    void saveLayout(QSettings& settings) const;
    void restoreLayout(QSettings& settings);
    // What an empty queue offers: importing mail (reports) or a new ticket (the other kinds); the window's actions.
    void setEmptyActions(QAction* importMail, QAction* newTicket);
    EmptyState* emptyState() const { return m_empty; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void ticketsChanged();
    void statusMessage(const QString& text);
    // The user asked to keep `query` as a saved search.
    void saveSearchRequested(const QString& query);

private:
    // Says what the empty list means: nothing of this kind yet, or nothing matching the search and filters.
    void describeEmpty();
    bool filtered() const;
    void clearFilters();
    void fillStateFilter();
    void showBulkMenu(const QList<qint64>& ids, const QPoint& globalPos);
    // Hides the least needed columns while the table is too narrow for them and a readable title.
    void fitColumns();
    QHash<int, int> m_hiddenWidths; // a column's width when last shown
    void showSelected();
    // The ticket the search box asks to go to ("#44", or "44" after Ctrl+G).
    std::optional<qint64> goToNumber() const;
    void endGoTo();
    void searchEntered();
    void showContextMenu(const QPoint& pos);

    WorkspaceSession* m_session = nullptr;
    std::optional<TicketKind> m_kind;
    TicketTableModel* m_model = nullptr;
    TicketView* m_ticketView = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_heading = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QComboBox* m_ownerFilter = nullptr;
    QComboBox* m_tlpFilter = nullptr;
    QComboBox* m_classFilter = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_status = nullptr;
    EmptyState* m_empty = nullptr;
    QPointer<QAction> m_importMail;
    QPointer<QAction> m_newTicket;
    QTimer* m_searchTimer = nullptr;
    bool m_goTo = false;
    QString m_searchPlaceholder; // the search box's own hint, back after going to a ticket
};

} // namespace fb

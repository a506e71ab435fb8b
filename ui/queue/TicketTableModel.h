// SPDX-License-Identifier: GPL-3.0-or-later
// TicketTableModel: a queue of tickets for a QTableView, read from core a page at a time
// (canFetchMore/fetchMore), so that a queue of 100,000 tickets opens at once. Sorting asks core again.
#pragma once

#include "core/base/Clock.h"
#include "core/tickets/TicketSearch.h"

#include <QAbstractTableModel>
#include <QList>

namespace fb {

class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Title, State, Severity, TlpColumn, RsitClassColumn, Owner, Due, Sla, ColumnCount };
    static constexpr int kPageSize = 200;
    // Qt::UserRole on any column: the ticket id; TlpRole on the TLP column: the TlpLevel as int.
    static constexpr int TicketIdRole = Qt::UserRole;
    static constexpr int TlpRole = Qt::UserRole + 1;

    explicit TicketTableModel(QObject* parent = nullptr);

    // The search to read from (nullptr while locked: the model is then empty) and the clock for SLA status.
    void setSource(TicketSearch* search, const Clock* clock);
    // Shows the tickets of `query` (its order, limit and offset are the model's own).
    void setQuery(const TicketQuery& query);
    const TicketQuery& query() const { return m_query; }
    // Reads the loaded tickets again (after a change), keeping as many rows as were loaded.
    void refresh();
    qint64 totalCount() const { return m_total; }
    qint64 ticketId(int row) const;
    // The row of a loaded ticket, or -1.
    int rowOf(qint64 ticketId) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload(int rows);
    QList<Ticket> page(int offset, int limit);

    TicketSearch* m_search = nullptr;
    const Clock* m_clock = nullptr;
    TicketQuery m_query;
    QList<Ticket> m_rows;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace fb

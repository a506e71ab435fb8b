// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/TicketTableModel.h"

#include "core/taxonomy/Rsit.h"
#include "core/tickets/Lifecycle.h"
#include "core/tickets/SlaPolicy.h"
#include "ui/main/StatusColours.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fb {

namespace {

TicketOrder orderFor(int column)
{
    switch (column) {
    case TicketTableModel::Title:
        return TicketOrder::Title;
    case TicketTableModel::State:
        return TicketOrder::State;
    case TicketTableModel::Severity:
        return TicketOrder::Severity;
    case TicketTableModel::TlpColumn:
        return TicketOrder::Tlp;
    case TicketTableModel::RsitClassColumn:
        return TicketOrder::RsitClass;
    case TicketTableModel::Owner:
        return TicketOrder::Owner;
    case TicketTableModel::Due:
    case TicketTableModel::Sla:
        return TicketOrder::Due;
    default:
        return TicketOrder::Id;
    }
}

} // namespace

TicketTableModel::TicketTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TicketTableModel::setSource(TicketSearch* search, const Clock* clock)
{
    m_search = search;
    m_clock = clock;
    reload(kPageSize);
}

void TicketTableModel::setQuery(const TicketQuery& query)
{
    const TicketOrder order = m_query.order;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.order = order;
    m_query.descending = descending;
    reload(kPageSize);
}

void TicketTableModel::refresh()
{
    reload(std::max<int>(kPageSize, int(m_rows.size())));
}

QList<Ticket> TicketTableModel::page(int offset, int limit)
{
    if (!m_search)
        return {};
    TicketQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    auto tickets = m_search->list(q);
    if (!tickets) {
        m_error = tickets.error().message;
        return {};
    }
    return *tickets;
}

void TicketTableModel::reload(int rows)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_search) {
        auto total = m_search->count(m_query);
        if (total) {
            m_total = *total;
            // Pages of at most kPageSize, as fetchMore would read them.
            for (int offset = 0; offset < rows && offset < m_total; offset += kPageSize)
                m_rows.append(page(offset, kPageSize));
        } else {
            m_error = total.error().message;
        }
    }
    endResetModel();
}

qint64 TicketTableModel::ticketId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int TicketTableModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == ticketId)
            return row;
    }
    return -1;
}

int TicketTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TicketTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void TicketTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_rows.size() >= m_total)
        return;
    const QList<Ticket> more = page(int(m_rows.size()), kPageSize);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the workspace changed underneath; stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    m_query.order = orderFor(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload(kPageSize);
}

QVariant TicketTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Ticket& t = m_rows.at(index.row());
    if (role == TicketIdRole)
        return t.id;
    const bool active = Lifecycle::of(t.kind).isActive(t.state);
    const SlaStatus sla =
        index.column() == Sla && m_clock ? SlaPolicy::status(t, active, m_clock->nowUtc()) : SlaStatus::None;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return t.id;
        case Title:
            return t.title;
        case State:
            return Lifecycle::displayState(t.state);
        case Severity:
            return TicketEnums::severityName(t.severity);
        case TlpColumn:
            return Tlp::label(t.tlp);
        case RsitClassColumn: {
            const RsitClass* rsit = Rsit::builtin().findClass(t.rsitClass);
            return rsit ? rsit->name : t.rsitClass;
        }
        case Owner:
            return t.owner;
        case Due:
            return t.resolveDue.isValid() ? QLocale().toString(t.resolveDue.toLocalTime(), QLocale::ShortFormat)
                                          : QString();
        case Sla:
            return sla == SlaStatus::None ? QString() : SlaPolicy::statusName(sla);
        }
        break;
    case TlpRole:
        return index.column() == TlpColumn ? QVariant(int(t.tlp)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Sla && StatusColours::slaTone(sla))
            return QBrush(StatusColours::text(*StatusColours::slaTone(sla)));
        break;
    case Qt::FontRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == TlpColumn)
            return Tlp::meaning(t.tlp);
        if (index.column() == Title)
            return t.title;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Number)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Title:
        return tr("Title");
    case State:
        return tr("State");
    case Severity:
        return tr("Severity");
    case TlpColumn:
        return tr("TLP");
    case RsitClassColumn:
        return tr("Class");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Sla:
        return tr("SLA");
    }
    return {};
}

} // namespace fb

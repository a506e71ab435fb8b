// SPDX-License-Identifier: GPL-3.0-or-later
// TeamFilterModel: the directory list's filters over a TeamTableModel: words (names, host), country, team type,
// Trusted Introducer status, stale entries only, and teams whose keys expire soon or have a problem.
#pragma once

#include "core/directory/DirectoryTypes.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace fb {

class TeamTableModel;

struct TeamFilter
{
    QString words;
    QString country; // empty: any
    std::optional<TeamType> type;
    std::optional<TiStatus> tiStatus;
    bool staleOnly = false;
    bool keyConcernsOnly = false; // a key missing, expired, revoked, or expiring within 30 days
};

class TeamFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TeamFilterModel(TeamTableModel* source, QObject* parent = nullptr);

    void setFilter(const TeamFilter& filter);
    const TeamFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    TeamTableModel* m_source;
    TeamFilter m_filter;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/TeamFilterModel.h"

#include "ui/directory/TeamTableModel.h"

namespace fb {

TeamFilterModel::TeamFilterModel(TeamTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TeamFilterModel::setFilter(const TeamFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool TeamFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || sourceRow >= m_source->rows().size())
        return false;
    const TeamRow& row = m_source->rows().at(sourceRow);
    const Team& team = row.team;
    if (!m_filter.country.isEmpty() && team.country != m_filter.country)
        return false;
    if (m_filter.type && team.type != *m_filter.type)
        return false;
    if (m_filter.tiStatus && team.tiStatus != *m_filter.tiStatus)
        return false;
    if (m_filter.staleOnly && !row.stale)
        return false;
    if (m_filter.keyConcernsOnly && row.keyConcern == KeyConcern::None)
        return false;
    const QStringList words = m_filter.words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!team.shortName.contains(word, Qt::CaseInsensitive) &&
            !team.officialName.contains(word, Qt::CaseInsensitive) &&
            !team.hostOrganisation.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace fb

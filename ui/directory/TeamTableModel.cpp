// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/TeamTableModel.h"

#include "core/directory/Countries.h"

#include <QLocale>

namespace fb {

TeamTableModel::TeamTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TeamTableModel::setRows(QList<TeamRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const TeamRow* TeamTableModel::rowFor(qint64 teamId) const
{
    const int row = rowOf(teamId);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int TeamTableModel::rowOf(qint64 teamId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).team.id == teamId)
            return int(i);
    }
    return -1;
}

int TeamTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamTableModel::keysText(const TeamRow& row) const
{
    if (!row.keysChecked)
        return tr("Checking…");
    if (row.keys.isEmpty())
        return tr("None");
    if (row.keys.size() == 1)
        return KeyStatusText::word(row.keys.first());
    // The worst key speaks for the row; the tooltip lists them all.
    for (KeyConcern concern : {KeyConcern::Problem, KeyConcern::Soon}) {
        for (const LinkedKey& key : row.keys) {
            if (KeyStatusText::concern(key) == concern)
                return tr("%1 (%n keys)", nullptr, int(row.keys.size())).arg(KeyStatusText::word(key));
        }
    }
    return tr("Valid (%n keys)", nullptr, int(row.keys.size()));
}

QString TeamTableModel::keysTooltip(const TeamRow& row) const
{
    if (row.keys.isEmpty())
        return tr("No OpenPGP key is linked to this team.");
    QStringList lines;
    for (const LinkedKey& key : row.keys)
        lines.append(tr("%1: %2").arg(groupedFingerprint(key.fingerprint), KeyStatusText::sentence(key)));
    return lines.join(QLatin1Char('\n'));
}

QVariant TeamTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TeamRow& row = m_rows.at(index.row());
    const Team& team = row.team;
    if (role == TeamIdRole)
        return team.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return team.displayName();
        case OfficialName:
            return team.officialName;
        case Country:
            return team.country;
        case Type:
            return DirectoryTypes::label(team.type);
        case TiStatusColumn:
            return DirectoryTypes::label(team.tiStatus);
        case Verified:
            if (!team.verifiedAt.isValid())
                return tr("Never");
            return row.stale ? tr("%1 (stale)")
                                   .arg(QLocale().toString(team.verifiedAt.toLocalTime().date(), QLocale::ShortFormat))
                             : QLocale().toString(team.verifiedAt.toLocalTime().date(), QLocale::ShortFormat);
        case Keys:
            return keysText(row);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Country:
            return Countries::name(team.country);
        case Verified:
            return row.stale ? tr("Not verified recently: check the contact details with the team.")
                             : tr("Contact details verified recently.");
        case Keys:
            return keysTooltip(row);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Keys)
        return KeyStatusText::icon(row.keyConcern);
    return {};
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Team");
    case OfficialName:
        return tr("Official name");
    case Country:
        return tr("Country");
    case Type:
        return tr("Type");
    case TiStatusColumn:
        return tr("TI status");
    case Verified:
        return tr("Verified");
    case Keys:
        return tr("Keys");
    default:
        return {};
    }
}

} // namespace fb

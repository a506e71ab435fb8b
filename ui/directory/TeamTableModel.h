// SPDX-License-Identifier: GPL-3.0-or-later
// TeamTableModel: the directory's teams as table rows (name, country, type, TI status, verification, keys), with
// what the filters need to know of each row (stale, worst key concern).
#pragma once

#include "core/directory/DirectoryKeys.h"
#include "core/directory/Team.h"
#include "ui/directory/KeyStatusText.h"

#include <QAbstractTableModel>

namespace fb {

struct TeamRow
{
    Team team;
    bool stale = false;
    bool keysChecked = true; // false while the keyring is being read
    QList<LinkedKey> keys;
    KeyConcern keyConcern = KeyConcern::None; // the worst of its keys
};

class TeamTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, OfficialName, Country, Type, TiStatusColumn, Verified, Keys, ColumnCount };
    static constexpr int TeamIdRole = Qt::UserRole + 1;

    explicit TeamTableModel(QObject* parent = nullptr);

    void setRows(QList<TeamRow> rows);
    const QList<TeamRow>& rows() const { return m_rows; }
    const TeamRow* rowFor(qint64 teamId) const;
    int rowOf(qint64 teamId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString keysText(const TeamRow& row) const;
    QString keysTooltip(const TeamRow& row) const;

    QList<TeamRow> m_rows;
};

} // namespace fb

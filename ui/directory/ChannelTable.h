// SPDX-License-Identifier: GPL-3.0-or-later
// ChannelTable: edits the channels of a team or a person (e-mail, phone or other; usage such as abuse or
// emergency; out of band; comment) as table rows, with Add and Remove. Values are checked by core when saved.
#pragma once

#include "core/directory/Channel.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace fb {

class ChannelTable : public QWidget
{
    Q_OBJECT

public:
    enum Column { KindColumn, ValueColumn, UsageColumn, OutOfBandColumn, CommentColumn, ColumnCount };

    explicit ChannelTable(QWidget* parent = nullptr);

    void setChannels(const QList<Channel>& channels);
    // The rows with a value, in order.
    QList<Channel> channels() const;
    // Appends a row (the Add button appends an empty e-mail contact row); returns its index.
    int addChannel(const Channel& channel);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace fb

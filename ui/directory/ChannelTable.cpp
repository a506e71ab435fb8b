// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/ChannelTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

constexpr ChannelKind kKinds[] = {ChannelKind::Email, ChannelKind::Phone, ChannelKind::Other};
constexpr ChannelUsage kUsages[] = {ChannelUsage::Contact, ChannelUsage::Abuse, ChannelUsage::Emergency,
                                    ChannelUsage::Voice, ChannelUsage::Fax};

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ChannelTable::ChannelTable(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("channelsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Address or number"), tr("Usage"), tr("Out of band"), tr("Comment")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("An abuse address is an e-mail channel with the usage Abuse. Out-of-band channels are "
                           "for when the usual ones may be compromised or down."));
    // Room for a header and four channels (each row holds combo boxes).
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 11);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add channel"), this);
    add->setObjectName(QStringLiteral("addChannelPushButton"));
    m_remove = new QPushButton(tr("Remove channel"), this);
    m_remove->setObjectName(QStringLiteral("removeChannelPushButton"));
    m_remove->setEnabled(false);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this]() {
        const int row = addChannel(Channel{});
        m_table->setCurrentCell(row, ValueColumn);
        m_table->editItem(m_table->item(row, ValueColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (const int row = m_table->currentRow(); row >= 0)
            m_table->removeRow(row);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0 && row < m_table->rowCount()); });
}

int ChannelTable::addChannel(const Channel& channel)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* kind = new QComboBox(m_table);
    kind->setObjectName(QStringLiteral("channelKindComboBox"));
    for (ChannelKind k : kKinds)
        kind->addItem(DirectoryTypes::label(k), int(k));
    kind->setCurrentIndex(std::max(0, kind->findData(int(channel.kind))));
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(channel.value));
    auto* usage = new QComboBox(m_table);
    usage->setObjectName(QStringLiteral("channelUsageComboBox"));
    for (ChannelUsage u : kUsages)
        usage->addItem(DirectoryTypes::label(u), int(u));
    usage->setCurrentIndex(std::max(0, usage->findData(int(channel.usage))));
    m_table->setCellWidget(row, UsageColumn, usage);
    auto* outOfBand = new QTableWidgetItem;
    outOfBand->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    outOfBand->setCheckState(channel.outOfBand ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, OutOfBandColumn, outOfBand);
    m_table->setItem(row, CommentColumn, new QTableWidgetItem(channel.comment));
    return row;
}

void ChannelTable::setChannels(const QList<Channel>& channels)
{
    m_table->setRowCount(0);
    for (const Channel& channel : channels)
        addChannel(channel);
    m_remove->setEnabled(false);
}

QList<Channel> ChannelTable::channels() const
{
    QList<Channel> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Channel c;
        c.value = cellText(m_table, row, ValueColumn);
        if (c.value.isEmpty())
            continue;
        if (const auto* kind = qobject_cast<QComboBox*>(m_table->cellWidget(row, KindColumn)))
            c.kind = static_cast<ChannelKind>(kind->currentData().toInt());
        if (const auto* usage = qobject_cast<QComboBox*>(m_table->cellWidget(row, UsageColumn)))
            c.usage = static_cast<ChannelUsage>(usage->currentData().toInt());
        const QTableWidgetItem* outOfBand = m_table->item(row, OutOfBandColumn);
        c.outOfBand = outOfBand && outOfBand->checkState() == Qt::Checked;
        c.comment = cellText(m_table, row, CommentColumn);
        list.append(c);
    }
    return list;
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/TlpChipDelegate.h"

#include "core/taxonomy/Tlp.h"
#include "ui/main/FocusRingStyle.h"
#include "ui/queue/TicketTableModel.h"

#include <QApplication>
#include <QPainter>

namespace fb {

void TlpChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant level = index.data(TicketTableModel::TlpRole);
    if (!level.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection) as the style draws it, then the chip.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int padding = metrics.height() / 3;
    QRect chip(0, 0, metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + padding / 2);
    chip.moveCenter(option.rect.center());
    chip.moveLeft(option.rect.left() + padding);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Black on a dark base hardly shows where the chip ends: a faint outline in the text colour marks it there.
    const QColor chipColour(Tlp::backgroundColour());
    const QColor base = option.palette.color(QPalette::Base);
    if (FocusRingStyle::contrast(chipColour, base) < 3.0) {
        QColor outline = option.palette.color(QPalette::Text);
        outline.setAlpha(110);
        painter->setPen(QPen(outline, 1));
    } else {
        painter->setPen(Qt::NoPen);
    }
    painter->setBrush(chipColour);
    painter->drawRoundedRect(chip, padding / 2.0, padding / 2.0);
    painter->setFont(font);
    painter->setPen(QColor(Tlp::colour(static_cast<TlpLevel>(level.toInt()))));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize TlpChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    size.setWidth(metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + metrics.height() * 2);
    return size;
}

} // namespace fb

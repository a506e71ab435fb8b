// SPDX-License-Identifier: GPL-3.0-or-later
// TlpChipDelegate: paints a TLP label as a chip in its TLP 2.0 colour on black, as the standard shows it.
#pragma once

#include <QStyledItemDelegate>

namespace fb {

class TlpChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/FormLayouts.h"

#include <QFormLayout>
#include <QLayoutItem>
#include <QList>
#include <QWidget>

#include <algorithm>

namespace fb {

void FormLayouts::alignLabelColumns(QWidget* root)
{
    QList<QWidget*> labels;
    const QList<QFormLayout*> forms = root->findChildren<QFormLayout*>();
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labels.append(item->widget());
        }
    }
    int width = 0;
    for (QWidget* label : std::as_const(labels))
        width = std::max(width, label->sizeHint().width());
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(width);
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/FormLayouts.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QList>
#include <QWidget>

#include <algorithm>

namespace fb {

namespace {

void align(QWidget* root)
{
    QList<std::pair<QWidget*, Qt::Alignment>> labels;
    const QList<QFormLayout*> forms = root->findChildren<QFormLayout*>();
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget())
                labels.append({item->widget(), form->labelAlignment()});
        }
    }
    int width = 0;
    for (const auto& [label, alignment] : std::as_const(labels))
        width = std::max(width, label->sizeHint().width());
    for (const auto& [label, alignment] : std::as_const(labels)) {
        label->setMinimumWidth(width);
        // The label fills the column now: its text keeps to the side the form puts labels on.
        if (auto* text = qobject_cast<QLabel*>(label))
            text->setAlignment(alignment);
    }
}

// Aligns again when the root is shown or its style or font changes.
class Aligner : public QObject
{
public:
    explicit Aligner(QWidget* root)
        : QObject(root)
    {
        setObjectName(QStringLiteral("fbFormLabelAligner"));
        root->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::StyleChange:
        case QEvent::FontChange:
        case QEvent::LanguageChange:
            align(static_cast<QWidget*>(watched));
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void FormLayouts::alignLabelColumns(QWidget* root)
{
    if (!root->findChild<QObject*>(QStringLiteral("fbFormLabelAligner"), Qt::FindDirectChildrenOnly))
        new Aligner(root);
    align(root);
}

} // namespace fb

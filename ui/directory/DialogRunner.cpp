// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DialogRunner.h"

#include <QMessageBox>
#include <QPushButton>

namespace fb {

int runDialog(const DialogRunner& runner, QDialog& dialog)
{
    return runner ? runner(dialog) : dialog.exec();
}

bool confirmAction(const DialogRunner& runner, QWidget* parent, const QString& objectName, const QString& title,
                   const QString& question, const QString& yes)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(objectName);
    box.button(QMessageBox::Yes)->setText(yes);
    box.setDefaultButton(QMessageBox::Cancel);
    runDialog(runner, box);
    return box.clickedButton() == box.button(QMessageBox::Yes);
}

} // namespace fb

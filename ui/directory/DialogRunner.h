// SPDX-License-Identifier: GPL-3.0-or-later
// DialogRunner: how the directory page runs its modal dialogs (edit a team or a person, a new list, choose list
// members, confirm a removal). By default exec(); tests install one that fills the fields by object name and
// presses a button instead (the test hook of every modal dialog of the page).
#pragma once

#include <QDialog>

#include <functional>

namespace fb {

using DialogRunner = std::function<int(QDialog& dialog)>;

// Runs `dialog` through `runner`, or exec() when there is none; the dialog's result.
int runDialog(const DialogRunner& runner, QDialog& dialog);

// Asks a yes/no question (a QMessageBox named `objectName`, No by default); true when `yes` was pressed.
bool confirmAction(const DialogRunner& runner, QWidget* parent, const QString& objectName, const QString& title,
                   const QString& question, const QString& yes);

} // namespace fb

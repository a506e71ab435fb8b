// SPDX-License-Identifier: GPL-3.0-or-later
// ShortcutsDialog: Help → Keyboard shortcuts: the Shortcuts table, grouped by where the keys work, with a filter
// box that keeps the rows whose keys or description contain what is typed. Non-modal.
#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace fb {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);

    // Shows only the rows that contain `text` (in their keys or description); empty shows all.
    void filter(const QString& text);

private:
    void fill();

    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace fb

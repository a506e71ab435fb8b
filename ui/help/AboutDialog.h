// SPDX-License-Identifier: GPL-3.0-or-later
// AboutDialog: Help → About Firebreak: the version, what Firebreak is, its licence (GPL-3.0-or-later) and the Qt
// it was built with and runs on.
#pragma once

#include <QDialog>

class QLabel;

namespace fb {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text shown, as rich text.
    static QString text();
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// PlaceholderPage: a page whose feature has not landed yet, said plainly; never shows made-up data.
#pragma once

#include <QLabel>

namespace fb {

class PlaceholderPage : public QLabel
{
    Q_OBJECT

public:
    explicit PlaceholderPage(QWidget* parent = nullptr);
    void showFor(const QString& name, const QString& arrivesWith);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// FormLayouts: lines up the label columns of forms stacked on one page (each in its own group box or panel), so that
// their fields start at the same x, as in a KDE settings page.
#pragma once

class QWidget;

namespace fb {

class FormLayouts
{
public:
    // Gives every form label under `root` the width of the widest one, its text on the side the style puts form
    // labels; kept so when `root` is shown again or the style changes (the dark palette switches it).
    static void alignLabelColumns(QWidget* root);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// DarkPalette: switches the application between the platform's palette and a dark one (Fusion style); both with
// the focus ring of FocusRingStyle.
#pragma once

#include <QPalette>

namespace fb {

class DarkPalette
{
public:
    static void apply(bool dark);
    // The dark palette itself.
    static QPalette palette();
};

} // namespace fb

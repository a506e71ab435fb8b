// SPDX-License-Identifier: GPL-3.0-or-later
// DarkPalette: switches the application between the platform's palette and a dark one (Fusion style).
#pragma once

namespace fb {

class DarkPalette
{
public:
    static void apply(bool dark);
};

} // namespace fb

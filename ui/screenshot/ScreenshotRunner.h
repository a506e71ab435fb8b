// SPDX-License-Identifier: GPL-3.0-or-later
// ScreenshotRunner: renders the main window (queue with ticket, triage, lock screen) to PNG files for the
// README and docs, from a throw-away workspace filled with a few illustrative tickets (the demo generator
// replaces these once it lands). Used by `firebreak --screenshot DIR`.
#pragma once

#include <QString>

namespace fb {

class ScreenshotRunner
{
public:
    // Writes queue.png, triage.png, locked.png (and *-dark.png) into dir; returns the files written.
    static QStringList run(const QString& dir);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ScreenshotRunner: renders the main window (queue with ticket, triage, directory, dashboard, settings, lock
// screen) to PNG files for the README and docs, from a throw-away demo workspace (DemoWorkspace and
// DemoDirectory). Used by `firebreak --screenshot DIR`.
#pragma once

#include <QString>

namespace fb {

class ScreenshotRunner
{
public:
    // Writes queue.png, incident.png, triage.png, directory.png, dashboard.png, settings.png, locked.png (and
    // *-dark.png) into dir; returns the files written.
    static QStringList run(const QString& dir);
};

} // namespace fb

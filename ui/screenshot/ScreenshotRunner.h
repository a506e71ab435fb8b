// SPDX-License-Identifier: GPL-3.0-or-later
// ScreenshotRunner: renders the main window (queue with a ticket and its correspondence, the Help menu open, an
// incident, triage, directory, dashboard, settings, the lock screen), the keyboard shortcuts and the mail dialogs
// (import summary, composer), the plan for launching investigations, an incident's report dialog and the
// constituency report dialog to PNG files for the README and docs, from a throw-away demo workspace
// (DemoWorkspace::populateAll). Used by `firebreak --screenshot DIR`.
#pragma once

#include <QString>

namespace fb {

class ScreenshotRunner
{
public:
    // Writes queue, help-menu, shortcuts, correspondence, incident, triage, directory, dashboard, settings, locked,
    // import-summary, composer and investigation-plan PNGs (and *-dark.png), and the directory's team dialog and Lists
    // tab, into dir; returns the files written.
    static QStringList run(const QString& dir);
};

} // namespace fb

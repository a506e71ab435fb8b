// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsCommands: `firebreak-cli settings list|get|set`: every setting of the GUI's Settings page by name, read
// and saved through core's WorkspaceSettings, so the CLI and the page check values the same way.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class SettingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::SettingsCommands)

public:
    static CommandList commands();
};

} // namespace fb

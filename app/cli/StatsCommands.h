// SPDX-License-Identifier: GPL-3.0-or-later
// StatsCommands: `firebreak-cli stats ...`: shareable statistics (counts that cannot reveal a single case).
#pragma once

#include "app/cli/Command.h"

namespace fb {

class StatsCommands
{
public:
    static CommandList commands();
};

} // namespace fb

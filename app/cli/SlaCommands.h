// SPDX-License-Identifier: GPL-3.0-or-later
// SlaCommands: `firebreak-cli sla ...`: show and change the response and resolution times per severity.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class SlaCommands
{
public:
    static CommandList commands();
};

} // namespace fb

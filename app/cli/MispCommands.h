// SPDX-License-Identifier: GPL-3.0-or-later
// MispCommands: `firebreak-cli misp export|import`: an incident out as a MISP event (behind the TLP gate), a MISP
// event in as an incident or onto one.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class MispCommands
{
public:
    static CommandList commands();
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ObservableCommands: `firebreak-cli observable ...`: find tickets by indicator, extract indicators from text.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class ObservableCommands
{
public:
    static CommandList commands();
};

} // namespace fb

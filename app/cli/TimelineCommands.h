// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineCommands: `firebreak-cli timeline ...`: a ticket's timeline: add, list, edit, remove, import, export.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class TimelineCommands
{
public:
    static CommandList commands();
};

} // namespace fb

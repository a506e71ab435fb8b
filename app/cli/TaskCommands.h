// SPDX-License-Identifier: GPL-3.0-or-later
// TaskCommands: `firebreak-cli task ...`: the tasks of tickets: add, list, done, na, reopen, assign, due, note.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class TaskCommands
{
public:
    static CommandList commands();
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryCommands: `firebreak-cli directory ...`: the contact directory of teams and people, their keys and
// distribution lists; one class per verb, each in its own file.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class DirectoryCommands
{
public:
    static CommandList commands();
};

} // namespace fb

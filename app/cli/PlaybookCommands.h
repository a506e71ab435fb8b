// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybookCommands: `firebreak-cli playbook ...`: list, show, import, export, remove playbooks and apply one to a
// ticket.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class PlaybookCommands
{
public:
    static CommandList commands();
};

} // namespace fb

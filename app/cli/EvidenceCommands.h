// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceCommands: `firebreak-cli evidence ...`: files attached to tickets as evidence: add, list, export, remove.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class EvidenceCommands
{
public:
    static CommandList commands();
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ExchangeCommands: `firebreak-cli incident export|import` (MISP events and IODEF v2 documents) and
// `firebreak-cli misp export|import` (the same commands with the format fixed to MISP): an incident out behind the
// TLP gate, a document in as an incident or onto one.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class ExchangeCommands
{
public:
    static CommandList commands();
};

} // namespace fb

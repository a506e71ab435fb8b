// SPDX-License-Identifier: GPL-3.0-or-later
// TaxonomyCommands: `firebreak-cli taxonomy list`: the RSIT classes and types, TLP 2.0 and PAP labels.
#pragma once

#include "app/cli/Command.h"

namespace fb {

class TaxonomyCommands
{
public:
    static CommandList commands();
};

} // namespace fb

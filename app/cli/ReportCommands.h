// SPDX-License-Identifier: GPL-3.0-or-later
// ReportCommands: `firebreak-cli report ...`: periodic reports over many tickets (the constituency report).
#pragma once

#include "app/cli/Command.h"

namespace fb {

class ReportCommands
{
public:
    static CommandList commands();
};

} // namespace fb

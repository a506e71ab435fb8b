// SPDX-License-Identifier: GPL-3.0-or-later
// DemoDirectory: a small directory beside the demo tickets (DemoWorkspace): our university team, the bank's and the
// utility's teams, a national team and an ISP's abuse desk, with documentation addresses (RFC 5737, RFC 3849),
// private AS numbers and example.* domains. Our team is set as OwnTeam.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"

#include <QCoreApplication>

namespace fb {

class Vault;

class DemoDirectory
{
    Q_DECLARE_TR_FUNCTIONS(fb::DemoDirectory)

public:
    // Refuses a workspace whose directory already holds teams (Conflict). One transaction. Returns the number
    // of teams added.
    static Result<int> populate(Vault& vault, const Clock& clock);
};

} // namespace fb

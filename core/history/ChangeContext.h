// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeContext: where a change is written, when it happens and who makes it: the Vault, the clock that stamps the
// change and the actor the history chain names. Every store that changes the workspace is built from one; the
// front ends make it once per session (WorkspaceSession::change) or per command (CommandCall::change).
#pragma once

#include "core/base/Clock.h"

#include <QString>

namespace fb {

class Vault;

struct ChangeContext
{
    Vault& vault;
    const Clock& clock;
    QString actor;
};

} // namespace fb

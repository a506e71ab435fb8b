// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeScope: one change written all or nothing, whatever the store behind it. A store interface hands one out
// (TicketRepository::beginChange); the change is kept when commit() succeeds and undone when the scope goes away
// uncommitted. Scopes begun while another is open join it, as the Vault's transactions do.
#pragma once

#include "core/base/Result.h"

#include <memory>

namespace fb {

class ChangeScope
{
public:
    virtual ~ChangeScope() = default;
    virtual Status commit() = 0;
};

using ChangeScopePtr = std::unique_ptr<ChangeScope>;

} // namespace fb

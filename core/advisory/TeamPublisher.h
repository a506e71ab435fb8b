// SPDX-License-Identifier: GPL-3.0-or-later
// TeamPublisher: the CSAF publisher block for our own team (core/directory/OwnTeam), so every export names
// the same publisher; the built-in default while no team is chosen.
#pragma once

#include "core/advisory/CsafWriter.h"
#include "core/base/Result.h"

namespace fb {

class Vault;

class TeamPublisher
{
public:
    TeamPublisher() = delete;

    // Name (official name), namespace (the team's https web site), category "coordinator", contact (the
    // first e-mail address). Fields the directory entry lacks keep the defaults of CsafPublisher.
    static Result<CsafPublisher> fromWorkspace(Vault& vault);
    // The "From" of mail we send: "SHORT <address>" from our team's first e-mail channel; empty when none.
    static Result<QString> mailSender(Vault& vault);
};

} // namespace fb

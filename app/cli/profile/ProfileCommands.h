// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileCommands: `firebreak-cli profile ...`: edit, show, lint, render, sign, verify and import RFC 2350
// profiles and security.txt; one class per verb, each in its own file.
#pragma once

#include "app/cli/Command.h"
#include "core/profile/TeamProfile.h"

#include <QCoreApplication>

namespace fb {

class ProfileStore;

class ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileCommands)

public:
    static CommandList commands();
    // The draft in `language` (the original when empty); NotFound naming what to do when there is none.
    static Result<TeamProfile> loadDraft(ProfileStore& store, const QString& language);
};

} // namespace fb

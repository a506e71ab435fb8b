// SPDX-License-Identifier: GPL-3.0-or-later
// SessionCommands: `firebreak-cli unlock | lock`: keep the workspace's derived key in the kernel keyring for a while,
// so that later commands skip the passphrase and its KDF, and forget it again.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class SessionCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::SessionCommands)

public:
    static CommandList commands();
};

} // namespace fb

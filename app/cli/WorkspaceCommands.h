// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceCommands: `firebreak-cli init | passwd | verify | demo`: create, re-key, check and demo workspaces.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class CliContext;
class Vault;

class WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceCommands)

public:
    static CommandList commands();
    // The queues of a workspace; `created` when demo just made it.
    static Status printQueues(CliContext& context, Vault& vault, bool created);
};

} // namespace fb

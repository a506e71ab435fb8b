// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceCommands: `firebreak-cli init | passwd | verify | demo`: create, re-key, check and demo workspaces.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;
class Vault;

class WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceCommands)

public:
    static QList<Command> commands();

private:
    static Status init(CliContext& context, const QStringList& arguments);
    static Status passwd(CliContext& context, const QStringList& arguments);
    static Status verify(CliContext& context, const QStringList& arguments);
    static Status salvage(CliContext& context, const QStringList& arguments);
    static Status demo(CliContext& context, const QStringList& arguments);
    static Status printQueues(CliContext& context, Vault& vault, bool created);
};

} // namespace fb

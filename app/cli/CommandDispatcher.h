// SPDX-License-Identifier: GPL-3.0-or-later
// CommandDispatcher: finds the command named by the words after the global options and runs it: parses its
// arguments as its CommandSpec declares them, prints --help, refuses bad counts, lets the command check its input,
// opens (or locates) the workspace it needs, then runs it. This prologue is written once, here.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fb {

class CliContext;
class CommandCall;

class CommandDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(fb::Cli)

public:
    CommandDispatcher(CliContext& context, CommandList commands);

    QList<const CommandSpec*> specs() const;
    // `words` start at the noun: "ticket show 42 --json".
    Status dispatch(const QStringList& words);

private:
    Status runCommand(Command& command, const QStringList& arguments);
    Status prepareWorkspace(WorkspaceUse workspace, bool session, CommandCall& call);

    CliContext& m_context;
    CommandList m_commands;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// CommandHelp: the --help text of a command, its usage line and the tables of commands, all generated from the
// commands' descriptions (CommandSpec), so every command's help has the same shape.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fb {

class CommandHelp
{
    Q_DECLARE_TR_FUNCTIONS(fb::CommandHelp)

public:
    // "Usage: firebreak-cli ticket set [options] ID FIELD VALUE"
    static QString usageLine(const CommandSpec& spec);
    // Usage line, description, arguments, the command's options, the global options and the workspace it needs.
    static QString commandHelp(const CommandSpec& spec);
    // One line per command: its name and summary.
    static QString commandTable(const QList<const CommandSpec*>& specs);
    // "  --name VALUE   description", wrapped under the description column.
    static QString optionRow(const QCommandLineOption& option);
    // The help of a group of verbs ("ticket", "directory dlist").
    static QString groupHelp(const QString& group, const QList<const CommandSpec*>& specs);

private:
    static QString row(const QString& left, const QString& text);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryCommands: `firebreak-cli directory ...`: add, edit, show, list, lookup, import, export, stale, keys.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class DirectoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    static QList<Command> commands();

private:
    static Status add(CliContext& context, const QStringList& arguments);
    static Status edit(CliContext& context, const QStringList& arguments);
    static Status show(CliContext& context, const QStringList& arguments);
    static Status list(CliContext& context, const QStringList& arguments);
    static Status lookup(CliContext& context, const QStringList& arguments);
    static Status importFile(CliContext& context, const QStringList& arguments);
    static Status exportFile(CliContext& context, const QStringList& arguments);
    static Status stale(CliContext& context, const QStringList& arguments);
    static Status keys(CliContext& context, const QStringList& arguments);
};

} // namespace fb

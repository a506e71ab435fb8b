// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileCommands: `firebreak-cli profile ...` for the team's RFC 2350 profile as a draft: edit, show, lint,
// render, versions, diff. Signing, verification, security.txt and import are ProfilePublishCommands.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileCommands)

public:
    static QList<Command> commands();

private:
    static Status edit(CliContext& context, const QStringList& arguments);
    static Status show(CliContext& context, const QStringList& arguments);
    static Status lint(CliContext& context, const QStringList& arguments);
    static Status render(CliContext& context, const QStringList& arguments);
    static Status versions(CliContext& context, const QStringList& arguments);
    static Status diff(CliContext& context, const QStringList& arguments);
};

} // namespace fb

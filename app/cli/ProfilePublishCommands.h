// SPDX-License-Identifier: GPL-3.0-or-later
// ProfilePublishCommands: `firebreak-cli profile ...` for publishing and reading signed profiles: sign, verify,
// securitytxt, import.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class ProfilePublishCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishCommands)

public:
    static QList<Command> commands();

private:
    static Status sign(CliContext& context, const QStringList& arguments);
    static Status verify(CliContext& context, const QStringList& arguments);
    static Status securityTxt(CliContext& context, const QStringList& arguments);
    static Status importFile(CliContext& context, const QStringList& arguments);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// SlaCommands: `firebreak-cli sla ...`: show and change the response and resolution times per severity.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class SlaCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::SlaCommands)

public:
    static QList<Command> commands();

private:
    static Status show(CliContext& context, const QStringList& arguments);
    static Status set(CliContext& context, const QStringList& arguments);
};

} // namespace fb

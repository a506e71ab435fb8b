// SPDX-License-Identifier: GPL-3.0-or-later
// ObservableCommands: `firebreak-cli observable ...`: find tickets by indicator, extract indicators from text.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class ObservableCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::ObservableCommands)

public:
    static QList<Command> commands();

private:
    static Status search(CliContext& context, const QStringList& arguments);
    static Status extract(CliContext& context, const QStringList& arguments);
};

} // namespace fb

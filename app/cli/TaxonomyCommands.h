// SPDX-License-Identifier: GPL-3.0-or-later
// TaxonomyCommands: `firebreak-cli taxonomy list`: the RSIT classes and types, TLP 2.0 and PAP labels.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class TaxonomyCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaxonomyCommands)

public:
    static QList<Command> commands();

private:
    static Status list(CliContext& context, const QStringList& arguments);
};

} // namespace fb

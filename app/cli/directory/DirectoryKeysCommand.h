// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryKeysCommand: `firebreak-cli directory keys`: import, link and check the OpenPGP keys of teams and people.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DirectoryKeysCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    DirectoryKeysCommand();
    Status run(CommandCall& call) override;
    // The keys of `team` (all when empty), after importing `importFile` (if given) linked to team `link`.
    static Status keys(CommandCall& call, const QString& team, const QString& importFile, const QString& link);
};

} // namespace fb

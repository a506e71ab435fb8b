// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryExportCommand: `firebreak-cli directory export`: export the directory as vCard or JSON.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DirectoryExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    DirectoryExportCommand();
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    QString m_kind;
};

} // namespace fb

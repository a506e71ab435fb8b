// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryImportCommand: `firebreak-cli directory import`: import a Trusted Introducer teams.json or vCards.
#pragma once

#include "app/cli/Command.h"
#include "core/directory/ImportReport.h"

#include <QCoreApplication>

namespace fb {

class DirectoryImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    DirectoryImportCommand();
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    bool m_keys = false;
    ImportedDirectory m_directory;
};

} // namespace fb

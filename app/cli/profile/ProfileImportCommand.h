// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileImportCommand: `firebreak-cli profile import`: read another team's RFC 2350 document into the directory.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class ProfileImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishCommands)

public:
    ProfileImportCommand();
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    QByteArray m_data;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileImportCommand: `firebreak-cli profile import`: read another team's RFC 2350 document into the directory.
#pragma once

#include "app/cli/ProfileCliSupport.h"

#include <QCoreApplication>

namespace fb {

class ProfileImportCommand : public ProfileDocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishCommands)

public:
    ProfileImportCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

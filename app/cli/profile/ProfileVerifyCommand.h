// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileVerifyCommand: `firebreak-cli profile verify`: check the signature of an RFC 2350 document.
#pragma once

#include "app/cli/ProfileCliSupport.h"

#include <QCoreApplication>

namespace fb {

class ProfileVerifyCommand : public ProfileDocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishCommands)

public:
    ProfileVerifyCommand();
    Status run(CommandCall& call) override;
};

} // namespace fb

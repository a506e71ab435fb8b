// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileVerifyCommand: `firebreak-cli profile verify`: check the signature of an RFC 2350 document.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class ProfileVerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishCommands)

public:
    ProfileVerifyCommand();
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    QByteArray m_data;
};

} // namespace fb

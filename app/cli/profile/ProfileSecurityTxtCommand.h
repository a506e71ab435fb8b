// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileSecurityTxtCommand: `firebreak-cli profile securitytxt`: write (and sign) an RFC 9116 security.txt, or lint
// one.
#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommandCall.h"
#include "core/profile/SecurityTxt.h"

#include <QCoreApplication>

namespace fb {

class ProfileSecurityTxtCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishCommands)

public:
    ProfileSecurityTxtCommand();
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;
    // --lint works without the workspace; a clear-signed file opens it to check the signature.
    WorkspaceUse workspace(const CommandCall& call) const override
    {
        return call.isSet("lint") ? WorkspaceUse::None : WorkspaceUse::Open;
    }

private:
    Status lint(CommandCall& call);

    SecurityTxtOptions m_options;
};

} // namespace fb

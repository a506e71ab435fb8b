// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryLookupCommand: `firebreak-cli directory lookup`: who handles an IP, CIDR, ASN, domain or e-mail address.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class DirectoryLookupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryCommands)

public:
    DirectoryLookupCommand();
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    QStringList m_queries;
};

} // namespace fb

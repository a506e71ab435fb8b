// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryCommands.h"

#include "app/cli/directory/DirectoryAddCommand.h"
#include "app/cli/directory/DirectoryEditCommand.h"
#include "app/cli/directory/DirectoryExportCommand.h"
#include "app/cli/directory/DirectoryImportCommand.h"
#include "app/cli/directory/DirectoryKeysCommand.h"
#include "app/cli/directory/DirectoryListCommand.h"
#include "app/cli/directory/DirectoryLookupCommand.h"
#include "app/cli/directory/DirectoryShowCommand.h"
#include "app/cli/directory/DirectoryStaleCommand.h"
#include "app/cli/directory/DistributionListAddCommand.h"
#include "app/cli/directory/DistributionListListCommand.h"
#include "app/cli/directory/DistributionListMembersCommand.h"
#include "app/cli/directory/DistributionListRemoveCommand.h"
#include "app/cli/directory/DistributionListShowCommand.h"

namespace fb {

CommandList DirectoryCommands::commands()
{
    CommandList list;
    addCommands<DirectoryAddCommand, DirectoryEditCommand, DirectoryShowCommand, DirectoryListCommand,
                DirectoryLookupCommand, DirectoryImportCommand, DirectoryExportCommand, DirectoryStaleCommand,
                DirectoryKeysCommand, DistributionListAddCommand, DistributionListRemoveCommand,
                DistributionListShowCommand, DistributionListListCommand>(list);
    list.push_back(std::make_unique<DistributionListMembersCommand>(true));
    list.push_back(std::make_unique<DistributionListMembersCommand>(false));
    return list;
}

} // namespace fb

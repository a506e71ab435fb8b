// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DistributionListRemoveCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TextTable.h"
#include "core/directory/DistributionListStore.h"
#include "core/vault/Vault.h"
#include <QJsonArray>
#include <QJsonObject>
#include "app/cli/directory/DirectoryCliSupport.h"

namespace fb {

DistributionListRemoveCommand::DistributionListRemoveCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("dlist remove"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Delete a distribution list"),
          .description = tr("Remove a distribution list (its teams and people stay in the directory)."),
          .synopsis = s("LIST"),
          .arguments = {{s("LIST"), tr("List id or name.")}},
          .minArguments = 1,
          .maxArguments = 1,
      })
{
}

Status DistributionListRemoveCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    DistributionListStore store(call.change());
    FB_TRY_ASSIGN(auto found, store.find(call.positional(0)));
    if (auto status = store.remove(found.id); !status)
        return status;
    context.out() << tr("Removed distribution list “%1”.").arg(found.name) << u'\n';
    return {};
}

} // namespace fb

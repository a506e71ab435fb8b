// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DistributionListAddCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TextTable.h"
#include "core/directory/DistributionListStore.h"
#include "core/vault/Vault.h"
#include <QJsonArray>
#include <QJsonObject>
#include "app/cli/directory/DirectoryCliSupport.h"

namespace fb {

DistributionListAddCommand::DistributionListAddCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("dlist add"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Create a distribution list"),
          .description = tr("Create a distribution list."),
          .synopsis = s("NAME"),
          .arguments = {{s("NAME"), tr("The list's name (unique, not a number).")}},
          .minArguments = 1,
          .maxArguments = 1,
          .options = {QCommandLineOption(s("description"), tr("What the list is for."), s("TEXT"))},
      })
{
}

Status DistributionListAddCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    DistributionListStore store(call.change());
    FB_TRY_ASSIGN(auto id, store.create(call.positional(0), call.value("description")));
    if (context.json())
        context.printJson(QJsonObject{{s("id"), id}});
    else
        context.out() << tr("Added distribution list #%1.").arg(id) << u'\n';
    return {};
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryEditCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/DirectoryView.h"
#include "app/cli/TeamOptions.h"
#include "app/cli/TextTable.h"
#include "core/crypto/KeyringStore.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryJson.h"
#include "core/directory/DirectoryKeys.h"
#include "core/directory/TeamStore.h"
#include "core/directory/DirectoryVCard.h"
#include "core/directory/TeamFields.h"
#include "core/directory/TrustedIntroducerReader.h"
#include "core/profile/ProfileStore.h"
#include "core/vault/Vault.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <limits>
#include "app/cli/directory/DirectoryCliSupport.h"

namespace fb {

DirectoryEditCommand::DirectoryEditCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("edit"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Change a team in the directory"),
          .description = tr("Change a team. Every change is recorded in the history and protects the field from "
                            "being overwritten by older imports."),
          .synopsis = s("TEAM"),
          .arguments = {{s("TEAM"), tr("Team id, UUID, short or official name.")}},
          .minArguments = 1,
          .maxArguments = 1,
          .options = TeamOptions().options(),
      })
{
}

Status DirectoryEditCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    TeamStore store(call.change());
    FB_TRY_ASSIGN(auto team, store.findTeam(call.positional(0)));
    if (auto status = TeamOptions().apply(call.parser(), team, context); !status)
        return status;
    if (auto status = store.updateTeam(team); !status)
        return status;
    context.out() << tr("Updated team #%1.").arg(team.id) << u'\n';
    return {};
}

} // namespace fb

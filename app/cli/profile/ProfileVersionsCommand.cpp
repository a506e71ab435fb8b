// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileVersionsCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/ProfileCliSupport.h"
#include "app/cli/ProfileView.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/TeamReader.h"
#include "core/directory/OwnTeam.h"
#include "core/profile/ProfileDiff.h"
#include "core/profile/ProfileFiller.h"
#include "core/profile/ProfileJson.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfileParser.h"
#include "core/profile/ProfileRenderer.h"
#include "core/profile/ProfileSection.h"
#include "core/profile/ProfilePublisher.h"
#include "core/profile/ProfileStore.h"
#include "core/profile/ProfileTranslation.h"
#include "core/taxonomy/Rsit.h"
#include "core/vault/Vault.h"
#include "export/PdfRenderer.h"
#include <QJsonArray>
#include <QJsonObject>
#include "app/cli/profile/ProfileCommands.h"

namespace fb {

ProfileVersionsCommand::ProfileVersionsCommand()
    : Command({
          .noun = s("profile"),
          .verb = s("versions"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "List the published versions of the profile"),
          .description = tr("List the published (signed) versions of the profile, newest first. 'profile render "
                            "--version N --signed' prints one as published."),
          .options = {ProfileCliSupport::languageOption()},
      })
{
}

Status ProfileVersionsCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    FB_TRY_ASSIGN(auto all, ProfileStore(call.change()).versions(call.value("language")));
    if (context.json())
        context.printJson(ProfileView::versionsJson(all));
    else
        context.out() << ProfileView::versions(all);
    return {};
}

} // namespace fb

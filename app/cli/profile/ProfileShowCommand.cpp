// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileShowCommand.h"

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

ProfileShowCommand::ProfileShowCommand()
    : Command({
          .noun = s("profile"),
          .verb = s("show"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Show the profile draft, or another team's import"),
          .description = tr("Show the profile draft in the canonical layout (or as JSON with --json)."),
          .options = {ProfileCliSupport::languageOption(),
                      option(
                          "team",
                          tr("Show the newest imported profile of this team, with the text that maps to no section."),
                          "TEAM")},
      })
{
}

Status ProfileShowCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    ProfileStore store(call.change());
    TeamProfile profile;
    QJsonObject extra;
    if (call.isSet("team")) {
        FB_TRY_ASSIGN(auto t, TeamReader(call.vault()).findTeam(call.value("team")));
        FB_TRY_ASSIGN(auto imports, store.imports(t.id));
        if (imports.isEmpty())
            return fail(ErrorCode::NotFound, tr("No RFC 2350 profile of %1 was imported.").arg(t.displayName()));
        profile = imports.first().profile;
        extra = QJsonObject{{s("teamId"), t.id},
                            {s("importedAt"), CliContext::isoUtc(imports.first().importedAt)},
                            {s("source"), imports.first().sourceName},
                            {s("signature"), imports.first().signatureStatus}};
    } else {
        FB_TRY_ASSIGN(auto draft, ProfileCommands::loadDraft(store, call.value("language")));
        profile = draft;
        FB_TRY_ASSIGN(auto docs, store.documents());
        for (const ProfileDocumentInfo& d : docs)
            if (d.language == profile.language)
                extra = QJsonObject{{s("changedAt"), CliContext::isoUtc(d.changedAt)}, {s("versions"), d.versions}};
    }
    if (context.json()) {
        QJsonObject o = ProfileJson::toJson(profile);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(QLatin1Char('_') + it.key(), it.value());
        context.printJson(o);
    } else {
        context.out() << ProfileView::profile(profile);
    }
    return {};
}

} // namespace fb

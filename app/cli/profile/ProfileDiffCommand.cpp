// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileDiffCommand.h"

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

ProfileDiffCommand::ProfileDiffCommand()
    : Command({
          .noun = s("profile"),
          .verb = s("diff"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Show what changed between two versions"),
          .description = tr("Show the changes between two versions of the profile's canonical text as a "
                            "unified diff."),
          .synopsis = s("OLD [NEW]"),
          .arguments = {{s("OLD"), tr("A version number, or 'draft'.")},
                        {s("NEW"), tr("A version number, or 'draft' (default).")}},
          .minArguments = 1,
          .maxArguments = 2,
          .options = {ProfileCliSupport::languageOption()},
      })
{
}

Status ProfileDiffCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    ProfileStore store(call.change());
    auto textOf = [&](const QString& which) -> Result<QString> {
        if (which == QLatin1String("draft")) {
            FB_TRY_ASSIGN(auto draft, ProfileCommands::loadDraft(store, call.value("language")));
            return ProfileRenderer::toText(draft);
        }
        bool ok = false;
        const int number = which.toInt(&ok);
        if (!ok || number <= 0)
            return fail(ErrorCode::BadInput, tr("“%1” is neither a version number nor 'draft'.").arg(which));
        FB_TRY_ASSIGN(auto v, store.version(number, call.value("language")));
        return ProfileRenderer::toText(v.profile);
    };
    const QStringList names = call.positional();
    const QString newName = names.value(1, s("draft"));
    FB_TRY_ASSIGN(auto oldText, textOf(names.first()));
    FB_TRY_ASSIGN(auto newText, textOf(newName));
    const QString text = ProfileDiff::unified(oldText, newText, names.first(), newName);
    if (context.json())
        context.printJson(QJsonObject{{s("old"), names.first()}, {s("new"), newName}, {s("diff"), text}});
    else
        context.out() << (text.isEmpty() ? tr("No differences.") + QLatin1Char('\n') : text);
    return {};
}

} // namespace fb

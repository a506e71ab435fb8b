// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileLintCommand.h"

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

ProfileLintCommand::ProfileLintCommand()
    : Command({
          .noun = s("profile"),
          .verb = s("lint"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Check the profile before signing"),
          .description = tr("Check the profile draft by section number: required sections, mission and "
                            "constituency, the 2.8 fingerprint against the signing key, the key's expiry and "
                            "revocation, e-mail addresses without a key, the Date of Last Update, https "
                            "locations. Errors block signing (exit code 2); warnings do not."),
          .options = {ProfileCliSupport::languageOption()},
      })
{
}

Status ProfileLintCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    ProfileStore store(call.change());
    FB_TRY_ASSIGN(auto profile, ProfileCommands::loadDraft(store, call.value("language")));
    QDateTime changed;
    if (auto docs = store.documents())
        for (const ProfileDocumentInfo& d : *docs)
            if (d.language == profile.language)
                changed = d.changedAt;
    FB_TRY_ASSIGN(auto signer, OwnTeam(call.vault()).signingKey());
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp(home);
    FB_TRY_ASSIGN(auto lintContext, ProfilePublisher(call.change(), pgp).keyContext(signer));
    lintContext.newestChange = changed;
    const QList<LintFinding> findings = ProfileLint::check(profile, lintContext);
    if (context.json())
        context.printJson(ProfileView::findingsJson(findings));
    else
        context.out() << ProfileView::findings(findings);
    int errors = 0;
    for (const LintFinding& f : findings)
        errors += f.severity == LintFinding::Severity::Error ? 1 : 0;
    if (errors)
        return fail(ErrorCode::BadInput, tr("%n error(s): the profile cannot be signed yet.", nullptr, errors));
    return {};
}

} // namespace fb

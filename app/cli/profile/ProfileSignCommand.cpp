// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileSignCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/ProfileCliSupport.h"
#include "app/cli/ProfileView.h"
#include "core/crypto/KeyringStore.h"
#include "core/directory/TeamReader.h"
#include "core/directory/OwnTeam.h"
#include "core/profile/ProfileImporter.h"
#include "core/profile/ProfilePublisher.h"
#include "core/profile/ProfileStore.h"
#include "core/profile/SecurityTxt.h"
#include "core/vault/Vault.h"
#include <QFileInfo>
#include <QJsonObject>
#include <QTimeZone>
#include "app/cli/profile/ProfileCommands.h"

namespace fb {

ProfileSignCommand::ProfileSignCommand()
    : Command({
          .noun = s("profile"),
          .verb = s("sign"),
          .summary =
              QT_TRANSLATE_NOOP("fb::Command", "Sign the profile with the team key and keep it as a new version"),
          .description = tr("Set the Date of Last Update to today, lint (errors stop here), clear-sign the "
                            "canonical text with the team key from your GnuPG home and keep it as the next "
                            "version. Stock 'gpg --verify' checks the result."),
          .options = {ProfileCliSupport::languageOption(),
                      option("output", tr("Write the clear-signed text to FILE (default: standard output)."), "FILE"),
                      ProfileCliSupport::keyPassphraseOption()},
      })
{
}

Status ProfileSignCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    FB_TRY_ASSIGN(auto signer, OwnTeam(call.vault()).signingKey());
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp = ProfileCliSupport::teamPgp(home, call.value("key-passphrase-file"));
    DirectJobControl job;
    FB_TRY_ASSIGN(auto signedProfile, ProfilePublisher(call.change(), pgp).sign(call.value("language"), signer, job));
    if (!signedProfile.findings.isEmpty() && !context.json())
        context.out() << ProfileView::findings(signedProfile.findings);
    if (call.isSet("output") && call.value("output") != QLatin1String("-")) {
        if (auto status =
                ProfileCliSupport::writeOutput(context, call.value("output"), signedProfile.version.signedText);
            !status)
            return status;
        if (context.json())
            context.printJson(QJsonObject{{s("version"), signedProfile.version.version},
                                          {s("language"), signedProfile.version.language},
                                          {s("signer"), signedProfile.version.signer},
                                          {s("file"), call.value("output")},
                                          {s("warnings"), ProfileView::findingsJson(signedProfile.findings)}});
        else
            context.out() << tr("Signed version %1 of the profile (%2) with %3; written to %4.")
                                 .arg(signedProfile.version.version)
                                 .arg(signedProfile.version.language, groupedFingerprint(signedProfile.version.signer),
                                      call.value("output"))
                          << u'\n';
        return {};
    }
    return ProfileCliSupport::writeOutput(context, {}, signedProfile.version.signedText);
}

} // namespace fb

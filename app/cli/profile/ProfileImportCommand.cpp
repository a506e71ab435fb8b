// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileImportCommand.h"

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

ProfileImportCommand::ProfileImportCommand()
    : ProfileDocumentCommand({
          .noun = s("profile"),
          .verb = s("import"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Read another team's RFC 2350 document into the directory"),
          .description = tr("Read another team's RFC 2350 document (numbered or not, plain text or Markdown, "
                            "plain or clear-signed), check its signature (workspace keyring, else your GnuPG "
                            "home), and create or update that team's directory entry. Edits you made to the "
                            "entry are kept; text that maps to no section stays attached ('profile show "
                            "--team'). A bad signature imports nothing. A document signed by another key than "
                            "the one its 2.8 names is imported without linking that key (exit code 3) unless "
                            "--accept-signer is given."),
          .synopsis = s("FILE"),
          .arguments = {{s("FILE"), tr("Another team's RFC 2350 document, plain or clear-signed.")}},
          .minArguments = 1,
          .maxArguments = 1,
          .options = {option("accept-signer",
                             tr("Link the key named in 2.8 even though another key signed the document (after "
                                "you checked the signer with the team)."))},
      })
{
}

Status ProfileImportCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString path = call.positional(0);
    ProfileStore profiles(call.change());
    FB_TRY_ASSIGN(auto keyring, ProfileCliSupport::signerKeyring(call.vault(), context, m_data));
    ProfileImportOptions options;
    options.acceptSigner = call.isSet("accept-signer");
    FB_TRY_ASSIGN(auto outcome, ProfileImporter::import(call.change(), profiles, keyring->pgp, m_data,
                                                        QFileInfo(path).fileName(), options));
    FB_TRY_ASSIGN(auto team, TeamReader(call.vault()).team(outcome.teamId));
    if (context.json())
        context.printJson(ProfileView::importOutcomeJson(outcome, team));
    else
        context.out() << ProfileView::importOutcome(outcome, team);
    if (!outcome.heldBackKey.isEmpty())
        return fail(ErrorCode::WrongPassphrase,
                    tr("%1 is signed by another key than the team's own key named in its section 2.8: the team was "
                       "imported, that key was not linked. Check the signer with the team, then import again with "
                       "--accept-signer to link it.")
                        .arg(QFileInfo(path).fileName()));
    return {};
}

} // namespace fb

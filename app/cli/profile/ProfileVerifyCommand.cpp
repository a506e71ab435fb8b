// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileVerifyCommand.h"

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

namespace {

// The exit status of a signature check: a good signature by the key the profile names is success.
Status verdict(const ProfileVerification& v, const QString& what)
{
    if (v.isGood())
        return {};
    switch (v.signature.status) {
    case SignatureStatus::NotSigned:
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("fb::ProfilePublishCommands", "%1 is not signed.").arg(what));
    case SignatureStatus::Bad:
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("fb::ProfilePublishCommands",
                                                "The signature of %1 is bad: the text was changed after signing.")
                        .arg(what));
    case SignatureStatus::ValidTrusted:
    case SignatureStatus::ValidUntrusted:
        if (v.signerCheck == ProfileSignerCheck::NoKeyNamed)
            return fail(ErrorCode::WrongPassphrase, ProfileVerifier::signerSentence(v));
        return fail(ErrorCode::WrongPassphrase,
                    QCoreApplication::translate("fb::ProfilePublishCommands",
                                                "%1 is signed by another key than the one its section 2.8 names.")
                        .arg(what));
    default:
        return fail(ErrorCode::WrongPassphrase, sentence(v.signature));
    }
}

} // namespace

ProfileVerifyCommand::ProfileVerifyCommand()
    : ProfileDocumentCommand({
          .noun = s("profile"),
          .verb = s("verify"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Check the signature of an RFC 2350 document"),
          .description = tr("Check a clear-signed RFC 2350 document: signer, fingerprint, date, validity, and "
                            "whether the signer is the key the document names in 2.8. Keys come from the "
                            "workspace keyring, else from your GnuPG home. Exit code 0 only for a valid "
                            "signature by that key; 2 for a bad or missing signature; 3 for a missing, "
                            "expired or revoked key or another signer."),
          .synopsis = s("FILE"),
          .arguments = {{s("FILE"), tr("The RFC 2350 document ('-' for standard input).")}},
          .minArguments = 1,
          .maxArguments = 1,
      })
{
}

Status ProfileVerifyCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString path = call.positional(0);
    FB_TRY_ASSIGN(auto checked, ProfileCliSupport::verify(call.vault(), context, m_data));
    if (context.json())
        context.printJson(ProfileView::verificationJson(checked));
    else
        context.out() << ProfileView::verification(checked);
    return verdict(checked, QFileInfo(path).fileName());
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileSecurityTxtCommand.h"

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

ProfileSecurityTxtCommand::ProfileSecurityTxtCommand()
    : Command({
          .noun = s("profile"),
          .verb = s("securitytxt"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Write (and sign) an RFC 9116 security.txt, or lint one"),
          .description = tr("Write an RFC 9116 security.txt from the profile (Contact, Expires, Encryption, "
                            "Preferred-Languages, Canonical, Policy), checked against RFC 9116's rules, or "
                            "lint an existing one with --lint."),
          .options =
              {option("expires",
                      tr("Expiry date (yyyy-mm-dd, UTC end of day); default: in %1 days.")
                          .arg(SecurityTxt::kDefaultValidityDays),
                      "DATE"),
               option("canonical",
                      tr("The URL the file is published at (default: from the first https location in 1.3)."), "URL"),
               option("policy", tr("The policy URL (default: the RFC 2350 document's first https location)."), "URL"),
               option("encryption", tr("Where the key is (default: openpgp4fpr: with the 2.8 fingerprint)."), "URI"),
               option("sign", tr("Clear-sign the file with the team key.")),
               option("output", tr("Write to FILE (default: standard output)."), "FILE"),
               option("lint", tr("Lint this security.txt (signed or not) instead of writing one."), "FILE"),
               ProfileCliSupport::keyPassphraseOption()},
      })
{
}

Status ProfileSecurityTxtCommand::check(CommandCall& call)
{
    if (call.isSet("lint"))
        return {};
    SecurityTxtOptions& options = m_options;
    if (call.isSet("expires")) {
        const QDate day = QDate::fromString(call.value("expires"), Qt::ISODate);
        if (!day.isValid())
            return fail(ErrorCode::BadInput, tr("“%1” is not a date such as 2026-12-31.").arg(call.value("expires")));
        options.expires = QDateTime(day, QTime(23, 59, 59), QTimeZone::utc());
    }
    options.canonicalUrl = call.value("canonical");
    options.policyUrl = call.value("policy");
    options.encryptionUri = call.value("encryption");
    return {};
}

Status ProfileSecurityTxtCommand::lint(CommandCall& call)
{
    CliContext& context = call.context();
    const QDateTime now = context.clock().nowUtc();
    FB_TRY_ASSIGN(auto data, CliFiles::read(call.value("lint")));
    QString text = QString::fromUtf8(data);
    QJsonObject result;
    if (ProfileVerifier::isClearSigned(data)) {
        FB_TRY_ASSIGN(auto vault, context.openVault());
        FB_TRY_ASSIGN(auto checked, ProfileCliSupport::verify(*vault, context, data));
        text = QString::fromUtf8(checked.signature.signedData);
        result.insert(s("signature"), ProfileVerifier::statusKey(checked.signature.status));
        if (!context.json())
            context.out() << tr("Signature: %1").arg(shortLabel(checked.signature.status)) << u'\n';
        if (checked.signature.status == SignatureStatus::Bad)
            return fail(ErrorCode::BadInput, tr("The signature of the security.txt is bad."));
    }
    const QList<LintFinding> findings = SecurityTxt::lint(text, now);
    if (context.json()) {
        result.insert(s("findings"), ProfileView::findingsJson(findings));
        context.printJson(result);
    } else {
        context.out() << ProfileView::findings(findings);
    }
    if (hasLintErrors(findings))
        return fail(ErrorCode::BadInput, tr("The security.txt does not meet RFC 9116."));
    return {};
}

Status ProfileSecurityTxtCommand::run(CommandCall& call)
{
    if (call.isSet("lint"))
        return lint(call);
    CliContext& context = call.context();
    QString signer;
    if (call.isSet("sign")) {
        FB_TRY_ASSIGN(auto teamKey, OwnTeam(call.vault()).signingKey());
        if (teamKey.isEmpty())
            return fail(ErrorCode::NotFound,
                        tr("No team signing key is chosen; choose one with “profile edit --signing-key”."));
        signer = teamKey;
    }
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp = ProfileCliSupport::teamPgp(home, call.value("key-passphrase-file"));
    FB_TRY_ASSIGN(auto data, ProfilePublisher(call.change(), pgp).securityTxt(m_options, signer));
    return ProfileCliSupport::writeOutput(context, call.value("output"), data);
}

} // namespace fb

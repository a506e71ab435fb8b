// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProfilePublishCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
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

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimeZone>

namespace fb {

namespace {

// The exit status of a signature check: a good signature by the key the profile names is success.
Status verdict(const ProfileVerification& v, const QString& what)
{
    if (v.isGood())
        return {};
    switch (v.signature.status) {
    case SignatureStatus::NotSigned:
        return fail(ErrorCode::BadInput, ProfilePublishCommands::tr("%1 is not signed.").arg(what));
    case SignatureStatus::Bad:
        return fail(
            ErrorCode::BadInput,
            ProfilePublishCommands::tr("The signature of %1 is bad: the text was changed after signing.").arg(what));
    case SignatureStatus::ValidTrusted:
    case SignatureStatus::ValidUntrusted:
        if (v.signerCheck == ProfileSignerCheck::NoKeyNamed)
            return fail(ErrorCode::WrongPassphrase, ProfileVerifier::signerSentence(v));
        return fail(
            ErrorCode::WrongPassphrase,
            ProfilePublishCommands::tr("%1 is signed by another key than the one its section 2.8 names.").arg(what));
    default:
        return fail(ErrorCode::WrongPassphrase, sentence(v.signature));
    }
}

} // namespace

QList<Command> ProfilePublishCommands::commands()
{
    return {
        {s("profile"), s("sign"),
         QT_TRANSLATE_NOOP("fb::Command", "Sign the profile with the team key and keep it as a new version"), sign},
        {s("profile"), s("verify"), QT_TRANSLATE_NOOP("fb::Command", "Check the signature of an RFC 2350 document"),
         verify},
        {s("profile"), s("securitytxt"),
         QT_TRANSLATE_NOOP("fb::Command", "Write (and sign) an RFC 9116 security.txt, or lint one"), securityTxt},
        {s("profile"), s("import"),
         QT_TRANSLATE_NOOP("fb::Command", "Read another team's RFC 2350 document into the directory"), importFile},
    };
}

Status ProfilePublishCommands::sign(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language = ProfileCliSupport::languageOption();
    const QCommandLineOption output =
        option("output", tr("Write the clear-signed text to FILE (default: standard output)."), "FILE");
    const QCommandLineOption keyPassphrase = ProfileCliSupport::keyPassphraseOption();
    for (const auto* o : {&language, &output, &keyPassphrase})
        parser.addOption(*o);
    auto parsed = context.parse(parser, s("profile sign"), {},
                                tr("Set the Date of Last Update to today, lint (errors stop here), clear-sign the "
                                   "canonical text with the team key from your GnuPG home and keep it as the next "
                                   "version. Stock 'gpg --verify' checks the result."),
                                arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    auto signer = OwnTeam(**vault).signingKey();
    if (!signer)
        return fail(signer.error());
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp = ProfileCliSupport::teamPgp(home, parser.value(keyPassphrase));
    DirectJobControl job;
    auto signedProfile =
        ProfilePublisher(**vault, context.clock(), context.actor(), pgp).sign(parser.value(language), *signer, job);
    if (!signedProfile)
        return fail(signedProfile.error());
    if (!signedProfile->findings.isEmpty() && !context.json())
        context.out() << ProfileView::findings(signedProfile->findings);
    if (parser.isSet(output) && parser.value(output) != QLatin1String("-")) {
        if (auto status =
                ProfileCliSupport::writeOutput(context, parser.value(output), signedProfile->version.signedText);
            !status)
            return status;
        if (context.json())
            context.printJson(QJsonObject{{s("version"), signedProfile->version.version},
                                          {s("language"), signedProfile->version.language},
                                          {s("signer"), signedProfile->version.signer},
                                          {s("file"), parser.value(output)},
                                          {s("warnings"), ProfileView::findingsJson(signedProfile->findings)}});
        else
            context.out() << tr("Signed version %1 of the profile (%2) with %3; written to %4.")
                                 .arg(signedProfile->version.version)
                                 .arg(signedProfile->version.language,
                                      groupedFingerprint(signedProfile->version.signer), parser.value(output))
                          << u'\n';
        return {};
    }
    return ProfileCliSupport::writeOutput(context, {}, signedProfile->version.signedText);
}

Status ProfilePublishCommands::verify(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("FILE"), tr("The RFC 2350 document ('-' for standard input)."));
    auto parsed = context.parse(parser, s("profile verify"), s("FILE"),
                                tr("Check a clear-signed RFC 2350 document: signer, fingerprint, date, validity, and "
                                   "whether the signer is the key the document names in 2.8. Keys come from the "
                                   "workspace keyring, else from your GnuPG home. Exit code 0 only for a valid "
                                   "signature by that key; 2 for a bad or missing signature; 3 for a missing, "
                                   "expired or revoked key or another signer."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QString path = parser.positionalArguments().first();
    auto data = CliFiles::read(path);
    if (!data)
        return fail(data.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    auto checked = ProfileCliSupport::verify(**vault, context, *data);
    if (!checked)
        return fail(checked.error());
    if (context.json())
        context.printJson(ProfileView::verificationJson(*checked));
    else
        context.out() << ProfileView::verification(*checked);
    return verdict(*checked, QFileInfo(path).fileName());
}

Status ProfilePublishCommands::securityTxt(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption expires = option(
        "expires",
        tr("Expiry date (yyyy-mm-dd, UTC end of day); default: in %1 days.").arg(SecurityTxt::kDefaultValidityDays),
        "DATE");
    const QCommandLineOption canonical = option(
        "canonical", tr("The URL the file is published at (default: from the first https location in 1.3)."), "URL");
    const QCommandLineOption policy =
        option("policy", tr("The policy URL (default: the RFC 2350 document's first https location)."), "URL");
    const QCommandLineOption encryption =
        option("encryption", tr("Where the key is (default: openpgp4fpr: with the 2.8 fingerprint)."), "URI");
    const QCommandLineOption signIt = option("sign", tr("Clear-sign the file with the team key."));
    const QCommandLineOption output = option("output", tr("Write to FILE (default: standard output)."), "FILE");
    const QCommandLineOption lintFile =
        option("lint", tr("Lint this security.txt (signed or not) instead of writing one."), "FILE");
    const QCommandLineOption keyPassphrase = ProfileCliSupport::keyPassphraseOption();
    for (const auto* o : {&expires, &canonical, &policy, &encryption, &signIt, &output, &lintFile, &keyPassphrase})
        parser.addOption(*o);
    auto parsed = context.parse(parser, s("profile securitytxt"), {},
                                tr("Write an RFC 9116 security.txt from the profile (Contact, Expires, Encryption, "
                                   "Preferred-Languages, Canonical, Policy), checked against RFC 9116's rules, or "
                                   "lint an existing one with --lint."),
                                arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QDateTime now = context.clock().nowUtc();

    if (parser.isSet(lintFile)) {
        auto data = CliFiles::read(parser.value(lintFile));
        if (!data)
            return fail(data.error());
        QString text = QString::fromUtf8(*data);
        QJsonObject result;
        if (ProfileVerifier::isClearSigned(*data)) {
            auto vault = context.openVault();
            if (!vault)
                return fail(vault.error());
            auto checked = ProfileCliSupport::verify(**vault, context, *data);
            if (!checked)
                return fail(checked.error());
            text = QString::fromUtf8(checked->signature.signedData);
            result.insert(s("signature"), ProfileVerifier::statusKey(checked->signature.status));
            if (!context.json())
                context.out() << tr("Signature: %1").arg(shortLabel(checked->signature.status)) << u'\n';
            if (checked->signature.status == SignatureStatus::Bad)
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

    SecurityTxtOptions options;
    if (parser.isSet(expires)) {
        const QDate day = QDate::fromString(parser.value(expires), Qt::ISODate);
        if (!day.isValid())
            return fail(ErrorCode::BadInput, tr("“%1” is not a date such as 2026-12-31.").arg(parser.value(expires)));
        options.expires = QDateTime(day, QTime(23, 59, 59), QTimeZone::utc());
    }
    options.canonicalUrl = parser.value(canonical);
    options.policyUrl = parser.value(policy);
    options.encryptionUri = parser.value(encryption);
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    QString signer;
    if (parser.isSet(signIt)) {
        auto teamKey = OwnTeam(**vault).signingKey();
        if (!teamKey)
            return fail(teamKey.error());
        if (teamKey->isEmpty())
            return fail(ErrorCode::NotFound,
                        tr("No team signing key is chosen; choose one with “profile edit --signing-key”."));
        signer = *teamKey;
    }
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp = ProfileCliSupport::teamPgp(home, parser.value(keyPassphrase));
    auto data = ProfilePublisher(**vault, context.clock(), context.actor(), pgp).securityTxt(options, signer);
    if (!data)
        return fail(data.error());
    return ProfileCliSupport::writeOutput(context, parser.value(output), *data);
}

Status ProfilePublishCommands::importFile(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("FILE"), tr("Another team's RFC 2350 document, plain or clear-signed."));
    const QCommandLineOption acceptSigner =
        option("accept-signer", tr("Link the key named in 2.8 even though another key signed the document (after "
                                   "you checked the signer with the team)."));
    parser.addOption(acceptSigner);
    auto parsed = context.parse(parser, s("profile import"), s("FILE"),
                                tr("Read another team's RFC 2350 document (numbered or not, plain text or Markdown, "
                                   "plain or clear-signed), check its signature (workspace keyring, else your GnuPG "
                                   "home), and create or update that team's directory entry. Edits you made to the "
                                   "entry are kept; text that maps to no section stays attached ('profile show "
                                   "--team'). A bad signature imports nothing. A document signed by another key than "
                                   "the one its 2.8 names is imported without linking that key (exit code 3) unless "
                                   "--accept-signer is given."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QString path = parser.positionalArguments().first();
    auto data = CliFiles::read(path);
    if (!data)
        return fail(data.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TeamReader directory(**vault);
    ProfileStore profiles(**vault, context.clock(), context.actor());
    auto home = KeyringStore(**vault, context.clock()).materialise();
    if (!home)
        return fail(home.error());
    OpenPgp workspacePgp(*home);
    const GnupgHome userHome = GnupgHome::user();
    OpenPgp userPgp(userHome);
    // Keys the workspace vouches for first; the user's own keyring when the signer's key is not there.
    OpenPgp* pgp = &workspacePgp;
    if (ProfileVerifier::isClearSigned(*data)) {
        auto probe = workspacePgp.verifyClearSigned(*data);
        if (!probe)
            return fail(probe.error());
        if (probe->status == SignatureStatus::KeyMissing)
            pgp = &userPgp;
    }
    ProfileImportOptions options;
    options.acceptSigner = parser.isSet(acceptSigner);
    auto outcome = ProfileImporter::import(**vault, context.clock(), context.actor(), profiles, *pgp, *data,
                                           QFileInfo(path).fileName(), options);
    if (!outcome)
        return fail(outcome.error());
    auto team = directory.team(outcome->teamId);
    if (!team)
        return fail(team.error());
    if (context.json())
        context.printJson(ProfileView::importOutcomeJson(*outcome, *team));
    else
        context.out() << ProfileView::importOutcome(*outcome, *team);
    if (!outcome->heldBackKey.isEmpty())
        return fail(ErrorCode::WrongPassphrase,
                    tr("%1 is signed by another key than the team's own key named in its section 2.8: the team was "
                       "imported, that key was not linked. Check the signer with the team, then import again with "
                       "--accept-signer to link it.")
                        .arg(QFileInfo(path).fileName()));
    return {};
}

} // namespace fb

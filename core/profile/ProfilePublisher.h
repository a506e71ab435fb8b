// SPDX-License-Identifier: GPL-3.0-or-later
// ProfilePublisher: publishing the team profile, the one use case behind the Profile page's "Sign and publish"
// and `firebreak-cli profile sign` / `profile securitytxt`: check the draft, sign it with the team key as the
// next version (ProfileSigner), clear-sign a security.txt made from it, and write the files into a folder.
// The caller gives the OpenPgp to sign with (its home and how it asks for the key's passphrase).
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/base/Job.h"
#include "core/base/LintFinding.h"
#include "core/base/Result.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfileSigner.h"
#include "core/profile/ProfileStore.h"
#include "core/profile/SecurityTxt.h"

#include <QCoreApplication>
#include <QStringList>

namespace fb {

class OpenPgp;
class Vault;

// A published profile: the version is stored; the files may still have failed (written says why).
struct ProfilePublication
{
    ProfileVersion version;
    QList<LintFinding> warnings; // of the lint (errors stop signing)
    QStringList files;           // written, in order
    Status written;              // an error: the version is kept, the files were not (all) written
};

class ProfilePublisher
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublisher)

public:
    static constexpr const char* kSignedTextName = "rfc2350.txt.asc";
    static constexpr const char* kHtmlName = "rfc2350.html";
    static constexpr const char* kPdfName = "rfc2350.pdf";
    static constexpr const char* kSecurityTxtName = "security.txt";

    ProfilePublisher(const ChangeContext& change, OpenPgp& pgp);

    // The e-mail addresses of the usable (not revoked, not expired) keys in the workspace keyring.
    Result<QStringList> workspaceKeyEmails();
    // The lint's view of the team key (in pgp's home) and of the addresses that have a key (there and in the
    // workspace keyring, lower-case); newestChange is left for the caller.
    Result<ProfileLintContext> keyContext(const QString& signingKey);
    // The draft in language (empty: the original) signed with signingKey and stored as its next version.
    Result<SignedProfile> sign(const QString& language, const QString& signingKey, JobControl& job);
    // An RFC 9116 security.txt made from the original draft, refused (BadInput, where: the field) when RFC 9116's
    // rules find an error; clear-signed with signingKey unless that is empty. NotFound without a profile.
    Result<QByteArray> securityTxt(const SecurityTxtOptions& options, const QString& signingKey);
    // "Sign and publish": checks first (folder, key, a draft, what security.txt needs), then signs and stores the
    // version, clear-signs the security.txt and writes rfc2350.txt.asc, rfc2350.html and security.txt into
    // folder. An error: nothing was stored. Cancelled before signing: nothing stored, nothing written.
    Result<ProfilePublication> publish(const QString& language, const QString& signingKey, const QString& folder,
                                       JobControl& job);

private:
    ChangeContext m_change;
    OpenPgp& m_pgp;
};

} // namespace fb

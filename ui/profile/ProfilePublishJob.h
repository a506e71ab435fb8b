// SPDX-License-Identifier: GPL-3.0-or-later
// ProfilePublishJob: the team profile's work with the team key, off the GUI thread and on its own workspace
// connection: what the lint needs to know of the key (GnuPG listings), and "Sign and publish": sign the draft
// as the next version (ProfileSigner), clear-sign a security.txt made from it, and write rfc2350.txt.asc,
// rfc2350.html and security.txt into a folder. Nothing is written unless every part could be made; the PDF
// needs fonts and is laid out by the caller on the GUI thread.
#pragma once

#include "core/base/Error.h"
#include "core/base/Job.h"
#include "core/base/LintFinding.h"
#include "core/base/Result.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfileStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>

namespace fb {

class Vault;

struct ProfilePublishRequest
{
    std::shared_ptr<Vault> vault; // a connection of its own (Vault::openConnection())
    QString actor;
    QDateTime now;
    QString language; // empty: the original
    QString signingKey;
    QString folder;
};

struct ProfilePublishOutcome
{
    std::optional<ProfileVersion> version; // set once the version is stored
    QList<LintFinding> warnings;
    QStringList files; // written, in order
    std::optional<Error> error;
};

class ProfilePublishJob
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishJob)

public:
    static constexpr const char* kSignedTextName = "rfc2350.txt.asc";
    static constexpr const char* kHtmlName = "rfc2350.html";
    static constexpr const char* kPdfName = "rfc2350.pdf";
    static constexpr const char* kSecurityTxtName = "security.txt";

    // Runs on a worker thread (JobRunner).
    static ProfilePublishOutcome run(const ProfilePublishRequest& request, JobControl& control);

    // The lint's view of the team key and of the addresses that have a key (the user's GnuPG home and the
    // workspace keyring); newestChange is left for the caller.
    static Result<ProfileLintContext> keyContext(Vault& vault, const QDateTime& now, const QString& signingKey);
};

} // namespace fb

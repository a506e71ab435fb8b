// SPDX-License-Identifier: GPL-3.0-or-later
// ProfilePublishJob: the team profile's work with the team key (core/profile/ProfilePublisher), off the GUI
// thread and on its own workspace connection: what the lint needs to know of the key (GnuPG listings), and
// "Sign and publish". The PDF needs fonts and is laid out by the caller on the GUI thread.
#pragma once

#include "core/crypto/OpenPgp.h"
#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfilePublisher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

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
    PassphraseCallback keyPassphrase; // asked when the signing key has a passphrase (KeyPassphrasePrompt)
};

// An error: nothing was stored; else the version is stored and publication.written says whether the files were.
using ProfilePublishOutcome = Result<ProfilePublication>;

class ProfilePublishJob
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishJob)

public:
    static constexpr const char* kPdfName = ProfilePublisher::kPdfName;

    // Runs on a worker thread (JobRunner).
    static ProfilePublishOutcome run(const ProfilePublishRequest& request, JobControl& control);
    // The PDF of the published profile, laid out with Qt Gui on the GUI thread, into the folder; its path.
    static Result<QString> writePdf(const QString& folder, const TeamProfile& published);
#include <QString>
#include <QStringList>

    // The lint's view of the team key and of the addresses that have a key (the user's GnuPG home and the
    // workspace keyring); newestChange is left for the caller.
    static Result<ProfileLintContext> keyContext(Vault& vault, const QDateTime& now, const QString& signingKey);
};

} // namespace fb

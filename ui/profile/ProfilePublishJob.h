// SPDX-License-Identifier: GPL-3.0-or-later
// ProfilePublishJob: the team profile's work with the team key (core/profile/ProfilePublisher), off the GUI
// thread and on its own workspace connection: what the lint needs to know of the key (GnuPG listings), and
// "Sign and publish". The PDF needs fonts and is laid out by the caller on the GUI thread.
#pragma once

#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfilePublisher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QString>

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
};

// An error: nothing was stored; else the version is stored and publication.written says whether the files were.
using ProfilePublishOutcome = Result<ProfilePublication>;

class ProfilePublishJob
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfilePublishJob)

public:
    static constexpr const char* kPdfName = ProfilePublisher::kPdfName;

    static ProfilePublishOutcome run(const ProfilePublishRequest& request, JobControl& control);
    static QFuture<ProfilePublishOutcome> start(ProfilePublishRequest request);
    // Lays out the published profile as PDF (on the GUI thread: it needs fonts) and writes it into folder as
    // kPdfName; its path.
    static Result<QString> writePdf(const QString& folder, const TeamProfile& published);

    // The lint's view of the team key and of the addresses that have a key (the user's GnuPG home and the
    // workspace keyring); newestChange is left for the caller.
    static Result<ProfileLintContext> keyContext(Vault& vault, const QDateTime& now, const QString& signingKey);
    static QFuture<Result<ProfileLintContext>> startKeyContext(std::shared_ptr<Vault> vault, QDateTime now,
                                                               QString signingKey);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileStore: the team profile in a workspace: the draft of the original and of each translation (one per
// language), every published version with its clear-signed text, and other teams' profiles as imported. Each
// change is one transaction with a history row (action "profile.*"). All of the profile's SQL lives here.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/profile/TeamProfile.h"
#include "core/history/History.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace fb {

class Vault;

struct ProfileDocumentInfo
{
    QString language;
    bool original = false;
    QDateTime changedAt; // the newest change of the draft's content
    int versions = 0;    // published versions
};

struct ProfileVersion
{
    QString language;
    int version = 0;
    QDateTime publishedAt;
    QString signer; // fingerprint of the key that signed
    QString actor;
    TeamProfile profile;   // as signed
    QByteArray signedText; // the clear-signed text exactly as published
};

struct ProfileImport
{
    qint64 id = 0;
    std::optional<qint64> teamId;
    QDateTime importedAt;
    QString sourceName;
    QString signatureStatus; // SignatureStatus short label key, e.g. "valid", "not-signed"
    QString signer;
    TeamProfile profile; // unmapped text included
    QByteArray document; // as received
    // ProfileVerifier::signerCheckKey and whether a person accepted another signer: written to the history when
    // the import is added (the signer and the 2.8 key themselves are in signer and profile).
    QString signerCheck;
    bool signerAccepted = false;
};

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileStore)

public:
    ProfileStore(const ChangeContext& change);

    // The original's draft (language empty) or the translation in that language; nullopt when there is none.
    Result<std::optional<TeamProfile>> draft(const QString& language = {});
    Result<QList<ProfileDocumentInfo>> documents();
    // Saves the draft of profile.language. A profile that is not a translation is the original: there is one,
    // so saving an original in another language than the stored one is a Conflict. A translation needs the
    // original to exist, in profile.originalLanguage (Conflict otherwise). changed_at moves only when the content
    // changed.
    Status saveDraft(TeamProfile profile);
    Status removeDraft(const QString& language);

    // Appends the next version of profile.language (numbered from 1) and saves the draft as signed.
    Result<ProfileVersion> publish(const TeamProfile& profile, const QByteArray& signedText, const QString& signer);
    // Newest first. language empty: the original's.
    Result<QList<ProfileVersion>> versions(const QString& language = {});
    // NotFound when there is no such version.
    Result<ProfileVersion> version(int number, const QString& language = {});

    Result<qint64> addImport(const ProfileImport& imported);
    // Records that a person accepted the signer of an import that another key than its 2.8 key signed.
    Status acceptSigner(qint64 importId, const QString& signer);
    // Newest first; every team's when teamId is nullopt.
    Result<QList<ProfileImport>> imports(std::optional<qint64> teamId = std::nullopt);

private:
    Result<QString> resolveLanguage(const QString& language);
    Status record(const QString& action, const QString& field, std::optional<QString> oldValue,
                  std::optional<QString> newValue);

    ChangeContext m_change;
    History m_history;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileImporter: reads another team's RFC 2350 document (plain or clear-signed), checks its signature, and
// creates or updates that team's directory entry (name, address, time zone, phones, e-mails, key fingerprint,
// constituency, hours, RFC 2350 URL) through DirectoryImporter, so that edits made by people are kept. The
// document as received and everything read from it, unmapped text included, stay attached to the entry
// (ProfileStore::imports). A document signed by another key than the one its section 2.8 names is imported, but
// that key is linked to the team only when a person accepts the signer (ProfileImportOptions::acceptSigner, or
// acceptSigner() after the import): anybody can sign a text that names somebody's key.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Result.h"
#include "core/directory/ImportReport.h"
#include "core/directory/Team.h"
#include "core/profile/ProfileVerifier.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fb {

class Clock;
class OpenPgp;
class ProfileStore;
class Vault;

struct ProfileImportOptions
{
    // Link the key named in 2.8 even though another key signed the document (a person checked the signer).
    bool acceptSigner = false;
};

struct ProfileImportOutcome
{
    qint64 teamId = 0;
    bool created = false;
    qint64 importId = 0;
    ProfileVerification verification;
    ImportReport report; // what the directory merge did (added / updated / kept edits); its problems list the
                         // fields the directory refused, which were left out while the rest was imported
    // The key named in 2.8 that was not linked because another key signed the document; empty otherwise.
    QString heldBackKey;
    bool signerAccepted = false; // another key signed, and the 2.8 key was linked because a person accepted it
    QStringList constituencyNotUnderstood; // what in 3.2 looked like a network and was not taken (the text stays)
};

class ProfileImporter
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileImporter)

public:
    ProfileImporter() = delete;

    // The directory fields an RFC 2350 profile gives (no id, uid or source); the networks of 3.2 become
    // constituency entries, and what looked like one but is not goes to notUnderstood.
    static Team teamFromProfile(const TeamProfile& profile, QStringList* notUnderstood = nullptr);

    // BadInput when the document is not RFC 2350 or names no team; a bad signature (tampered document) is
    // refused with ErrorCode::BadInput too, and nothing is stored. A field the directory refuses (an e-mail
    // address that is none, a broken URL or fingerprint) is left out and listed in report.problems; the rest
    // is imported. All in one transaction.
    static Result<ProfileImportOutcome> import(const ChangeContext& change, ProfileStore& profiles, OpenPgp& pgp,
                                               const QByteArray& document, const QString& sourceName,
                                               const ProfileImportOptions& options = {});
    // Links the key an import held back (outcome.heldBackKey) to its team, now that a person accepted the
    // signer; recorded in the history of the team and of the import. One transaction.
    static Status acceptSigner(const ChangeContext& change, ProfileStore& profiles,
                               const ProfileImportOutcome& outcome);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// MailImportService: importing mail, the one use case behind the GUI's import dialog and `firebreak-cli mail
// import`: the importer with its OpenPGP keys (signed mail verified against the workspace keyring, encrypted mail
// decrypted with the team key of the user's GnuPG home; the keys are made when a message first needs them).
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/crypto/OpenPgp.h"
#include "core/mail/MailImporter.h"

#include <QString>
#include <QStringList>

namespace fb {

class Vault;

class MailImportService
{
public:
    // teamKeyPassphrase: asked when the team key needs its passphrase; empty: GnuPG's agent asks (or the
    // decryption fails with "needs a passphrase").
    MailImportService(const ChangeContext& change, PassphraseCallback teamKeyPassphrase = {});

    // Imports the files and folders (mbox, Maildir, .eml) as MailImporter::importPaths does; progress, stop
    // and cancel through the job.
    Result<MailImportReport> importPaths(const QStringList& paths, JobControl& job);

private:
    ChangeContext m_change;
    PassphraseCallback m_passphrase;
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// MessageVerifier: checks the OpenPGP signature of a stored message, PGP/MIME multipart/signed (RFC 3156) or
// inline clear-signed text, against a GnuPG home (usually the workspace keyring, KeyringStore::materialise).
// Blocks while GnuPG works: run it in a job.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/crypto/VerificationResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace fb {

class OpenPgp;
class Vault;
struct StoredMessage;

class MessageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(fb::MessageVerifier)

public:
    explicit MessageVerifier(OpenPgp& pgp);

    // The raw message's signature; SignatureStatus::NotSigned when it carries none. A bad or unverifiable
    // signature is a result; errors are for input GMime cannot read and failures of GnuPG.
    Result<VerificationResult> verify(const QByteArray& raw);

    // Every signed message of a ticket checked against the workspace keyring, by stored message id (MailStore).
    // Unsigned messages are left out. For a job: vault is the job's own connection.
    static Result<QHash<qint64, VerificationResult>> verifyTicket(Vault& vault, const Clock& clock, qint64 ticketId,
                                                                  JobControl& job);
    // The same for the given stored messages (loaded with their content).
    static Result<QHash<qint64, VerificationResult>>
    verifyMessages(Vault& vault, const Clock& clock, const QList<StoredMessage>& messages, JobControl& job);

private:
    OpenPgp& m_pgp;
};

} // namespace fb

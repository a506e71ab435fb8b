// SPDX-License-Identifier: GPL-3.0-or-later
// MailImporter: turns mail into tickets. Each new message becomes an Incident Report; replies (our subject
// tag, or In-Reply-To/References naming a stored message) are attached to their ticket as correspondence.
// Idempotent; bad input is imported with warnings or quarantined with its raw bytes; progress and cancel
// through a JobControl.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/mail/MailReader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fb {

class MailCrypto;
class Vault;

enum class ImportOutcome { Imported, Threaded, Duplicate, Quarantined };

struct ImportCase
{
    QString source;
    QString position;
    ImportOutcome outcome = ImportOutcome::Imported;
    qint64 ticketId = 0; // the ticket the message went to (or is already on); 0 when quarantined
    QString subject;
    QStringList notes; // warnings, quarantine reason, "names a ticket that does not exist"...
};

struct ImportReport
{
    int imported = 0;
    int threaded = 0;
    int duplicates = 0;
    int quarantined = 0;
    qint64 bytes = 0;
    bool cancelled = false;
    QList<ImportCase> cases; // every message, in reading order

    int total() const { return imported + threaded + duplicates + quarantined; }
    // Cases that need a person's eye: quarantined or with notes.
    QList<ImportCase> problems() const;
    QJsonObject toJson() const;
    static QString outcomeKey(ImportOutcome outcome);
};

class MailImporter
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailImporter)

public:
    static constexpr int kBatchMessages = 200; // messages per commit; each message is its own savepoint

    MailImporter(Vault& vault, const Clock& clock, QString actor);

    // Optional OpenPGP stage (verify, decrypt) run on each new message before it is stored; must outlive
    // the import. Without it signed mail is stored as not-verified and encrypted mail as received.
    void setCrypto(MailCrypto* crypto) { m_crypto = crypto; }

    // Reads every file and folder in paths. Errors only when a source cannot be read or the workspace
    // fails; then what was committed stays, and a re-run completes the job.
    Result<ImportReport> importPaths(const QStringList& paths, JobControl& job);
    // Imports one message from bytes (for tests and for live mail later).
    Result<ImportCase> importBytes(const QByteArray& raw, const QString& source);

private:
    Result<ImportCase> importOne(ReadMessage&& message);

    Vault& m_vault;
    const Clock& m_clock;
    QString m_actor;
    MailCrypto* m_crypto = nullptr;
};

} // namespace fb

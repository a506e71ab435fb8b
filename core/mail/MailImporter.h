// SPDX-License-Identifier: GPL-3.0-or-later
// MailImporter: turns mail into tickets. Each new message becomes an Incident Report; replies (our subject
// tag, or In-Reply-To/References naming a stored message) are attached to their ticket as correspondence.
// Idempotent; bad input is imported with warnings or quarantined with its raw bytes; progress and cancel
// through a JobControl.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/mail/MailReader.h"
#include "core/mail/MailWarning.h"
#include "core/mail/ReporterLookup.h"
#include "core/tickets/TicketStores.h"
#include "core/tickets/TicketWorkflow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

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
    QStringList notes;           // warnings, quarantine reason, "names a ticket that does not exist"...
    QList<MailWarning> warnings; // the message's warnings as codes (their texts are among the notes)
    QString reporter;            // a new report whose sender the directory knows: who it is and how it was found
};

// Named apart from the directory import's fb::ImportReport: two types of one name break the program (ODR).
struct MailImportReport
{
    int imported = 0;
    int threaded = 0;
    int duplicates = 0;
    int quarantined = 0;
    int reportersRecognised = 0; // new reports whose reporter was found in the directory
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
    // Messages per commit. A batch is atomic: a failure or a kill rolls back the open batch whole, and a
    // re-run completes it (messages already stored are found as duplicates).
    static constexpr int kBatchMessages = 1000;

    MailImporter(const ChangeContext& change);

    // Optional OpenPGP stage (verify, decrypt) run on each new message before it is stored; must outlive
    // the import. Without it signed mail is stored as not-verified and encrypted mail as received.
    void setCrypto(MailCrypto* crypto) { m_crypto = crypto; }
    // Fewer messages per commit (tests that kill an import midway).
    void setBatchMessages(int messages);

    // Reads every file and folder in paths. Errors only when a source cannot be read or the workspace
    // fails; then what was committed stays, and a re-run completes the job. Progress goes to the job once at the
    // start, after each message and once at the end: bytes read of the sources' size, and messages stored of those
    // counted in the sources (mbox: its From_ lines) as items; no message contents. Cancel and stop both end the
    // import between messages and keep what was stored (report.cancelled).
    Result<MailImportReport> importPaths(const QStringList& paths, JobControl& job);
    // Imports one message from bytes (for tests and for live mail later).
    Result<ImportCase> importBytes(const QByteArray& raw, const QString& source);

private:
    // The storing step: one parsed message into the workspace, inside the caller's transaction.
    Result<ImportCase> importOne(ReadMessage&& message);
    // Reporter recognition for a new report: sets the ticket's reporter and type when the directory knows
    // the sender.
    Result<std::optional<KnownReporter>> recogniseReporter(const ParsedMessage& message, NewTicket& ticket);

    ChangeContext m_change;
    MailCrypto* m_crypto = nullptr;
    // One each for the importer's life: they keep the SLA policy and the observable values they read.
    TicketStores m_tickets;
    ReporterLookup m_reporters;
    int m_batchMessages = kBatchMessages;
    std::optional<QRegularExpression> m_tagPattern; // "[TAG #123]" with the workspace's tag, read once a run
};

} // namespace fb

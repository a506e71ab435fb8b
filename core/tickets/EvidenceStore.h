// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceStore: files attached to a ticket as evidence, kept inside the encrypted workspace in chunks of kChunkSize
// (neither adding nor exporting holds a file in memory), with size and SHA-256 recorded, and who added it when.
// Adding and removing are each one change with a history row of the ticket (action "evidence"), so the chain
// covers them and the audit (verify) recomputes every kept file's size and SHA-256. Removing keeps the row and the
// history and deletes the content. A ticket's evidence exports to a folder with a SHA256SUMS file.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/TicketEvidence.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace fb {

class JobControl;
class TicketRepository;

// What an export wrote: the folder, the evidence files in it (their names as written) and the checksum file.
struct EvidenceExport
{
    QString folder;
    QStringList files;
    QString checksums;
};

class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::EvidenceStore)

public:
    // The largest file taken as evidence: 256 MiB. The workspace holds it whole; larger captures belong in an
    // evidence store of their own, referenced from the ticket.
    static constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;
    static constexpr qint64 kChunkSize = 1024 * 1024;
    static constexpr qsizetype kMaxDescriptionLength = 4096;
    static constexpr const char* kChecksumFileName = "SHA256SUMS";

    explicit EvidenceStore(TicketRepository& tickets);

    // Reads the file at `path` into the workspace as evidence of the ticket. BadInput (nothing stored) for a path
    // that is missing, a folder, unreadable, empty or larger than kMaxFileSize; Cancelled when the control says so.
    // Progress in bytes through `control` when given.
    Result<TicketEvidence> addFile(qint64 ticketId, const QString& path, const QString& description = {},
                                   JobControl* control = nullptr);
    // Removes the content; the row and the history stay. Conflict when it was removed already.
    Status remove(qint64 evidenceId);

    Result<TicketEvidence> item(qint64 evidenceId);
    // The ticket's evidence, oldest first; removed files only when asked.
    Result<QList<TicketEvidence>> evidence(qint64 ticketId, bool withRemoved = false);
    // Hands the content to `sink` chunk by chunk. Conflict for removed evidence.
    Status readContent(qint64 evidenceId, const std::function<Status(const QByteArray&)>& sink);

    // Writes the ticket's kept evidence into `folder` (made when missing; Conflict when it holds anything) under
    // safe, distinct names, and a SHA256SUMS file that `sha256sum -c` checks. Progress in bytes.
    Result<EvidenceExport> exportTicket(qint64 ticketId, const QString& folder, JobControl* control = nullptr);

    // A stored name made safe as a file name: no folder part, no control or reserved characters, no leading dot,
    // not empty ("evidence-ID"), at most 120 characters.
    static QString safeFileName(const QString& stored, qint64 id);
    // Safe names for a list of evidence, made distinct (case-insensitively, and from SHA256SUMS) with " (2)"...
    static QStringList exportNames(const QList<TicketEvidence>& evidence);
    // "12.3 MiB", "512 bytes".
    static QString sizeText(qint64 bytes);

private:
    TicketRepository& m_tickets;
};

} // namespace fb

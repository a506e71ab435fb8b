// SPDX-License-Identifier: GPL-3.0-or-later
// TicketAudit: replays the history of every ticket and compares the outcome with the ticket rows, so that a
// ticket changed, added or deleted without going through Firebreak shows, although the hash chain covers the
// history rows only. What the history records is compared: kind, state, title, owner, TLP, RSIT, severity,
// reporter, creation time and merge at creation or change; description, constituency, how reported, reporter
// type, resolution, lessons learned and due dates from their first recorded change; tags, observables, an
// incident's children, the comments (their text, in order), the tasks (title, state, owner, due date, notes) and the
// evidence files (name, size, SHA-256, removed), whose kept content is read again and its size and SHA-256
// recomputed. One ordered pass over the history and one over each ticket table.
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Vault;

struct TicketFinding
{
    qint64 ticketId = 0;
    QString field;                   // "title", "tags"...; "ticket" when the whole ticket is missing or unrecorded
    std::optional<QString> expected; // what the history says; nullopt: that the ticket does not exist
    std::optional<QString> found;    // what the ticket rows hold; nullopt: no ticket
    qint64 historyId = 0;            // set when a history row's old value disagrees with the rows before it
    QString message;                 // the finding for people
};

struct TicketAuditResult
{
    qint64 ticketsChecked = 0; // tickets in the history or in the ticket table
    qint64 rowsReplayed = 0;   // history rows of tickets
    qint64 findingCount = 0;   // all findings; findings holds the first kMaxFindings
    QList<TicketFinding> findings;

    bool intact() const { return findingCount == 0; }
};

class TicketAudit
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketAudit)

public:
    static constexpr qsizetype kMaxFindings = 1000;

    explicit TicketAudit(Vault& vault);
    Result<TicketAuditResult> run();

private:
    Vault& m_vault;
};

} // namespace fb

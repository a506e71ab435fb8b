// SPDX-License-Identifier: GPL-3.0-or-later
// TicketRepository: the rows of tickets (read, insert, one column changed), their full-text index, and the
// history row every ticket change writes. The other ticket stores (TicketEditor, TicketWorkflow,
// ObservableStore, TagStore, SlaPolicyStore) change tickets through it, inside their own transactions.
// Second backend: implements this class's public functions against its own database (all of its SQL is in
// TicketRepository.cpp; the header names no table or column).
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/history/History.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>

#include <optional>

namespace fb {

class Vault;
class Query;

// A text column of a ticket that the stores change one at a time.
enum class TicketColumn {
    Title,
    Description,
    Owner,
    Tlp,
    RsitClass,
    RsitType,
    Severity,
    Constituency,
    Reporter,
    HowReported,
    ReporterType,
    Resolution,
    LessonsLearned,
};

class TicketRepository
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketRepository)

public:
    TicketRepository(const ChangeContext& change);

    Result<Ticket> get(qint64 id);
    // get(), refusing a ticket merged into another one (changes go to that one).
    Result<Ticket> getForChange(qint64 id);

    // The steps of a change; call them inside the transaction that makes it.
    // Inserts the ticket's row and indexes its text; tags, observables and links are the caller's.
    Result<qint64> insert(const NewTicket& ticket, const QString& state, const QDateTime& created,
                          const QDateTime& responseDue, const QDateTime& resolveDue);
    // Sets one column and the ticket's updated_at.
    Status updateText(qint64 id, TicketColumn column, const QString& value);
    // Sets a due date and the ticket's updated_at.
    Status updateDue(qint64 id, bool response, const QDateTime& due);
    // Sets both due dates, leaving updated_at.
    Status updateDues(qint64 id, const QDateTime& responseDue, const QDateTime& resolveDue);
    // Sets the state, closed_at for a closed state, and first_response_at when not set yet.
    Status updateState(qint64 id, const QString& state, bool closing);
    Status markMerged(qint64 fromId, qint64 intoId, const QDateTime& at);
    Status reindexText(qint64 id, const QString& title, const QString& description);
    // Appends a history row for ticket `ticketId` (no ticket when null), stamped with the clock and actor.
    Status record(std::optional<qint64> ticketId, const QString& action, const QString& field,
                  std::optional<QString> oldValue, std::optional<QString> newValue);

    History& history() { return m_history; }
    const Clock& clock() const { return m_change.clock; }
    Vault& vault() { return m_change.vault; }

    // Reads the ticket columns of a row selected with kTicketColumns (TicketSearch selects them too).
    static const char* const kTicketColumns;
    static Ticket ticketFromRow(const Query& row);

private:
    Status indexText(qint64 id, const QString& title, const QString& description);

    ChangeContext m_change;
    History m_history;
};

} // namespace fb

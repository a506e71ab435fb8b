// SPDX-License-Identifier: GPL-3.0-or-later
// The columns of a ticket row in the Vault and how a selected row becomes a Ticket, for the SQLite readers of
// tickets (SqliteTicketRepository, TicketSearch).
#pragma once

#include "core/tickets/Ticket.h"

namespace fb {

class Query;

namespace TicketRows {

// The ticket columns in the order ticketFrom() reads them, for a SELECT list.
extern const char* const kColumns;
// The ticket of a row selected with kColumns first; tags and observables are not in it.
Ticket ticketFrom(const Query& row);

} // namespace TicketRows

} // namespace fb

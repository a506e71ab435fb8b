// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketStores.h"

#include "core/tickets/sqlite/SqliteTicketRepository.h"

namespace fb {

TicketStores::TicketStores(const ChangeContext& change)
    : TicketStores(std::make_unique<SqliteTicketRepository>(change))
{
}

TicketStores::TicketStores(std::unique_ptr<TicketRepository> repository)
    : m_repository(std::move(repository))
    , tickets(*m_repository)
    , sla(tickets)
    , observables(tickets)
    , tags(tickets)
    , comments(tickets)
    , editor(tickets, sla)
    , workflow(tickets, sla)
{
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketStores.h"

#include "core/tickets/sqlite/SqliteTicketRepository.h"

namespace fb {

TicketStores::TicketStores(const ChangeContext& change)
    : TicketStores(std::make_unique<SqliteTicketRepository>(change))
{
}

Status TicketStores::seedNewWorkspace(Vault& vault, const Clock& clock)
{
    TicketStores stores(ChangeContext{vault, clock, QString::fromLatin1(kSeedActor)});
    FB_TRY(stores.playbooks.installShipped());
    return {};
}

TicketStores::TicketStores(std::unique_ptr<TicketRepository> repository)
    : m_repository(std::move(repository))
    , tickets(*m_repository)
    , sla(tickets)
    , observables(tickets)
    , tags(tickets)
    , comments(tickets)
    , playbooks(tickets)
    , tasks(tickets, playbooks)
    , evidence(tickets)
    , timeline(tickets, observables)
    , editor(tickets, sla, tasks)
    , workflow(tickets, sla, tasks)
{
}

} // namespace fb

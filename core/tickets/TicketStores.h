// SPDX-License-Identifier: GPL-3.0-or-later
// TicketStores: the ticket stores of one workspace wired to one another, built from one change context. The GUI's
// session, every ticket command and the demo builder use this set rather than wiring the stores themselves.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/tickets/ObservableStore.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TagStore.h"
#include "core/tickets/TicketEditor.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketWorkflow.h"

namespace fb {

struct TicketStores
{
    explicit TicketStores(const ChangeContext& change)
        : tickets(change)
        , sla(tickets)
        , observables(tickets)
        , tags(tickets)
        , editor(tickets, sla)
        , workflow(tickets, observables, sla)
    {
    }
    TicketStores(const TicketStores&) = delete;
    TicketStores& operator=(const TicketStores&) = delete;

    TicketRepository tickets;
    SlaPolicyStore sla;
    ObservableStore observables;
    TagStore tags;
    TicketEditor editor;
    TicketWorkflow workflow;
};

} // namespace fb

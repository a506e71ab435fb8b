// SPDX-License-Identifier: GPL-3.0-or-later
// SlaPolicyStore: the workspace's SLA policy (response and resolve times per severity), read once and kept,
// and the due dates it gives a ticket.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/SlaPolicy.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>

#include <optional>

namespace fb {

class TicketRepository;

class SlaPolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::SlaPolicyStore)

public:
    explicit SlaPolicyStore(TicketRepository& tickets);

    Result<SlaPolicy> slaPolicy();
    Status setSlaPolicy(const SlaPolicy& policy);
    // Recomputes the ticket's due dates for `severity` from its creation time, with their history rows;
    // call inside the transaction that changes the severity.
    Status setDueDates(const Ticket& ticket, int severity);

private:
    TicketRepository& m_tickets;
    std::optional<SlaPolicy> m_sla;
};

} // namespace fb

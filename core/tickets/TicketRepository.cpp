// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketRepository.h"

#include "core/tickets/TicketTime.h"

namespace fb {

Result<Ticket> TicketRepository::getForChange(qint64 id)
{
    auto ticket = get(id);
    if (ticket && ticket->mergedInto)
        return fail(ErrorCode::Conflict,
                    tr("Ticket %1 was merged into %2; change that ticket instead.")
                        .arg(ticketRef(id), ticketRef(*ticket->mergedInto)),
                    QStringLiteral("ticket"));
    return ticket;
}

} // namespace fb

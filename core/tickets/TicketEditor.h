// SPDX-License-Identifier: GPL-3.0-or-later
// TicketEditor: checks and changes a ticket's fields one at a time, as the CLI and the GUI name them;
// each change is one transaction with its history row.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QStringList>

namespace fb {

class SlaPolicyStore;
class TaskStore;
class TicketRepository;

class TicketEditor
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketEditor)

public:
    TicketEditor(TicketRepository& tickets, SlaPolicyStore& sla, TaskStore& tasks);

    // Field keys for setField(), as the CLI and the GUI name them.
    static QStringList editableFields();
    // A new classification of an incident adds the tasks of the playbook that matches it (TaskStore::applyMatching).
    Status setField(qint64 id, const QString& field, const QString& value);

    // The fields of a new ticket (title, severity, RSIT, whether it may or must name an incident).
    static Status validate(const NewTicket& ticket);

private:
    TicketRepository& m_tickets;
    SlaPolicyStore& m_sla;
    TaskStore& m_tasks;
};

} // namespace fb

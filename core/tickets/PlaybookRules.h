// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybookRules: which playbook a ticket gets and when its tasks are due, as pure functions of the facts.
//
// Selection: a playbook matches a ticket when its RSIT class is the ticket's, its type is empty or the ticket's and
// its constituency is empty or the ticket's (case-insensitive). The most specific match wins: class, type and
// constituency > class and type > class and constituency > class alone; among equals the first by name, then key.
// A playbook without a class is applied by hand only.
//
// Due dates: a task is due `dueMinutes` after it is added (for tasks added with a new ticket: after the ticket's
// creation time), but never after the ticket's SLA resolution deadline: when that comes earlier it is the due
// date. A task without an offset is due with the ticket's resolution. A ticket without a resolution deadline
// leaves the offset alone (and a task without an offset without a due date).
#pragma once

#include "core/tickets/Playbook.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace fb {

class PlaybookRules
{
public:
    PlaybookRules() = delete;

    // How specific a playbook is for a ticket: nullopt when it does not match; higher wins.
    static std::optional<int> specificity(const Playbook& playbook, const QString& rsitClass, const QString& rsitType,
                                          const QString& constituency);
    // The playbook a ticket gets automatically; nullptr when none matches.
    static const Playbook* select(const QList<Playbook>& playbooks, const QString& rsitClass, const QString& rsitType,
                                  const QString& constituency);
    static QDateTime dueDate(const QDateTime& added, std::optional<int> dueMinutes, const QDateTime& resolveDue);
};

} // namespace fb

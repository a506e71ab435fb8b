// SPDX-License-Identifier: GPL-3.0-or-later
// TaskView: tasks and playbooks as the CLI prints them: a table or lines for people, JSON objects for --json.
#pragma once

#include "app/cli/CliContext.h"
#include "core/tickets/Playbook.h"
#include "core/tickets/TicketTask.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace fb {

class TaskView
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaskView)

public:
    static QJsonObject toJson(const TicketTask& task);
    static QJsonObject toJson(const Playbook& playbook);
    // One table of tasks (with their ticket when `withTicket`), or their JSON list.
    static void printTasks(CliContext& context, const QList<TicketTask>& tasks, bool withTicket);
    // "3 of 7 done, 1 not applicable".
    static QString progress(const QList<TicketTask>& tasks);
    // A playbook's match in words: "fraud/phishing in Example Bank", "by hand only".
    static QString match(const Playbook& playbook);
};

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
// Playbook: a named list of task templates for one kind of incident, chosen by its RSIT class (and optionally
// type and constituency) when an incident is created or reclassified, or applied by hand (TaskStore).
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fb {

// One step of a playbook, copied into a ticket as a task.
struct PlaybookTask
{
    QString title; // unique within its playbook: a task is added once per ticket and playbook
    QString description;
    QString ownerRole;               // a directory role ("handler", "lead"); the task goes to a person with it
    std::optional<int> dueMinutes{}; // after the task is added; none: due with the ticket's resolution

    friend bool operator==(const PlaybookTask&, const PlaybookTask&) = default;
};

struct Playbook
{
    QString key; // stable id: lower-case letters, digits and '-'
    QString name;
    QString description;
    QString rsitClass;    // empty: applied by hand only
    QString rsitType;     // empty: any type of the class
    QString constituency; // empty: any constituency
    QList<PlaybookTask> tasks;

    friend bool operator==(const Playbook&, const Playbook&) = default;
};

} // namespace fb

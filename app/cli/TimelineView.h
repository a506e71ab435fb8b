// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView: timeline events as the CLI prints them: a table for people, JSON objects for --json.
#pragma once

#include "app/cli/CliContext.h"
#include "core/tickets/TimelineEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace fb {

class TimelineView
{
    Q_DECLARE_TR_FUNCTIONS(fb::TimelineView)

public:
    static QJsonObject toJson(const TimelineEvent& event);
    // One table of events by time, or their JSON list.
    static void printEvents(CliContext& context, const QList<TimelineEvent>& events);
};

} // namespace fb

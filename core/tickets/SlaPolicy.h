// SPDX-License-Identifier: GPL-3.0-or-later
// SlaPolicy: time to first response and to resolution per severity, and where a ticket stands.
// Times are calendar time (round the clock); business-hours calendars are not modelled yet.
#pragma once

#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

namespace fb {

enum class SlaStatus {
    None,     // no due date
    OnTime,   // active, due later
    DueSoon,  // active, less than a fifth of the allowed time (at most 4 h) left on a due date
    Breached, // a due date passed without the response or resolution
    Met,      // closed in time
};

struct SlaTargets
{
    int responseMinutes = 0;
    int resolveMinutes = 0;
};

class SlaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(fb::SlaPolicy)

public:
    // 1 critical: 1 h / 1 day; 2 high: 4 h / 3 days; 3 medium: 1 day / 7 days; 4 low: 3 days / 30 days.
    static SlaPolicy defaults();

    SlaTargets targets(int severity) const;
    void setTargets(int severity, SlaTargets targets);

    QDateTime responseDue(const QDateTime& created, int severity) const;
    QDateTime resolveDue(const QDateTime& created, int severity) const;

    // Where the ticket stands at `now`, from its own due dates (which may have been edited).
    static SlaStatus status(const Ticket& ticket, bool active, const QDateTime& now);
    static QString statusKey(SlaStatus status); // "none", "on-time", "due-soon", "breached", "met"
    static QString statusName(SlaStatus status);

private:
    std::array<SlaTargets, 4> m_targets{};
};

} // namespace fb

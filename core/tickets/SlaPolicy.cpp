// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/SlaPolicy.h"

#include <algorithm>

namespace fb {

namespace {

int clampSeverity(int severity)
{
    return std::clamp(severity, 1, 4);
}

// Less than a fifth of the allowed time left, capped at four hours, counts as due soon.
bool dueSoon(const QDateTime& start, const QDateTime& due, const QDateTime& now)
{
    const qint64 allowed = start.secsTo(due);
    const qint64 left = now.secsTo(due);
    const qint64 window = std::min<qint64>(allowed / 5, 4 * 3600);
    return left <= window;
}

} // namespace

SlaPolicy SlaPolicy::defaults()
{
    SlaPolicy policy;
    policy.m_targets = {SlaTargets{60, 1440}, SlaTargets{240, 4320}, SlaTargets{1440, 10080}, SlaTargets{4320, 43200}};
    return policy;
}

SlaTargets SlaPolicy::targets(int severity) const
{
    return m_targets[static_cast<std::size_t>(clampSeverity(severity) - 1)];
}

void SlaPolicy::setTargets(int severity, SlaTargets targets)
{
    m_targets[static_cast<std::size_t>(clampSeverity(severity) - 1)] = targets;
}

QDateTime SlaPolicy::responseDue(const QDateTime& created, int severity) const
{
    return created.addSecs(qint64(targets(severity).responseMinutes) * 60);
}

QDateTime SlaPolicy::resolveDue(const QDateTime& created, int severity) const
{
    return created.addSecs(qint64(targets(severity).resolveMinutes) * 60);
}

SlaStatus SlaPolicy::status(const Ticket& ticket, bool active, const QDateTime& now)
{
    const bool hasResponseDue = ticket.responseDue.isValid();
    const bool hasResolveDue = ticket.resolveDue.isValid();
    if (!hasResponseDue && !hasResolveDue)
        return SlaStatus::None;

    if (!active) {
        const QDateTime closed = ticket.closedAt.isValid() ? ticket.closedAt : now;
        const QDateTime responded = ticket.firstResponseAt.isValid() ? ticket.firstResponseAt : closed;
        if ((hasResolveDue && closed > ticket.resolveDue) || (hasResponseDue && responded > ticket.responseDue))
            return SlaStatus::Breached;
        return SlaStatus::Met;
    }

    const bool awaitingResponse = hasResponseDue && !ticket.firstResponseAt.isValid();
    if (awaitingResponse && now > ticket.responseDue)
        return SlaStatus::Breached;
    if (hasResponseDue && ticket.firstResponseAt.isValid() && ticket.firstResponseAt > ticket.responseDue)
        return SlaStatus::Breached;
    if (hasResolveDue && now > ticket.resolveDue)
        return SlaStatus::Breached;
    if ((awaitingResponse && dueSoon(ticket.createdAt, ticket.responseDue, now)) ||
        (hasResolveDue && dueSoon(ticket.createdAt, ticket.resolveDue, now)))
        return SlaStatus::DueSoon;
    return SlaStatus::OnTime;
}

QString SlaPolicy::statusKey(SlaStatus status)
{
    switch (status) {
    case SlaStatus::None:
        return QStringLiteral("none");
    case SlaStatus::OnTime:
        return QStringLiteral("on-time");
    case SlaStatus::DueSoon:
        return QStringLiteral("due-soon");
    case SlaStatus::Breached:
        return QStringLiteral("breached");
    case SlaStatus::Met:
        return QStringLiteral("met");
    }
    return {};
}

QString SlaPolicy::statusName(SlaStatus status)
{
    switch (status) {
    case SlaStatus::None:
        return tr("No due date");
    case SlaStatus::OnTime:
        return tr("On time");
    case SlaStatus::DueSoon:
        return tr("Due soon");
    case SlaStatus::Breached:
        return tr("Breached");
    case SlaStatus::Met:
        return tr("Met");
    }
    return {};
}

} // namespace fb

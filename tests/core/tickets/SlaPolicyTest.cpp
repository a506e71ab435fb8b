// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/SlaPolicy.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {
const QDateTime kCreated(QDate(2026, 1, 10), QTime(8, 0), Qt::UTC);

Ticket ticketWithSeverity(int severity)
{
    const SlaPolicy policy = SlaPolicy::defaults();
    Ticket t;
    t.severity = severity;
    t.createdAt = kCreated;
    t.responseDue = policy.responseDue(kCreated, severity);
    t.resolveDue = policy.resolveDue(kCreated, severity);
    return t;
}
} // namespace

TEST_CASE("Due dates follow the policy for each severity", "[sla]")
{
    const auto [severity, responseMinutes, resolveMinutes] =
        GENERATE(table<int, int, int>({{1, 60, 1440}, {2, 240, 4320}, {3, 1440, 10080}, {4, 4320, 43200}}));
    const SlaPolicy policy = SlaPolicy::defaults();
    CHECK(policy.responseDue(kCreated, severity) == kCreated.addSecs(responseMinutes * 60));
    CHECK(policy.resolveDue(kCreated, severity) == kCreated.addSecs(qint64(resolveMinutes) * 60));
}

TEST_CASE("SLA status of active and closed tickets", "[sla]")
{
    Ticket t = ticketWithSeverity(1); // respond within 1 h, resolve within 1 day
    CHECK(SlaPolicy::status(t, true, kCreated.addSecs(10 * 60)) == SlaStatus::OnTime);
    CHECK(SlaPolicy::status(t, true, kCreated.addSecs(50 * 60)) == SlaStatus::DueSoon); // < 1/5 of the hour left
    CHECK(SlaPolicy::status(t, true, kCreated.addSecs(61 * 60)) == SlaStatus::Breached);

    t.firstResponseAt = kCreated.addSecs(30 * 60);
    CHECK(SlaPolicy::status(t, true, kCreated.addSecs(2 * 3600)) == SlaStatus::OnTime);
    CHECK(SlaPolicy::status(t, true, kCreated.addSecs(21 * 3600)) == SlaStatus::DueSoon);
    CHECK(SlaPolicy::status(t, true, kCreated.addSecs(25 * 3600)) == SlaStatus::Breached);

    t.closedAt = kCreated.addSecs(5 * 3600);
    CHECK(SlaPolicy::status(t, false, kCreated.addDays(30)) == SlaStatus::Met);
    t.closedAt = kCreated.addDays(2);
    CHECK(SlaPolicy::status(t, false, kCreated.addDays(30)) == SlaStatus::Breached);

    Ticket late = ticketWithSeverity(2);
    late.firstResponseAt = kCreated.addSecs(5 * 3600); // response due after 4 h
    CHECK(SlaPolicy::status(late, true, kCreated.addSecs(6 * 3600)) == SlaStatus::Breached);

    Ticket none;
    CHECK(SlaPolicy::status(none, true, kCreated) == SlaStatus::None);
    CHECK(SlaPolicy::statusKey(SlaStatus::DueSoon) == QStringLiteral("due-soon"));
}

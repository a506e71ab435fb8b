// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

TEST_CASE("The SLA policy is stored and drives new due dates", "[sla]")
{
    TicketFixture f;
    SlaPolicy policy = SlaPolicy::defaults();
    policy.setTargets(3, SlaTargets{30, 120});
    REQUIRE(f.sla->setSlaPolicy(policy));
    SqliteTicketRepository bob(f.change(QStringLiteral("bob")));
    SlaPolicyStore again(bob);
    CHECK(again.slaPolicy().value().targets(3).responseMinutes == 30);
    const qint64 id = f.make(TicketKind::Report);
    CHECK(f.get(id).resolveDue == f.clock.nowUtc().addSecs(120 * 60));

    SlaPolicy bad = SlaPolicy::defaults();
    bad.setTargets(1, SlaTargets{0, 10});
    CHECK_FALSE(f.sla->setSlaPolicy(bad));
}
#include "core/tickets/sqlite/SqliteTicketRepository.h"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoCorrespondence.h"

#include "core/mail/MailStore.h"
#include "core/mail/MessageVerifier.h"
#include "core/demo/DemoWorkspace.h"
#include "core/tickets/TicketSearch.h"
#include "tests/core/mail/MailTestSupport.h"

using namespace fb;
using namespace fb::test;

TEST_CASE("The demo correspondence threads to demo tickets with a valid and an unknown signature", "[mail][demo]")
{
    MailWorkspace w;
    REQUIRE(DemoWorkspace::populate(*w.vault, w.clock));
    auto stored = DemoCorrespondence::addTo(*w.vault, w.clock);
    REQUIRE(stored);
    CHECK(*stored == 4);

    TicketQuery query;
    query.limit = 1000;
    auto tickets = TicketSearch(*w.vault).list(query);
    REQUIRE(tickets);
    QList<SignatureStatus> seen;
    int messages = 0;
    for (const Ticket& t : std::as_const(*tickets)) {
        auto ofTicket = MailStore(*w.vault).messagesOf(t.id, true);
        REQUIRE(ofTicket);
        messages += int(ofTicket->size());
        DirectJobControl job;
        auto checked = MessageVerifier::verifyTicket(*w.vault, w.clock, t.id, job);
        REQUIRE(checked);
        for (const VerificationResult& r : std::as_const(*checked))
            seen.append(r.status);
    }
    CHECK(messages == 4);
    CHECK(seen.contains(SignatureStatus::ValidTrusted));
    CHECK(seen.contains(SignatureStatus::KeyMissing));
    CHECK(seen.size() == 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

TEST_CASE("Observables and tags are added once and recorded", "[tags]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Report);
    const Observable cve{ObservableType::Cve, QStringLiteral("CVE-2024-3094")};
    REQUIRE(f.observables->addObservable(id, cve));
    REQUIRE(f.observables->addObservable(id, cve));
    CHECK(f.get(id).observables == QList<Observable>{cve});
    REQUIRE(f.tags->addTag(id, QStringLiteral("xz")));
    REQUIRE(f.tags->addTag(id, QStringLiteral("xz")));
    CHECK(f.get(id).tags == QStringList{QStringLiteral("xz")});
    REQUIRE(f.tags->removeTag(id, QStringLiteral("xz")));
    CHECK(f.tags->removeTag(id, QStringLiteral("xz")).error().code == ErrorCode::NotFound);
    CHECK(f.tickets->history().forTicket(id).value().size() == 4); // create, observable, tag, untag
}

// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

TEST_CASE("Fields are validated, changed and recorded", "[editor][fields]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Report);
    REQUIRE(f.editor->setField(id, QStringLiteral("tlp"), QStringLiteral("TLP:RED")));
    REQUIRE(f.editor->setField(id, QStringLiteral("rsit"), QStringLiteral("malicious-code/c2-server")));
    REQUIRE(f.editor->setField(id, QStringLiteral("owner"), QStringLiteral("bob")));
    REQUIRE(f.editor->setField(id, QStringLiteral("reporter-type"), QStringLiteral("law-enforcement")));
    f.clock.advanceSecs(60);
    REQUIRE(f.editor->setField(id, QStringLiteral("severity"), QStringLiteral("critical")));
    const Ticket t = f.get(id);
    CHECK(t.tlp == TlpLevel::Red);
    CHECK(t.rsitType == QStringLiteral("c2-server"));
    CHECK(t.owner == QStringLiteral("bob"));
    CHECK(t.reporterType == ReporterType::LawEnforcement);
    CHECK(t.severity == 1);
    CHECK(t.responseDue == t.createdAt.addSecs(3600)); // the SLA follows the severity
    CHECK(t.updatedAt == f.clock.nowUtc());

    auto h = f.tickets->history().forTicket(id);
    REQUIRE(h);
    const auto tlpRow =
        std::find_if(h->begin(), h->end(), [](const HistoryEntry& e) { return e.field == QStringLiteral("tlp"); });
    REQUIRE(tlpRow != h->end());
    CHECK(tlpRow->oldValue == QStringLiteral("amber"));
    CHECK(tlpRow->newValue == QStringLiteral("red"));

    const auto [field, value] = GENERATE(table<const char*, const char*>({{"tlp", "PINK"},
                                                                          {"severity", "5"},
                                                                          {"rsit", "fraud/nope"},
                                                                          {"title", ""},
                                                                          {"how-reported", "pigeon"},
                                                                          {"resolve-due", "tomorrow"},
                                                                          {"colour", "blue"}}));
    auto refused = f.editor->setField(id, QString::fromLatin1(field), QString::fromLatin1(value));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().where == QString::fromLatin1(field));
}

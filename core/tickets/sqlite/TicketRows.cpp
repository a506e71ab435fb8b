// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/sqlite/TicketRows.h"

#include "core/vault/UtcTime.h"
#include "core/vault/Vault.h"

namespace fb::TicketRows {

const char* const kColumns =
    "id, kind, state, title, description, owner, tlp, rsit_class, rsit_type, severity, constituency, reporter, "
    "how_reported, reporter_type, resolution, lessons_learned, created_at, updated_at, first_response_at, closed_at, "
    "response_due, resolve_due, merged_into";

Ticket ticketFrom(const Query& row)
{
    Ticket t;
    t.id = row.int64(0);
    t.kind = TicketEnums::parseKind(row.text(1)).value_or(TicketKind::Report);
    t.state = row.text(2);
    t.title = row.text(3);
    t.description = row.text(4);
    t.owner = row.text(5);
    t.tlp = Tlp::parse(row.text(6)).value_or(TlpLevel::Amber);
    t.rsitClass = row.text(7);
    t.rsitType = row.text(8);
    t.severity = int(row.int64(9));
    t.constituency = row.text(10);
    t.reporter = row.text(11);
    t.howReported = TicketEnums::parseHowReported(row.text(12)).value_or(HowReported::Other);
    t.reporterType = TicketEnums::parseReporterType(row.text(13)).value_or(ReporterType::Other);
    t.resolution = row.text(14);
    t.lessonsLearned = row.text(15);
    t.createdAt = utcTimeOf(row, 16);
    t.updatedAt = utcTimeOf(row, 17);
    t.firstResponseAt = utcTimeOf(row, 18);
    t.closedAt = utcTimeOf(row, 19);
    t.responseDue = utcTimeOf(row, 20);
    t.resolveDue = utcTimeOf(row, 21);
    t.mergedInto = row.optionalInt64(22);
    return t;
}

} // namespace fb::TicketRows

// SPDX-License-Identifier: GPL-3.0-or-later
// The columns of a ticket_timeline row and the event they hold: one mapping for every reader of the table (the
// repository, and the audit that compares the events with their history).
#pragma once

#include "core/tickets/TimelineEvent.h"

namespace fb {

class Query;

#define FB_TIMELINE_COLUMNS                                                                                            \
    "id, ticket_id, occurred_at, ended_at, title, description, source, raw, message_id, observable_type, "             \
    "observable_value, created_at, created_by, updated_at, updated_by"

// The event of a row whose FB_TIMELINE_COLUMNS start at column `first`.
TimelineEvent timelineEventOf(const Query& row, int first = 0);

} // namespace fb

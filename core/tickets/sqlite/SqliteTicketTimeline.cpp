// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteTicketRepository: the timeline events of tickets.
#include "core/tickets/sqlite/SqliteTicketRepository.h"

#include "core/tickets/TicketTime.h"
#include "core/tickets/sqlite/SqliteTimelineRows.h"
#include "core/vault/UtcTime.h"
#include "core/vault/Vault.h"

namespace fb {

namespace {

// Binds the event's columns to ?2 .. ?10.
void bindEvent(Query& q, const NewTimelineEvent& event)
{
    q.bind(2, epochMs(event.occurredAt));
    if (event.endedAt.isValid())
        q.bind(3, epochMs(event.endedAt));
    else
        q.bindNull(3);
    q.bind(4, event.title).bind(5, event.description).bind(6, event.source).bind(7, event.raw);
    q.bind(8, event.messageId);
    q.bind(9, event.observable ? observableTypeKey(event.observable->type) : QString());
    q.bind(10, event.observable ? event.observable->value : QString());
}

} // namespace

TimelineEvent timelineEventOf(const Query& row, int first)
{
    TimelineEvent event;
    event.id = row.int64(first);
    event.ticketId = row.int64(first + 1);
    event.event.occurredAt = utcTimeOf(row, first + 2);
    event.event.endedAt = utcTimeOf(row, first + 3);
    event.event.title = row.text(first + 4);
    event.event.description = row.text(first + 5);
    event.event.source = row.text(first + 6);
    event.event.raw = row.text(first + 7);
    if (!row.isNull(first + 8))
        event.event.messageId = row.int64(first + 8);
    if (const auto type = parseObservableType(row.text(first + 9)); type && !row.text(first + 10).isEmpty())
        event.event.observable = Observable{*type, row.text(first + 10)};
    event.createdAt = utcTimeOf(row, first + 11);
    event.createdBy = row.text(first + 12);
    event.updatedAt = utcTimeOf(row, first + 13);
    event.updatedBy = row.text(first + 14);
    return event;
}

Result<qint64> SqliteTicketRepository::insertTimelineEvent(qint64 ticketId, const NewTimelineEvent& event)
{
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query(
                      "INSERT INTO ticket_timeline (ticket_id, occurred_at, ended_at, title, description, "
                      "source, raw, message_id, observable_type, observable_value, created_at, created_by, "
                      "updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?11, ?12)"));
    q.bind(1, ticketId);
    bindEvent(q, event);
    q.bind(11, epochMs(m_change.clock.nowUtc())).bind(12, m_change.actor);
    FB_TRY(q.exec());
    return m_change.vault.lastInsertId();
}

Status SqliteTicketRepository::updateTimelineEvent(qint64 eventId, const NewTimelineEvent& event)
{
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query(
                      "UPDATE ticket_timeline SET occurred_at = ?2, ended_at = ?3, title = ?4, description = ?5, "
                      "source = ?6, raw = ?7, message_id = ?8, observable_type = ?9, observable_value = ?10, "
                      "updated_at = ?11, updated_by = ?12 WHERE id = ?1"));
    q.bind(1, eventId);
    bindEvent(q, event);
    q.bind(11, epochMs(m_change.clock.nowUtc())).bind(12, m_change.actor);
    return q.exec();
}

Status SqliteTicketRepository::deleteTimelineEvent(qint64 eventId)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("DELETE FROM ticket_timeline WHERE id = ?1"));
    return q.bind(1, eventId).exec();
}

Result<TimelineEvent> SqliteTicketRepository::timelineEvent(qint64 eventId)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT " FB_TIMELINE_COLUMNS " FROM ticket_timeline WHERE id = ?1"));
    q.bind(1, eventId);
    FB_TRY_ASSIGN(auto found, q.next());
    if (!found)
        return fail(ErrorCode::NotFound, tr("There is no timeline event %1.").arg(eventId), QStringLiteral("event"));
    return timelineEventOf(q);
}

Result<QList<TimelineEvent>> SqliteTicketRepository::timeline(qint64 ticketId)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT " FB_TIMELINE_COLUMNS " FROM ticket_timeline "
                                               "WHERE ticket_id = ?1 ORDER BY occurred_at, id"));
    QList<TimelineEvent> events;
    FB_TRY(q.bind(1, ticketId).forEachRow([&](const Query& row) { events.append(timelineEventOf(row)); }));
    return events;
}

} // namespace fb

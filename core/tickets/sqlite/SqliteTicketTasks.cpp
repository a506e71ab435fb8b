// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteTicketRepository: the tasks of tickets with their notes, and the playbooks they come from.
#include "core/tickets/sqlite/SqliteTicketRepository.h"

#include "core/tickets/TicketTime.h"
#include "core/vault/SettingsStore.h"
#include "core/vault/UtcTime.h"
#include "core/vault/Vault.h"

namespace fb {

namespace {

#define FB_TASK_COLUMNS                                                                                                \
    "t.id, t.ticket_id, t.title, t.description, t.owner, t.due_at, t.state, t.playbook, t.created_at, "                \
    "t.created_by, t.closed_at"

TicketTask taskOf(const Query& row)
{
    TicketTask task;
    task.id = row.int64(0);
    task.ticketId = row.int64(1);
    task.title = row.text(2);
    task.description = row.text(3);
    task.owner = row.text(4);
    task.due = utcTimeOf(row, 5);
    task.state = parseTaskState(row.text(6)).value_or(TaskState::Open);
    task.playbook = row.text(7);
    task.createdAt = utcTimeOf(row, 8);
    task.createdBy = row.text(9);
    task.closedAt = utcTimeOf(row, 10);
    return task;
}

void bindTime(Query& q, int index, const QDateTime& time)
{
    if (time.isValid())
        q.bind(index, epochMs(time));
    else
        q.bindNull(index);
}

} // namespace

// A task's title and description never change, so their text index (external content) is only added to.
Result<qint64> SqliteTicketRepository::insertTask(qint64 ticketId, const NewTask& task)
{
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("INSERT INTO ticket_tasks (ticket_id, title, description, owner, due_at, "
                                       "state, playbook, created_at, created_by) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6, ?7, ?8)"));
    q.bind(1, ticketId).bind(2, task.title).bind(3, task.description).bind(4, task.owner);
    bindTime(q, 5, task.due);
    q.bind(6, task.playbook).bind(7, epochMs(m_change.clock.nowUtc())).bind(8, m_change.actor);
    FB_TRY(q.exec());
    const qint64 taskId = m_change.vault.lastInsertId();
    FB_TRY_ASSIGN(auto fts,
                  m_change.vault.query("INSERT INTO task_fts (docid, title, description) VALUES (?1, ?2, ?3)"));
    FB_TRY(fts.bind(1, taskId).bind(2, task.title).bind(3, task.description).exec());
    return taskId;
}

Result<TicketTask> SqliteTicketRepository::task(qint64 taskId)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT " FB_TASK_COLUMNS " FROM ticket_tasks t WHERE t.id = ?1"));
    q.bind(1, taskId);
    FB_TRY_ASSIGN(auto found, q.next());
    if (!found)
        return fail(ErrorCode::NotFound, tr("There is no task %1.").arg(taskId), QStringLiteral("task"));
    TicketTask task = taskOf(q);
    FB_TRY_ASSIGN(auto notes, m_change.vault.query("SELECT id, author, created_at, body FROM task_notes "
                                                   "WHERE task_id = ?1 ORDER BY id"));
    FB_TRY(notes.bind(1, taskId).forEachRow([&](const Query& row) {
        task.notes.append(TaskNote{row.int64(0), row.text(1), utcTimeOf(row, 2), row.text(3)});
    }));
    return task;
}

Result<QList<TicketTask>> SqliteTicketRepository::tasks(const TaskFilter& filter)
{
    // One statement for every filter: a condition whose parameter is NULL holds for every row.
    FB_TRY_ASSIGN(auto q, m_change.vault.query(
                              "SELECT " FB_TASK_COLUMNS " FROM ticket_tasks t JOIN tickets k ON k.id = t.ticket_id "
                              "WHERE (?1 IS NULL OR t.ticket_id = ?1) AND (?1 IS NOT NULL OR k.merged_into IS NULL) "
                              "AND (?2 IS NULL OR t.owner = ?2) AND (?3 = 0 OR t.state = 'open') "
                              "AND (?4 IS NULL OR (t.state = 'open' AND t.due_at < ?4)) "
                              "ORDER BY t.ticket_id, t.id LIMIT ?5"));
    q.bind(1, filter.ticketId);
    if (filter.owner)
        q.bind(2, *filter.owner);
    else
        q.bindNull(2);
    q.bind(3, filter.openOnly ? 1 : 0);
    bindTime(q, 4, filter.dueBefore);
    q.bind(5, filter.limit);
    QList<TicketTask> found;
    QHash<qint64, qsizetype> byId;
    FB_TRY(q.forEachRow([&](const Query& row) {
        byId.insert(row.int64(0), found.size());
        found.append(taskOf(row));
    }));
    if (found.isEmpty())
        return found;
    // The notes of the tasks found, in one pass over the ones of their tickets.
    FB_TRY_ASSIGN(auto notes,
                  m_change.vault.query("SELECT n.task_id, n.id, n.author, n.created_at, n.body FROM task_notes n "
                                       "JOIN ticket_tasks t ON t.id = n.task_id "
                                       "WHERE t.ticket_id BETWEEN ?1 AND ?2 ORDER BY n.id"));
    notes.bind(1, found.first().ticketId).bind(2, found.last().ticketId);
    FB_TRY(notes.forEachRow([&](const Query& row) {
        if (const auto at = byId.constFind(row.int64(0)); at != byId.constEnd())
            found[*at].notes.append(TaskNote{row.int64(1), row.text(2), utcTimeOf(row, 3), row.text(4)});
    }));
    return found;
}

Status SqliteTicketRepository::updateTaskState(qint64 taskId, TaskState state)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("UPDATE ticket_tasks SET state = ?2, closed_at = ?3 WHERE id = ?1"));
    q.bind(1, taskId).bind(2, taskStateKey(state));
    bindTime(q, 3, state == TaskState::Open ? QDateTime() : m_change.clock.nowUtc());
    return q.exec();
}

Status SqliteTicketRepository::updateTaskOwner(qint64 taskId, const QString& owner)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("UPDATE ticket_tasks SET owner = ?2 WHERE id = ?1"));
    return q.bind(1, taskId).bind(2, owner).exec();
}

Status SqliteTicketRepository::updateTaskDue(qint64 taskId, const QDateTime& due)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("UPDATE ticket_tasks SET due_at = ?2 WHERE id = ?1"));
    q.bind(1, taskId);
    bindTime(q, 2, due);
    return q.exec();
}

// Notes are never changed or deleted: their text index is only added to.
Result<qint64> SqliteTicketRepository::insertTaskNote(qint64 taskId, const QString& body)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("INSERT INTO task_notes (task_id, author, created_at, body) "
                                               "VALUES (?1, ?2, ?3, ?4)"));
    FB_TRY(q.bind(1, taskId).bind(2, m_change.actor).bind(3, epochMs(m_change.clock.nowUtc())).bind(4, body).exec());
    const qint64 noteId = m_change.vault.lastInsertId();
    FB_TRY_ASSIGN(auto fts, m_change.vault.query("INSERT INTO task_note_fts (docid, body) VALUES (?1, ?2)"));
    FB_TRY(fts.bind(1, noteId).bind(2, body).exec());
    return noteId;
}

Result<QString> SqliteTicketRepository::personWithRole(const QString& role)
{
    if (role.trimmed().isEmpty())
        return QString();
    FB_TRY_ASSIGN(auto ownTeam, SettingsStore(m_change.vault).value(QStringLiteral("team.own_id"), QString()));
    const QString today = m_change.clock.nowUtc().date().toString(Qt::ISODate);
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("SELECT p.name FROM dir_memberships m JOIN dir_people p ON p.id = m.person_id "
                                       "WHERE lower(m.role) = lower(?1) AND (m.valid_from = '' OR m.valid_from <= ?2) "
                                       "AND (m.valid_until = '' OR m.valid_until >= ?2) "
                                       "ORDER BY m.team_id = ?3 DESC, p.name COLLATE NOCASE, p.id LIMIT 1"));
    q.bind(1, role.trimmed()).bind(2, today).bind(3, ownTeam.toLongLong());
    FB_TRY_ASSIGN(auto found, q.next());
    return found ? q.text(0) : QString();
}

Result<QList<Playbook>> SqliteTicketRepository::playbooks()
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT id, key, name, description, rsit_class, rsit_type, "
                                               "constituency FROM playbooks ORDER BY name COLLATE NOCASE, key"));
    QList<Playbook> found;
    QHash<qint64, qsizetype> byId;
    FB_TRY(q.forEachRow([&](const Query& row) {
        byId.insert(row.int64(0), found.size());
        found.append(Playbook{row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6), {}});
    }));
    FB_TRY_ASSIGN(auto tasks, m_change.vault.query("SELECT playbook_id, title, description, owner_role, due_minutes "
                                                   "FROM playbook_tasks ORDER BY playbook_id, position"));
    FB_TRY(tasks.forEachRow([&](const Query& row) {
        const auto at = byId.constFind(row.int64(0));
        if (at == byId.constEnd())
            return;
        PlaybookTask task{row.text(1), row.text(2), row.text(3), std::nullopt};
        if (!row.isNull(4))
            task.dueMinutes = int(row.int64(4));
        found[*at].tasks.append(task);
    }));
    return found;
}

Status SqliteTicketRepository::savePlaybook(const Playbook& playbook)
{
    FB_TRY_ASSIGN(auto remove, m_change.vault.query("DELETE FROM playbooks WHERE key = ?1"));
    FB_TRY(remove.bind(1, playbook.key).exec());
    FB_TRY_ASSIGN(auto q, m_change.vault.query("INSERT INTO playbooks (key, name, description, rsit_class, rsit_type, "
                                               "constituency) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    FB_TRY(q.bind(1, playbook.key)
               .bind(2, playbook.name)
               .bind(3, playbook.description)
               .bind(4, playbook.rsitClass)
               .bind(5, playbook.rsitType)
               .bind(6, playbook.constituency)
               .exec());
    const qint64 id = m_change.vault.lastInsertId();
    for (qsizetype i = 0; i < playbook.tasks.size(); ++i) {
        FB_TRY_ASSIGN(auto task, m_change.vault.query("INSERT INTO playbook_tasks (playbook_id, position, title, "
                                                      "description, owner_role, due_minutes) "
                                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
        const PlaybookTask& t = playbook.tasks.at(i);
        task.bind(1, id).bind(2, qint64(i)).bind(3, t.title).bind(4, t.description).bind(5, t.ownerRole);
        task.bind(6, t.dueMinutes ? std::optional<qint64>(*t.dueMinutes) : std::nullopt);
        FB_TRY(task.exec());
    }
    return {};
}

Status SqliteTicketRepository::deletePlaybook(const QString& key)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("DELETE FROM playbooks WHERE key = ?1"));
    FB_TRY(q.bind(1, key).exec());
    if (m_change.vault.changes() == 0)
        return fail(ErrorCode::NotFound, tr("There is no playbook '%1'.").arg(key), QStringLiteral("playbook"));
    return {};
}

} // namespace fb

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/TicketAudit.h"

#include "core/tickets/TimelineStore.h"
#include "core/tickets/sqlite/SqliteTimelineRows.h"

#include "core/vault/Query.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QHash>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>

namespace fb {

namespace {

// The ticket fields the history records, named as `ticket set` and the history name them.
enum Field : int {
    Kind,
    State,
    Title,
    Description,
    Owner,
    TlpField,
    Rsit,
    Severity,
    Constituency,
    Reporter,
    HowReported,
    ReporterType,
    Resolution,
    LessonsLearned,
    Created,
    ResponseDue,
    ResolveDue,
    MergedInto,
    FieldCount
};

const std::array<QLatin1String, FieldCount> kFieldNames{
    QLatin1String("kind"),         QLatin1String("state"),           QLatin1String("title"),
    QLatin1String("description"),  QLatin1String("owner"),           QLatin1String("tlp"),
    QLatin1String("rsit"),         QLatin1String("severity"),        QLatin1String("constituency"),
    QLatin1String("reporter"),     QLatin1String("how-reported"),    QLatin1String("reporter-type"),
    QLatin1String("resolution"),   QLatin1String("lessons-learned"), QLatin1String("created"),
    QLatin1String("response-due"), QLatin1String("resolve-due"),     QLatin1String("merged-into")};

constexpr qint64 kEnd = std::numeric_limits<qint64>::max();
constexpr qsizetype kMaxShownChars = 300;

int fieldIndex(const QString& name)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (name == kFieldNames[size_t(i)])
            return i;
    }
    return -1;
}

QString iso(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

qint64 ticketRef(const std::optional<QString>& text)
{
    if (!text || !text->startsWith(QLatin1Char('#')))
        return 0;
    return text->mid(1).toLongLong();
}

QString shown(const QSet<QString>& values)
{
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort();
    QString text = sorted.join(QStringLiteral(", "));
    if (text.size() > kMaxShownChars)
        text = text.left(kMaxShownChars) + QStringLiteral("…");
    return text;
}

QSet<QString> refs(const QSet<qint64>& ids)
{
    QSet<QString> out;
    for (qint64 id : ids)
        out.insert(QStringLiteral("#") + QString::number(id));
    return out;
}

// Rows ordered by the ticket id in their first column.
class Cursor
{
public:
    explicit Cursor(Query query)
        : m_query(std::move(query))
    {
    }

    Status advance()
    {
        FB_TRY_ASSIGN(auto row, m_query.next());
        m_key = row ? m_query.int64(0) : kEnd;
        return {};
    }
    qint64 key() const { return m_key; }
    const Query& row() const { return m_query; }

private:
    Query m_query;
    qint64 m_key = kEnd;
};

Result<Cursor> openCursor(Vault& vault, const char* sql)
{
    FB_TRY_ASSIGN(auto q, vault.query(sql));
    Cursor cursor(std::move(q));
    FB_TRY(cursor.advance());
    return cursor;
}

// A change of a ticket's tags or observables, in history order. A merge adds what the merged ticket had then;
// a merged ticket changes no more, so that is what it has at the end.
struct SetChange
{
    enum class Kind { AddTag, RemoveTag, AddObservable, MergeFrom } kind;
    QString value;
    qint64 from = 0;
};

struct TagsAndObservables
{
    QSet<QString> tags;
    QSet<QString> observables;
};

// One task of a ticket as the history tells it and as stored: what TaskStore changes.
struct TaskFacts
{
    QString title;
    QString owner;
    QString due; // ISO 8601 UTC with milliseconds, empty for none
    QString state = QStringLiteral("open");
    QStringList notes;

    friend bool operator==(const TaskFacts&, const TaskFacts&) = default;
    QString shown() const
    {
        return QStringLiteral("%1; %2; %3; %4; %5 notes").arg(title, state, owner, due).arg(notes.size());
    }
};

// A task row of the history (action "task"): its values are JSON objects naming the task.
void replayTask(QMap<qint64, TaskFacts>& tasks, const QString& field, const std::optional<QString>& newValue)
{
    const QJsonObject value = QJsonDocument::fromJson(newValue.value_or(QString()).toUtf8()).object();
    const qint64 taskId = value.value(QStringLiteral("task")).toInteger();
    if (field == QLatin1String("add")) {
        TaskFacts task;
        task.title = value.value(QStringLiteral("title")).toString();
        task.owner = value.value(QStringLiteral("owner")).toString();
        task.due = value.value(QStringLiteral("due")).toString();
        tasks.insert(taskId, task);
        return;
    }
    TaskFacts& task = tasks[taskId];
    if (field == QLatin1String("state"))
        task.state = value.value(QStringLiteral("state")).toString();
    else if (field == QLatin1String("owner"))
        task.owner = value.value(QStringLiteral("owner")).toString();
    else if (field == QLatin1String("due"))
        task.due = value.value(QStringLiteral("due")).toString();
    else if (field == QLatin1String("note"))
        task.notes.append(value.value(QStringLiteral("note")).toString());
}

// One evidence file of a ticket as the history tells it and as stored: what EvidenceStore records.
struct EvidenceFacts
{
    QString name;
    qint64 size = 0;
    QString sha256;
    bool removed = false;

    friend bool operator==(const EvidenceFacts&, const EvidenceFacts&) = default;
    QString shown() const
    {
        return QStringLiteral("%1; %2 bytes; SHA-256 %3%4")
            .arg(name)
            .arg(size)
            .arg(sha256, removed ? QStringLiteral("; removed") : QString());
    }
};

// An evidence row of the history (action "evidence"): add names the file in the new value, remove in the old one.
void replayEvidence(QMap<qint64, EvidenceFacts>& evidence, const QString& field, const std::optional<QString>& oldValue,
                    const std::optional<QString>& newValue)
{
    const bool removing = field == QLatin1String("remove");
    const QJsonObject value =
        QJsonDocument::fromJson((removing ? oldValue : newValue).value_or(QString()).toUtf8()).object();
    const qint64 id = value.value(QStringLiteral("evidence")).toInteger();
    if (removing) {
        evidence[id].removed = true;
        return;
    }
    evidence.insert(id, EvidenceFacts{value.value(QStringLiteral("name")).toString(),
                                      value.value(QStringLiteral("size")).toInteger(),
                                      value.value(QStringLiteral("sha256")).toString(), false});
}

// The size and SHA-256 of a kept evidence file's content, recomputed from its chunks one at a time.
Result<std::pair<qint64, QString>> evidenceDigest(Vault& vault, qint64 evidenceId)
{
    FB_TRY_ASSIGN(auto q, vault.query("SELECT data FROM evidence_chunks WHERE evidence_id = ?1 ORDER BY seq"));
    q.bind(1, evidenceId);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    FB_TRY(q.forEachRow([&](const Query& row) {
        const QByteArray data = row.blob(0);
        size += data.size();
        hash.addData(data);
    }));
    return std::pair<qint64, QString>(size, QString::fromLatin1(hash.result().toHex()));
}

// What the history says about one ticket.
struct Replay
{
    std::array<std::optional<QString>, FieldCount> known; // nullopt: not recorded (yet)
    bool created = false;
    bool mergedAway = false;
    bool mergesFrom = false;
    QList<SetChange> changes;
    QSet<qint64> children;
    QStringList comments; // in the order they were written
    QMap<qint64, TaskFacts> tasks;
    QMap<qint64, EvidenceFacts> evidence;
    QMap<qint64, QString> timeline; // event id → its history value after the last row naming it
};

// What the ticket tables hold for one ticket.
struct Stored
{
    bool exists = false;
    std::array<QString, FieldCount> values;
    TagsAndObservables sets;
    QSet<qint64> children;
    QStringList comments;
    QMap<qint64, TaskFacts> tasks;
    QMap<qint64, EvidenceFacts> evidence;
    QMap<qint64, QString> timeline; // event id → the history value its row gives (TimelineStore::historyValue)
};

struct Deferred
{
    QList<SetChange> changes;
    bool exists = false;
    bool mergedAway = false;
    TagsAndObservables stored;
};

} // namespace

TicketAudit::TicketAudit(Vault& vault)
    : m_vault(vault)
{
}

Result<TicketAuditResult> TicketAudit::run()
{
    TicketAuditResult result;
    auto report = [&result](TicketFinding finding) {
        ++result.findingCount;
        if (result.findings.size() < kMaxFindings)
            result.findings.append(std::move(finding));
    };
    auto mismatch = [&report](qint64 id, const QString& field, const QString& expected, const QString& found) {
        report(
            {id, field, expected, found, 0,
             tr("Ticket #%1, %2: the history says “%3”, the ticket holds “%4”.").arg(id).arg(field, expected, found)});
    };

    FB_TRY_ASSIGN(auto history,
                  openCursor(m_vault, "SELECT ticket_id, id, action, field, old_value, new_value FROM history "
                                      "WHERE ticket_id IS NOT NULL ORDER BY ticket_id, id"));
    FB_TRY_ASSIGN(auto tickets,
                  openCursor(m_vault, "SELECT id, kind, state, title, description, owner, tlp, rsit_class, rsit_type, "
                                      "severity, constituency, reporter, how_reported, reporter_type, resolution, "
                                      "lessons_learned, created_at, response_due, resolve_due, merged_into "
                                      "FROM tickets ORDER BY id"));
    FB_TRY_ASSIGN(auto tags, openCursor(m_vault, "SELECT ticket_id, tag FROM ticket_tags ORDER BY ticket_id, tag"));
    // CROSS JOIN keeps the links as the outer loop, read in ticket order from their (ticket_id, value_id) index.
    FB_TRY_ASSIGN(auto observables,
                  openCursor(m_vault, "SELECT t.ticket_id, v.type, v.value FROM ticket_observables t "
                                      "CROSS JOIN observable_values v ON v.id = t.value_id ORDER BY t.ticket_id"));
    FB_TRY_ASSIGN(auto links,
                  openCursor(m_vault, "SELECT incident_id, child_id FROM ticket_links ORDER BY incident_id, child_id"));
    FB_TRY_ASSIGN(auto comments,
                  openCursor(m_vault, "SELECT ticket_id, body FROM ticket_comments ORDER BY ticket_id, id"));
    FB_TRY_ASSIGN(auto tasks, openCursor(m_vault, "SELECT ticket_id, id, title, owner, due_at, state FROM ticket_tasks "
                                                  "ORDER BY ticket_id, id"));
    FB_TRY_ASSIGN(auto taskNotes,
                  openCursor(m_vault, "SELECT t.ticket_id, n.task_id, n.body FROM task_notes n "
                                      "JOIN ticket_tasks t ON t.id = n.task_id ORDER BY t.ticket_id, n.id"));
    FB_TRY_ASSIGN(auto evidence, openCursor(m_vault, "SELECT ticket_id, id, name, size, sha256, removed_at IS NOT NULL "
                                                     "FROM ticket_evidence ORDER BY ticket_id, id"));
    FB_TRY_ASSIGN(auto timeline, openCursor(m_vault, "SELECT ticket_id, " FB_TIMELINE_COLUMNS
                                                     " FROM ticket_timeline ORDER BY ticket_id, id"));

    QHash<qint64, TagsAndObservables> mergedSets; // final sets of merged tickets
    QHash<qint64, Deferred> deferred;             // tickets that merged others in, settled at the end

    auto apply = [](const QList<SetChange>& changes, auto&& mergedFrom) {
        TagsAndObservables sets;
        for (const SetChange& change : changes) {
            switch (change.kind) {
            case SetChange::Kind::AddTag:
                sets.tags.insert(change.value);
                break;
            case SetChange::Kind::RemoveTag:
                sets.tags.remove(change.value);
                break;
            case SetChange::Kind::AddObservable:
                sets.observables.insert(change.value);
                break;
            case SetChange::Kind::MergeFrom: {
                const TagsAndObservables from = mergedFrom(change.from);
                sets.tags.unite(from.tags);
                sets.observables.unite(from.observables);
                break;
            }
            }
        }
        return sets;
    };
    auto compareSets = [&mismatch](qint64 id, const TagsAndObservables& expected, const TagsAndObservables& found) {
        if (expected.tags != found.tags)
            mismatch(id, QStringLiteral("tags"), shown(expected.tags), shown(found.tags));
        if (expected.observables != found.observables)
            mismatch(id, QStringLiteral("observables"), shown(expected.observables), shown(found.observables));
    };

    while (true) {
        const qint64 id = std::min({history.key(), tickets.key(), tags.key(), observables.key(), links.key(),
                                    comments.key(), tasks.key(), taskNotes.key(), evidence.key(), timeline.key()});
        if (id == kEnd)
            break;
        ++result.ticketsChecked;

        Replay replay;
        bool hasHistory = false;
        while (history.key() == id) {
            const Query& row = history.row();
            hasHistory = true;
            ++result.rowsReplayed;
            const qint64 historyId = row.int64(1);
            const QString action = row.text(2);
            const QString field = row.text(3);
            const std::optional<QString> oldValue = row.isNull(4) ? std::nullopt : std::optional(row.text(4));
            const std::optional<QString> newValue = row.isNull(5) ? std::nullopt : std::optional(row.text(5));

            if (action == QLatin1String("create")) {
                const QJsonObject initial = QJsonDocument::fromJson(newValue.value_or(QString()).toUtf8()).object();
                replay.created = true;
                for (int f : {Kind, State, Title, TlpField, Created, Owner, Rsit, Reporter})
                    replay.known[size_t(f)] = initial.value(kFieldNames[size_t(f)]).toString();
                replay.known[Severity] = QString::number(initial.value(QLatin1String("severity")).toInt());
                replay.known[Resolution] = QString();
                replay.known[LessonsLearned] = QString();
                replay.known[MergedInto] = QString();
                for (const auto& tag : initial.value(QLatin1String("tags")).toArray())
                    replay.changes.append({SetChange::Kind::AddTag, tag.toString().trimmed()});
                for (const auto& observable : initial.value(QLatin1String("observables")).toArray())
                    replay.changes.append({SetChange::Kind::AddObservable, observable.toString()});
            } else if (action == QLatin1String("set") || action == QLatin1String("transition") ||
                       action == QLatin1String("cascade") || action == QLatin1String("undo")) {
                const int f = fieldIndex(field);
                if (f >= 0) {
                    const std::optional<QString>& known = replay.known[size_t(f)];
                    if (known && oldValue && *known != *oldValue)
                        report({id, field, *known, *oldValue, historyId,
                                tr("Ticket #%1, %2: history row %3 found “%4” where the history before it says “%5”: "
                                   "the ticket was changed without going through Firebreak before that row.")
                                    .arg(id)
                                    .arg(field)
                                    .arg(historyId)
                                    .arg(*oldValue, *known)});
                    replay.known[size_t(f)] = newValue.value_or(QString());
                }
            } else if (action == QLatin1String("merge")) {
                if (field == QLatin1String("into")) {
                    replay.known[MergedInto] = newValue.value_or(QString());
                    replay.mergedAway = true;
                } else if (field == QLatin1String("from")) {
                    replay.known[Description] = std::nullopt; // the merged description is appended unrecorded
                    replay.mergesFrom = true;
                    replay.changes.append({SetChange::Kind::MergeFrom, {}, ticketRef(newValue)});
                }
            } else if (action == QLatin1String("tag")) {
                replay.changes.append({SetChange::Kind::AddTag, newValue.value_or(QString())});
            } else if (action == QLatin1String("untag")) {
                replay.changes.append({SetChange::Kind::RemoveTag, oldValue.value_or(QString())});
            } else if (action == QLatin1String("observable")) {
                replay.changes.append(
                    {SetChange::Kind::AddObservable, field + QLatin1Char(':') + newValue.value_or(QString())});
            } else if (action == QLatin1String("observables")) {
                for (const auto& value : QJsonDocument::fromJson(newValue.value_or(QString()).toUtf8()).array())
                    replay.changes.append({SetChange::Kind::AddObservable, value.toString()});
            } else if (action == QLatin1String("link") && field == QLatin1String("child")) {
                replay.children.insert(ticketRef(newValue));
            } else if (action == QLatin1String("unlink") && field == QLatin1String("child")) {
                replay.children.remove(ticketRef(oldValue));
            } else if (action == QLatin1String("comment")) {
                replay.comments.append(newValue.value_or(QString()));
            } else if (action == QLatin1String("task")) {
                replayTask(replay.tasks, field, newValue);
            } else if (action == QLatin1String("evidence")) {
                replayEvidence(replay.evidence, field, oldValue, newValue);
            } else if (action == QLatin1String("timeline")) {
                // add and edit give the event's new value, remove its old one.
                const std::optional<QString>& value = field == QLatin1String("remove") ? oldValue : newValue;
                const qint64 eventId = QJsonDocument::fromJson(value.value_or(QString()).toUtf8())
                                           .object()
                                           .value(QLatin1String("event"))
                                           .toInteger();
                if (field == QLatin1String("remove"))
                    replay.timeline.remove(eventId);
                else
                    replay.timeline.insert(eventId, newValue.value_or(QString()));
            }
            FB_TRY(history.advance());
        }

        Stored stored;
        if (tickets.key() == id) {
            const Query& row = tickets.row();
            stored.exists = true;
            auto& v = stored.values;
            v[Kind] = row.text(1);
            v[State] = row.text(2);
            v[Title] = row.text(3);
            v[Description] = row.text(4);
            v[Owner] = row.text(5);
            v[TlpField] = row.text(6);
            const QString rsitClass = row.text(7);
            v[Rsit] = rsitClass.isEmpty() ? QString() : rsitClass + QLatin1Char('/') + row.text(8);
            v[Severity] = QString::number(row.int64(9));
            v[Constituency] = row.text(10);
            v[Reporter] = row.text(11);
            v[HowReported] = row.text(12);
            v[ReporterType] = row.text(13);
            v[Resolution] = row.text(14);
            v[LessonsLearned] = row.text(15);
            v[Created] = iso(row.optionalInt64(16));
            v[ResponseDue] = iso(row.optionalInt64(17));
            v[ResolveDue] = iso(row.optionalInt64(18));
            v[MergedInto] = row.isNull(19) ? QString() : QStringLiteral("#") + QString::number(row.int64(19));
            FB_TRY(tickets.advance());
        }
        while (tags.key() == id) {
            stored.sets.tags.insert(tags.row().text(1));
            FB_TRY(tags.advance());
        }
        while (observables.key() == id) {
            stored.sets.observables.insert(observables.row().text(1) + QLatin1Char(':') + observables.row().text(2));
            FB_TRY(observables.advance());
        }
        while (links.key() == id) {
            stored.children.insert(links.row().int64(1));
            FB_TRY(links.advance());
        }
        while (comments.key() == id) {
            stored.comments.append(comments.row().text(1));
            FB_TRY(comments.advance());
        }
        while (tasks.key() == id) {
            const Query& row = tasks.row();
            stored.tasks.insert(row.int64(1),
                                TaskFacts{row.text(2), row.text(3), iso(row.optionalInt64(4)), row.text(5), {}});
            FB_TRY(tasks.advance());
        }
        while (taskNotes.key() == id) {
            stored.tasks[taskNotes.row().int64(1)].notes.append(taskNotes.row().text(2));
            FB_TRY(taskNotes.advance());
        }
        while (evidence.key() == id) {
            const Query& row = evidence.row();
            const qint64 evidenceId = row.int64(1);
            const EvidenceFacts facts{row.text(2), row.int64(3), row.text(4), row.int64(5) != 0};
            stored.evidence.insert(evidenceId, facts);
            if (!facts.removed) {
                // The content itself: recomputed, so that a changed chunk shows although its row was not touched.
                FB_TRY_ASSIGN(auto digest, evidenceDigest(m_vault, evidenceId));
                if (digest.first != facts.size || digest.second != facts.sha256)
                    report({id, QStringLiteral("evidence"),
                            QStringLiteral("%1 bytes, SHA-256 %2").arg(facts.size).arg(facts.sha256),
                            QStringLiteral("%1 bytes, SHA-256 %2").arg(digest.first).arg(digest.second), 0,
                            tr("Ticket #%1, evidence %2 “%3”: its content no longer matches what was recorded (%4 "
                               "bytes, SHA-256 %5); it now has %6 bytes, SHA-256 %7.")
                                .arg(id)
                                .arg(evidenceId)
                                .arg(facts.name)
                                .arg(facts.size)
                                .arg(facts.sha256)
                                .arg(digest.first)
                                .arg(digest.second)});
            }
            FB_TRY(evidence.advance());
        }
        while (timeline.key() == id) {
            const TimelineEvent event = timelineEventOf(timeline.row(), 1);
            stored.timeline.insert(event.id, TimelineStore::historyValue(event.id, event.event));
            FB_TRY(timeline.advance());
        }

        if (stored.exists && !replay.created) {
            report({id, QStringLiteral("ticket"), std::nullopt, stored.values[Title], 0,
                    tr("Ticket #%1 has no creation in the history: it was added without going through Firebreak.")
                        .arg(id)});
            continue;
        }
        if (!stored.exists && replay.created) {
            report({id, QStringLiteral("ticket"), replay.known[Title], std::nullopt, 0,
                    tr("Ticket #%1 was deleted: the history records its creation, the workspace has no such ticket.")
                        .arg(id)});
        }
        if (stored.exists) {
            for (int f = 0; f < FieldCount; ++f) {
                const std::optional<QString>& known = replay.known[size_t(f)];
                if (known && *known != stored.values[size_t(f)])
                    mismatch(id, kFieldNames[size_t(f)], *known, stored.values[size_t(f)]);
            }
        }
        if (stored.exists || !hasHistory) {
            // Rows of a ticket that never existed count too.
            if (replay.children != stored.children)
                mismatch(id, QStringLiteral("children"), shown(refs(replay.children)), shown(refs(stored.children)));
            if (replay.comments != stored.comments) {
                qsizetype first = 0;
                while (first < replay.comments.size() && first < stored.comments.size() &&
                       replay.comments.at(first) == stored.comments.at(first))
                    ++first;
                report({id, QStringLiteral("comments"), QString::number(replay.comments.size()),
                        QString::number(stored.comments.size()), 0,
                        tr("Ticket #%1: the history records %2 comments, the ticket holds %3, differing from comment "
                           "%4 on: a comment was changed, added or deleted without going through Firebreak.")
                            .arg(id)
                            .arg(replay.comments.size())
                            .arg(stored.comments.size())
                            .arg(first + 1)});
            }
            if (replay.tasks != stored.tasks) {
                QList<qint64> ids = replay.tasks.keys() + stored.tasks.keys();
                std::sort(ids.begin(), ids.end());
                for (qint64 taskId : ids) {
                    const auto expected = replay.tasks.value(taskId);
                    const auto found = stored.tasks.value(taskId);
                    if (replay.tasks.contains(taskId) == stored.tasks.contains(taskId) && expected == found)
                        continue;
                    const QString missing = tr("(none)");
                    report({id, QStringLiteral("tasks"), replay.tasks.contains(taskId) ? expected.shown() : missing,
                            stored.tasks.contains(taskId) ? found.shown() : missing, 0,
                            tr("Ticket #%1, task %2: the history and the ticket's tasks differ: a task or its notes "
                               "were changed, added or deleted without going through Firebreak.")
                                .arg(id)
                                .arg(taskId)});
                    break;
                }
            }
            if (replay.evidence != stored.evidence) {
                QList<qint64> ids = replay.evidence.keys() + stored.evidence.keys();
                std::sort(ids.begin(), ids.end());
                ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
                for (qint64 evidenceId : ids) {
                    const auto expected = replay.evidence.value(evidenceId);
                    const auto found = stored.evidence.value(evidenceId);
                    if (replay.evidence.contains(evidenceId) == stored.evidence.contains(evidenceId) &&
                        expected == found)
                        continue;
                    const QString missing = tr("(none)");
                    report({id, QStringLiteral("evidence"),
                            replay.evidence.contains(evidenceId) ? expected.shown() : missing,
                            stored.evidence.contains(evidenceId) ? found.shown() : missing, 0,
                            tr("Ticket #%1, evidence %2: the history and the ticket's evidence differ: a file was "
                               "added, changed or removed without going through Firebreak.")
                                .arg(id)
                                .arg(evidenceId)});
                }
            }
        }
        if ((stored.exists || !hasHistory) && replay.timeline != stored.timeline) {
            QList<qint64> ids = replay.timeline.keys() + stored.timeline.keys();
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            for (qint64 eventId : std::as_const(ids)) {
                const auto expected = replay.timeline.constFind(eventId);
                const auto found = stored.timeline.constFind(eventId);
                const bool inHistory = expected != replay.timeline.cend();
                const bool inTicket = found != stored.timeline.cend();
                if (inHistory && inTicket && *expected == *found)
                    continue;
                report({id, QStringLiteral("timeline"), inHistory ? std::optional(*expected) : std::nullopt,
                        inTicket ? std::optional(*found) : std::nullopt, 0,
                        tr("Ticket #%1, timeline event %2: the history and the ticket's timeline differ: an event was "
                           "added, changed or removed without going through Firebreak.")
                            .arg(id)
                            .arg(eventId)});
            }
        }
        if (replay.mergesFrom) {
            deferred.insert(id, {replay.changes, stored.exists || !hasHistory, replay.mergedAway, stored.sets});
            continue;
        }
        const TagsAndObservables expected = apply(replay.changes, [](qint64) { return TagsAndObservables(); });
        if (stored.exists || !hasHistory)
            compareSets(id, expected, stored.sets);
        if (replay.mergedAway)
            mergedSets.insert(id, expected);
    }

    // Tickets that took others in: what each merged ticket had, then their own changes in order.
    QSet<qint64> settling;
    std::function<TagsAndObservables(qint64)> settle = [&](qint64 id) -> TagsAndObservables {
        if (const auto done = mergedSets.constFind(id); done != mergedSets.constEnd())
            return *done;
        const auto pending = deferred.constFind(id);
        if (pending == deferred.constEnd() || settling.contains(id))
            return {};
        settling.insert(id);
        const TagsAndObservables sets = apply(pending->changes, settle);
        settling.remove(id);
        mergedSets.insert(id, sets);
        return sets;
    };
    QList<qint64> ids = deferred.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        const TagsAndObservables expected = settle(id);
        const Deferred& pending = deferred[id];
        if (pending.exists)
            compareSets(id, expected, pending.stored);
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const TicketFinding& a, const TicketFinding& b) { return a.ticketId < b.ticketId; });
    return result;
}

} // namespace fb
